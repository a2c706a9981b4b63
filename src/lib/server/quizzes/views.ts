import type { QuestionView, ReviewPost, ReviewedQuestion, StudySection } from '$lib/quizzes/types';
import type { Locale } from '$lib/paraglide/runtime';
import { fieldName } from './form';
import { gradeQuestion, type Layout, type LayoutQuestion, type Responses } from './grade';
import type { Question, QuestionOf, Quiz } from './schema';

/** Words the views need that are not content: passed in so this module stays pure. */
interface ViewWords {
	true: string;
	false: string;
}

const byId = <T extends { id: string }>(list: T[], id: string) => list.find((entry) => entry.id === id);
const record = (value: unknown) => (value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {});

function questionView(question: Question, shown: LayoutQuestion, number: number, answer: unknown, locale: Locale, words: ViewWords): QuestionView {
	const base = { number, name: fieldName(number), prompt: question.prompt[locale], points: question.points };
	switch (question.type) {
		case 'single_choice':
			return {
				...base,
				type: question.type,
				options: shown.order.map((id, i) => ({ value: String(i + 1), label: byId(question.options, id)!.text[locale], checked: answer === id }))
			};
		case 'multiple_response': {
			const picked = Array.isArray(answer) ? answer : [];
			return {
				...base,
				type: question.type,
				scoring: question.scoring,
				options: shown.order.map((id, i) => ({ value: String(i + 1), label: byId(question.options, id)!.text[locale], checked: picked.includes(id) }))
			};
		}
		case 'true_false':
			return {
				...base,
				type: question.type,
				options: [words.true, words.false].map((label, i) => ({ value: String(i + 1), label, checked: answer === (i === 0) }))
			};
		case 'better_post':
			return {
				...base,
				type: question.type,
				posts: shown.order.map((id, i) => {
					const post = byId(question.posts, id)!;
					return {
						value: String(i + 1),
						platform: post.platform,
						account: post.account[locale],
						handle: post.handle,
						text: post.text[locale],
						checked: answer === id
					};
				})
			};
		case 'short_text':
			return { ...base, type: question.type, value: typeof answer === 'string' ? answer : '' };
		case 'ordering': {
			const positions = record(answer);
			return {
				...base,
				type: question.type,
				scoring: question.scoring,
				items: shown.order.map((id, i) => ({
					name: fieldName(number, i + 1),
					label: byId(question.items, id)!.text[locale],
					// Unanswered items start blank: a list already numbered 1 to n would look answered.
					position: typeof positions[id] === 'number' ? (positions[id] as number) : null
				}))
			};
		}
		case 'matching': {
			const chosen = record(answer);
			const choices = shown.choices ?? [];
			return {
				...base,
				type: question.type,
				scoring: question.scoring,
				prompts: shown.order.map((id, i) => ({
					name: fieldName(number, i + 1),
					label: byId(question.pairs, id)!.prompt[locale],
					selected: chosen[id] ? String(choices.indexOf(chosen[id] as string) + 1) : ''
				})),
				choices: choices.map((id, i) => ({ value: String(i + 1), label: matchingAnswer(question, id, locale) }))
			};
		}
	}
}

const matchingAnswer = (question: QuestionOf<'matching'>, id: string, locale: Locale) =>
	byId(question.pairs, id)?.answer[locale] ?? byId(question.distractors, id)?.text[locale] ?? '';

/** The questions of an attempt as the form shows them, with the answers saved so far: no key. */
export function attemptQuestions(quiz: Quiz, layout: Layout, responses: Responses, locale: Locale, words: ViewWords): QuestionView[] {
	return layout.flatMap((shown, i) => {
		const question = byId(quiz.questions, shown.id);
		return question ? [questionView(question, shown, i + 1, responses[shown.id], locale, words)] : [];
	});
}

