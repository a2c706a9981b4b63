import { z } from 'zod';
import { PLATFORMS } from '../../posts/platforms';

// The format of quiz.yaml (documented for authors in courses/README.md). Every text a trainee
// reads exists in English and French; ids are authored so statistics survive edits and shuffles.

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const localized = (max: number) => z.object({ en: text(max), fr: text(max) }).strict();
const id = z
	.string()
	.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be lowercase letters and digits, joined by hyphens or underscores')
	.max(40, 'must be at most 40 characters');

const scoring = z.enum(['all_or_nothing', 'partial']).default('partial');

const common = {
	id,
	prompt: localized(600),
	/** Why the answer is right: shown with the answers, when the reveal policy allows. */
	explanation: localized(1200),
	points: z.number().int().min(1).max(10).default(1),
	/** The id of the English lesson's heading this question is about, where a failed attempt sends the trainee to study. */
	section: z
		.string()
		.regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be the id of a heading of the lesson (lowercase words joined by hyphens)')
		.optional()
};

const option = z.object({ id, text: localized(300), correct: z.boolean().default(false), feedback: localized(600).optional() }).strict();

const singleChoice = z.object({ ...common, type: z.literal('single_choice'), options: z.array(option).min(2).max(10) }).strict();
const multipleResponse = z.object({ ...common, type: z.literal('multiple_response'), scoring, options: z.array(option).min(2).max(10) }).strict();
const trueFalse = z.object({ ...common, type: z.literal('true_false'), answer: z.boolean() }).strict();
const shortText = z
	.object({
		...common,
		type: z.literal('short_text'),
		accepted: z.object({ en: z.array(text(200)).min(1), fr: z.array(text(200)).min(1) }).strict(),
		pattern: z.string().min(1).max(300).optional()
	})
	.strict();
const ordering = z
	.object({
		...common,
		type: z.literal('ordering'),
		scoring,
		items: z
			.array(z.object({ id, text: localized(300) }).strict())
			.min(2)
			.max(10)
	})
	.strict();
const matching = z
	.object({
		...common,
		type: z.literal('matching'),
		scoring,
		pairs: z
			.array(z.object({ id, prompt: localized(300), answer: localized(300) }).strict())
			.min(2)
			.max(10),
		distractors: z
			.array(z.object({ id, text: localized(300) }).strict())
			.max(5)
			.default([])
	})
	.strict();
const post = z
	.object({
		id,
		platform: z.enum(PLATFORMS).refine((p) => p !== 'instagram', 'instagram posts need an image; quiz posts are text only, so pick another platform'),
		account: localized(80).default({ en: 'Government of Ontario', fr: 'Gouvernement de l’Ontario' }),
		handle: z.string().trim().min(1).max(40).default('ONgov'),
		text: localized(3000),
		better: z.boolean().default(false),
		/** Why this post is (or is not) the better one. */
		why: localized(1200)
	})
	.strict();
// Each post says why it is (or is not) the better one, so a general explanation is optional.
const betterPost = z
	.object({ ...common, explanation: localized(1200).optional(), type: z.literal('better_post'), posts: z.array(post).min(2).max(4) })
	.strict();

export const QUESTION_TYPES = ['single_choice', 'multiple_response', 'true_false', 'short_text', 'ordering', 'matching', 'better_post'] as const;

const question = z.discriminatedUnion('type', [singleChoice, multipleResponse, trueFalse, shortText, ordering, matching, betterPost], {
	error: `must be one of ${QUESTION_TYPES.join(', ')}`
});

const attemptsMessage = 'must be a whole number from 1 to 50, or unlimited';

