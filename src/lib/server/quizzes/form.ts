import type { Layout, LayoutQuestion, Responses } from './grade';
import type { Question, Quiz } from './schema';

// The form never carries authored ids (an author may well call an option "right"): fields are
// named by the question's place (q1, q2, …; q3-1 for the first item of question 3) and values
// are places in the order shown (1, 2, …). These functions translate both ways.

export interface FormSource {
	get(name: string): FormDataEntryValue | null;
	getAll(name: string): FormDataEntryValue[];
}

export const fieldName = (number: number, part?: number) => (part === undefined ? `q${number}` : `q${number}-${part}`);

const place = (value: FormDataEntryValue | null, size: number): number | null => {
	if (typeof value !== 'string' || !/^\d{1,3}$/.test(value)) return null;
	const n = Number(value);
	return n >= 1 && n <= size ? n : null;
};

function answerFromForm(question: Question, shown: LayoutQuestion, number: number, form: FormSource): unknown {
	const name = fieldName(number);
	const pick = (value: FormDataEntryValue | null) => {
		const at = place(value, shown.order.length);
		return at === null ? null : shown.order[at - 1];
	};
	switch (question.type) {
		case 'single_choice':
		case 'better_post':
			return pick(form.get(name));
		case 'true_false': {
			const chosen = pick(form.get(name));
			return chosen === null ? null : chosen === 'true';
		}
		case 'multiple_response':
			return form
				.getAll(name)
				.map(pick)
				.filter((id): id is string => id !== null);
		case 'short_text': {
			const value = form.get(name);
			return typeof value === 'string' ? value.slice(0, 500) : '';
		}
		case 'ordering':
			return Object.fromEntries(
				shown.order.flatMap((itemId, i) => {
					const position = place(form.get(fieldName(number, i + 1)), shown.order.length);
					return position === null ? [] : [[itemId, position]];
				})
			);
		case 'matching': {
			const choices = shown.choices ?? [];
			return Object.fromEntries(
				shown.order.flatMap((pairId, i) => {
					const at = place(form.get(fieldName(number, i + 1)), choices.length);
					return at === null ? [] : [[pairId, choices[at - 1]]];
				})
			);
		}
	}
}

/** The answers a submitted form gives, in authored ids; anything unknown or malformed is dropped. */
export function responsesFromForm(quiz: Quiz, layout: Layout, form: FormSource): Responses {
	const responses: Responses = {};
	layout.forEach((shown, i) => {
		const question = quiz.questions.find((q) => q.id === shown.id);
		if (question) responses[shown.id] = answerFromForm(question, shown, i + 1, form);
	});
	return responses;
}

export type Gap = { number: number; problem: 'unanswered' | 'positions_repeat' | 'pairs_missing' };

/** What a trainee has left undone, by question number: asked about before submitting. */
export function gapsIn(quiz: Quiz, layout: Layout, responses: Responses): Gap[] {
	const gaps: Gap[] = [];
	layout.forEach((shown, i) => {
		const question = quiz.questions.find((q) => q.id === shown.id);
		const answer = responses[shown.id];
		if (!question) return;
		const number = i + 1;
		const record = (answer ?? {}) as Record<string, unknown>;
		switch (question.type) {
			case 'ordering': {
				const positions = Object.values(record);
				if (positions.length < question.items.length) gaps.push({ number, problem: 'unanswered' });
				else if (new Set(positions).size < positions.length) gaps.push({ number, problem: 'positions_repeat' });
				break;
			}
			case 'matching': {
				const matched = Object.keys(record).length;
				if (matched === 0) gaps.push({ number, problem: 'unanswered' });
				else if (matched < question.pairs.length) gaps.push({ number, problem: 'pairs_missing' });
				break;
			}
			case 'multiple_response':
				if (!Array.isArray(answer) || answer.length === 0) gaps.push({ number, problem: 'unanswered' });
				break;
			case 'short_text':
				if (typeof answer !== 'string' || answer.trim() === '') gaps.push({ number, problem: 'unanswered' });
				break;
			default:
				if (answer === null || answer === undefined) gaps.push({ number, problem: 'unanswered' });
		}
	});
	return gaps;
}