/** The answer given and, when `revealed`, the right answer, as lines of text. */
function answerLines(
	question: Question,
	shown: LayoutQuestion,
	answer: unknown,
	locale: Locale,
	words: ViewWords
): { given: string[]; correct: string[]; feedback: string[] } {
	switch (question.type) {
		case 'single_choice':
		case 'multiple_response': {
			const picked = new Set(Array.isArray(answer) ? answer : [answer]);
			const options = shown.order.map((id) => byId(question.options, id)!);
			return {
				given: options.filter((o) => picked.has(o.id)).map((o) => o.text[locale]),
				correct: options.filter((o) => o.correct).map((o) => o.text[locale]),
				feedback: options.filter((o) => picked.has(o.id) && o.feedback).map((o) => o.feedback![locale])
			};
		}
		case 'true_false':
			return {
				given: typeof answer === 'boolean' ? [answer ? words.true : words.false] : [],
				correct: [question.answer ? words.true : words.false],
				feedback: []
			};
		case 'short_text':
			return { given: typeof answer === 'string' && answer.trim() ? [answer.trim()] : [], correct: question.accepted[locale], feedback: [] };
		case 'ordering': {
			const positions = record(answer);
			const placed = question.items.filter((item) => typeof positions[item.id] === 'number');
			placed.sort((a, b) => (positions[a.id] as number) - (positions[b.id] as number));
			return {
				given: placed.map((item) => `${positions[item.id]}. ${item.text[locale]}`),
				correct: question.items.map((item, i) => `${i + 1}. ${item.text[locale]}`),
				feedback: []
			};
		}
		case 'matching': {
			const chosen = record(answer);
			const pairs = shown.order.map((id) => byId(question.pairs, id)!);
			return {
				given: pairs
					.filter((p) => typeof chosen[p.id] === 'string')
					.map((p) => `${p.prompt[locale]} → ${matchingAnswer(question, chosen[p.id] as string, locale)}`),
				correct: pairs.map((p) => `${p.prompt[locale]} → ${p.answer[locale]}`),
				feedback: []
			};
		}
		case 'better_post': {
			const chosen = byId(question.posts, answer as string);
			const better = question.posts.find((p) => p.better)!;
			return { given: chosen ? [chosen.account[locale]] : [], correct: [better.account[locale]], feedback: [] };
		}
	}
}

/**
 * A submitted attempt question by question. Without `revealed` it holds only what the
 * trainee answered; with it, the credit earned, the right answer and why. With `sectionOf`
 * (a failed attempt), each missed question says which part of the lesson to study.
 */
export function attemptReview(
	quiz: Quiz,
	layout: Layout,
	responses: Responses,
	locale: Locale,
	words: ViewWords,
	revealed: boolean,
	sectionOf?: (section: string | undefined) => StudySection
): ReviewedQuestion[] {
	return layout.flatMap((shown, i) => {
		const question = byId(quiz.questions, shown.id);
		if (!question) return [];
		const answer = responses[shown.id];
		const lines = answerLines(question, shown, answer, locale, words);
		const posts: ReviewPost[] =
			question.type === 'better_post'
				? shown.order.map((id) => {
						const post = byId(question.posts, id)!;
						const view = { platform: post.platform, account: post.account[locale], handle: post.handle, text: post.text[locale], chosen: answer === id };
						return revealed ? { ...view, better: post.better, why: post.why[locale] } : view;
					})
				: [];
		const credit = gradeQuestion(question, answer).credit;
		return [
			{
				number: i + 1,
				missed: sectionOf && credit < 1 ? { section: sectionOf(question.section) } : null,
				prompt: question.prompt[locale],
				points: question.points,
				answer: question.type === 'better_post' ? [] : lines.given,
				posts,
				revealed: revealed
					? {
							credit,
							correct: question.type === 'better_post' ? [] : lines.correct,
							explanation: question.explanation?.[locale] ?? '',
							feedback: lines.feedback
						}
					: null
			}
		];
	});
}
