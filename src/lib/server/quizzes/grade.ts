import type { Question, QuestionOf, Quiz } from './schema';

/**
 * One drawn question of an attempt, as shown: `order` lists its options (or items, pairs,
 * posts) in display order; `choices` the matching answers in display order.
 */
export interface LayoutQuestion {
	id: string;
	order: string[];
	choices?: string[];
}
export type Layout = LayoutQuestion[];

/**
 * A trainee's answers by question id, in authored ids: an option id (single choice, better
 * post), a list of option ids (multiple response), a boolean (true/false), text (short text),
 * item id → position from 1 (ordering), pair id → chosen answer id (matching).
 */
export type Responses = Record<string, unknown>;

export interface QuestionResult {
	id: string;
	/** Share of the question's points earned, from 0 to 1. */
	credit: number;
	answered: boolean;
}

export interface AttemptResult {
	/** Percent, rounded to two decimals. */
	score: number;
	passed: boolean;
	results: QuestionResult[];
}

/** Case- and space-insensitive, and typographic quotes count as plain ones (l’avis = l'avis). */
export function normalizeText(value: string): string {
	return value
		.normalize('NFC')
		.replace(/[’‘`]/g, "'")
		.replace(/[“”«»]/g, '"')
		.toLocaleLowerCase('en')
		.replace(/\s+/g, ' ')
		.trim();
}

const asId = (value: unknown): string | null => (typeof value === 'string' && value !== '' ? value : null);
const asIds = (value: unknown): string[] => (Array.isArray(value) ? [...new Set(value.filter((v): v is string => typeof v === 'string'))] : []);
const asRecord = (value: unknown): Record<string, unknown> =>
	value !== null && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, unknown>) : {};
const all = (part: number, whole: number) => (whole > 0 && part === whole ? 1 : 0);

type Grader<T extends Question['type']> = (question: QuestionOf<T>, answer: unknown) => { credit: number; answered: boolean };

const graders: { [T in Question['type']]: Grader<T> } = {
	single_choice(question, answer) {
		const chosen = question.options.find((o) => o.id === asId(answer));
		return { credit: chosen?.correct ? 1 : 0, answered: chosen !== undefined };
	},
	/**
	 * Partial credit, right minus wrong: each correct option ticked earns 1/k of the points
	 * (k = number of correct options), each wrong option ticked takes 1/k away, never below 0.
	 */
	multiple_response(question, answer) {
		const picked = asIds(answer).flatMap((id) => question.options.filter((o) => o.id === id));
		const correct = question.options.filter((o) => o.correct).length;
		const right = picked.filter((o) => o.correct).length;
		const wrong = picked.length - right;
		const credit = question.scoring === 'partial' ? Math.max(0, (right - wrong) / correct) : wrong === 0 ? all(right, correct) : 0;
		return { credit, answered: picked.length > 0 };
	},
	true_false(question, answer) {
		if (typeof answer !== 'boolean') return { credit: 0, answered: false };
		return { credit: answer === question.answer ? 1 : 0, answered: true };
	},
	short_text(question, answer) {
		const given = typeof answer === 'string' ? normalizeText(answer) : '';
		if (!given) return { credit: 0, answered: false };
		const accepted = [...question.accepted.en, ...question.accepted.fr].map(normalizeText);
		const matches = accepted.includes(given) || (question.pattern !== undefined && new RegExp(`^(?:${question.pattern})$`, 'iu').test(given));
		return { credit: matches ? 1 : 0, answered: true };
	},
	/** Partial credit: the share of items placed in their right position. */
	ordering(question, answer) {
		const positions = asRecord(answer);
		const placed = question.items.filter((item) => Number.isInteger(positions[item.id]));
		const right = question.items.filter((item, index) => positions[item.id] === index + 1).length;
		const credit = question.scoring === 'partial' ? right / question.items.length : all(right, question.items.length);
		return { credit, answered: placed.length > 0 };
	},
	/** Partial credit: the share of prompts matched with their answer. */
	matching(question, answer) {
		const chosen = asRecord(answer);
		const known = new Set([...question.pairs.map((p) => p.id), ...question.distractors.map((d) => d.id)]);
		const answered = question.pairs.filter((pair) => known.has(asId(chosen[pair.id]) ?? '')).length;
		const right = question.pairs.filter((pair) => chosen[pair.id] === pair.id).length;
		const credit = question.scoring === 'partial' ? right / question.pairs.length : all(right, question.pairs.length);
		return { credit, answered: answered > 0 };
	},
	better_post(question, answer) {
		const chosen = question.posts.find((p) => p.id === asId(answer));
		return { credit: chosen?.better ? 1 : 0, answered: chosen !== undefined };
	}
};

export function gradeQuestion(question: Question, answer: unknown): QuestionResult {
	const grade = graders[question.type] as Grader<Question['type']>;
	return { id: question.id, ...grade(question, answer) };
}

/**
 * Grades the questions drawn for an attempt. The score is the points earned over the points
 * available, as a percent; a question no longer in the quiz (edited since) earns nothing.
 */
export function gradeAttempt(quiz: Quiz, layout: Layout, responses: Responses): AttemptResult {
	let earned = 0;
	let available = 0;
	const results = layout.map(({ id }) => {
		const question = quiz.questions.find((q) => q.id === id);
		if (!question) {
			available += 1;
			return { id, credit: 0, answered: false };
		}
		const result = gradeQuestion(question, responses[id]);
		earned += result.credit * question.points;
		available += question.points;
		return result;
	});
	const score = available ? Math.round((earned / available) * 10_000) / 100 : 0;
	return { score, passed: score >= quiz.pass_mark, results };
}