export const quizSchema = z
	.object({
		pass_mark: z.number().min(1).max(100),
		attempts: z
			.union([z.number(), z.literal('unlimited')], { error: attemptsMessage })
			.refine((n) => n === 'unlimited' || (Number.isInteger(n) && n >= 1 && n <= 50), attemptsMessage),
		counts: z.enum(['best', 'last']).default('best'),
		shuffle_questions: z.boolean().default(false),
		shuffle_options: z.boolean().default(false),
		draw: z.number().int().min(1).optional(),
		time_limit_minutes: z.number().int().min(1).max(600).optional(),
		reveal: z.enum(['after_each_attempt', 'once_passed', 'after_last_attempt']).default('after_each_attempt'),
		questions: z.array(question).min(1, 'must list at least one question').max(200)
	})
	.strict()
	.superRefine((quiz, ctx) => {
		const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
		const seen = new Map<string, number>();
		quiz.questions.forEach((q, i) => {
			if (seen.has(q.id)) issue(['questions', i, 'id'], `"${q.id}" is also the id of questions.${seen.get(q.id)}`);
			else seen.set(q.id, i);
			for (const [field, ids] of idLists(q)) {
				const first = new Map<string, number>();
				ids.forEach((value, j) => {
					if (first.has(value)) issue(['questions', i, ...field(j), 'id'], `"${value}" is also used by ${field(first.get(value)!).join('.')} of this question`);
					else first.set(value, j);
				});
			}
			if (q.type === 'single_choice') {
				const correct = q.options.filter((o) => o.correct).length;
				if (correct !== 1) issue(['questions', i, 'options'], `mark exactly one option "correct: true" (found ${correct})`);
			}
			if (q.type === 'multiple_response' && !q.options.some((o) => o.correct)) {
				issue(['questions', i, 'options'], 'mark at least one option "correct: true"');
			}
			if (q.type === 'better_post') {
				const better = q.posts.filter((p) => p.better).length;
				if (better !== 1) issue(['questions', i, 'posts'], `mark exactly one post "better: true" (found ${better})`);
			}
			if (q.type === 'short_text' && q.pattern !== undefined) {
				try {
					new RegExp(q.pattern, 'iu');
				} catch (e) {
					issue(['questions', i, 'pattern'], `is not a valid regular expression: ${(e as Error).message}`);
				}
			}
		});
		if (quiz.draw !== undefined && quiz.draw > quiz.questions.length) {
			issue(['draw'], `cannot draw ${quiz.draw} questions from a pool of ${quiz.questions.length}`);
		}
		if (quiz.reveal === 'after_last_attempt' && quiz.attempts === 'unlimited') {
			issue(['reveal'], 'after_last_attempt needs a limited number of attempts (with unlimited attempts there is no last one)');
		}
	});

/** Each list of ids inside a question that must be unique, with the path of its n-th entry. */
function idLists(q: z.infer<typeof question>): [(n: number) => (string | number)[], string[]][] {
	switch (q.type) {
		case 'single_choice':
		case 'multiple_response':
			return [[(n) => ['options', n], q.options.map((o) => o.id)]];
		case 'ordering':
			return [[(n) => ['items', n], q.items.map((o) => o.id)]];
		case 'better_post':
			return [[(n) => ['posts', n], q.posts.map((o) => o.id)]];
		case 'matching': {
			const count = q.pairs.length;
			const at = (n: number) => (n < count ? ['pairs', n] : ['distractors', n - count]);
			return [[at, [...q.pairs.map((p) => p.id), ...q.distractors.map((d) => d.id)]]];
		}
		default:
			return [];
	}
}

export type Quiz = z.infer<typeof quizSchema>;
export type Question = Quiz['questions'][number];
type QuestionType = Question['type'];
export type QuestionOf<T extends QuestionType> = Extract<Question, { type: T }>;

/** Error messages an author understands: "is required" rather than "expected string, received undefined". */
const authorErrors: z.core.$ZodErrorMap = (issue) => {
	if (issue.code === 'invalid_type' && issue.input === undefined) return 'is required';
	if (issue.code === 'invalid_type')
		return `must be ${issue.expected === 'object' ? 'a group of fields' : issue.expected === 'array' ? 'a list' : `a ${issue.expected}`}`;
	return undefined;
};

export function parseQuizData(data: unknown): { quiz: Quiz; errors: [] } | { quiz: null; errors: { field: string; message: string }[] } {
	const parsed = quizSchema.safeParse(data, { error: authorErrors });
	if (parsed.success) return { quiz: parsed.data, errors: [] };
	return {
		quiz: null,
		errors: parsed.error.issues.map((issue) => ({
			field: issue.path.length ? issue.path.join('.') : '(top level)',
			message: issue.code === 'unrecognized_keys' ? `unknown field(s) ${issue.keys.join(', ')}` : issue.message
		}))
	};
}

/** Registered in content/side-files.ts, so `courses:check` and the server check quiz.yaml alike. */
export function validateQuizFile(data: unknown, context?: { headings?: string[]; parallelHeadings?: boolean }): { field: string; message: string }[] {
	const parsed = parseQuizData(data);
	if (!parsed.quiz || !context?.headings) return parsed.errors;
	const known = context.headings;
	const headings = new Set(known);
	return parsed.quiz.questions.flatMap((q, i) => {
		const field = `questions.${i}.section`;
		if (q.section === undefined) return [];
		if (!headings.has(q.section))
			return [{ field, message: `"${q.section}" is not a heading of the English lesson (index.md): ${known.join(', ') || 'it has none'}` }];
		if (context.parallelHeadings === false)
			return [
				{ field, message: 'index.fr.md does not have the same h2/h3 headings as index.md, in the same order, so this section cannot be found in French' }
			];
		return [];
	});
}
