import { z } from 'zod';
import { PLATFORMS, type Platform } from '../../posts/platforms';
import { CHECK_IDS, SEVERITIES, type CheckId, type Severity } from '../../exercises/check-ids';
import { DEFAULT_SETTINGS } from '../../exercises/settings';
import type { Locale } from '$lib/paraglide/runtime';
import type { CheckSettings, Localized, TaskKind } from '../../exercises/types';
import { INJECT_KINDS, INJECT_RESPONSES, type InjectKind, type InjectResponse } from '../../exercises/views';
import { describeIssues } from '../content/schema';
import type { SideFileValidator } from '../content/load';

// The format of exercise.yaml (worked examples: tests/fixtures/courses/fixture-course/0[3-5]-*). Everything a
// trainee reads exists in English and French; the model answer, the instructor notes and the
// hidden checks are read only on the server.
//
// Two kinds of "in both languages": what the trainee *reads* (brief, situation, rubric…) follows the
// page's language, `{ en, fr }`; what depends on the language the trainee *writes* the post in (the
// simulated conversation, the drill's messages, the model answer, a note on the brief) is keyed by
// that language, `{ en, fr }` too, and a plain value is the same whatever the post's language.

const text = (max: number) => z.string().trim().min(1, 'must not be empty').max(max, `must be at most ${max} characters`);
const localized = (max: number) => z.object({ en: text(max), fr: text(max) }).strict();
const id = z
	.string()
	.regex(/^[a-z0-9]+(?:[-_][a-z0-9]+)*$/, 'must be lowercase letters and digits, joined by hyphens or underscores')
	.max(40, 'must be at most 40 characters');
const handle = z.string().regex(/^[A-Za-z0-9_.]{1,30}$/, 'must be 1 to 30 letters, digits, dots or underscores, without the @');
const person = z.object({ name: text(80), handle }).strict();
const domain = z.string().regex(/^(?:[a-z0-9-]+\.)+[a-z]{2,}$/, 'must be a domain name like ontario.ca');
// Room for the phrases of both languages in one list.
const phrases = z.array(text(80)).max(20);
const LANGUAGES = ['en', 'fr'] as const;
/** A value that depends on the language the post is written in; a plain value is the same in both. */
const byPostLanguage = <T extends z.ZodTypeAny>(value: T) => z.union([value, z.object({ en: value, fr: value }).strict()]);
type ByPostLanguage<T> = T | { en: T; fr: T };
const isPerLanguage = <T>(value: ByPostLanguage<T>): value is { en: T; fr: T } =>
	typeof value === 'object' && value !== null && !Array.isArray(value) && 'en' in value && 'fr' in value;
const inLanguage = <T>(value: ByPostLanguage<T>, language: Locale): T => (isPerLanguage(value) ? value[language] : value);

export const TASKS = ['compose', 'reply', 'bilingual', 'thread', 'drill'] as const;

const image = z
	.object({
		file: z
			.string()
			.regex(/^[a-z0-9][a-z0-9._-]*\.(?:svg|png|jpe?g|webp|gif)$/i, 'must be the name of an image file beside exercise.yaml (.svg, .png, .jpg, .webp or .gif)'),
		/** What the picture shows, in words, for the trainee who cannot see it: not alt text to copy. */
		shows: localized(400)
	})
	.strict();

const simulatedPost = z
	.object({
		/** Absent: the ministry account itself. */
		author: person.optional(),
		text: byPostLanguage(text(2000)),
		minutes_ago: z
			.number()
			.int()
			.min(0)
			.max(60 * 24 * 30)
	})
	.strict();

const checks = z
	.object({
		reading_grade: z.number().min(1).max(20).optional(),
		french_lix: z.number().min(20).max(80).optional(),
		max_hashtags: z.number().int().min(0).max(30).optional(),
		max_emoji: z.number().int().min(0).max(20).optional(),
		key_message: z.object({ en: phrases, fr: phrases }).strict().optional(),
		official_domains: z.array(domain).min(1).max(20).optional(),
		off: z.array(z.enum(CHECK_IDS)).default([]),
		severity: z.partialRecord(z.enum(CHECK_IDS), z.enum(SEVERITIES)).default({}),
		errors_block_submission: z.boolean().default(true),
		emergency: z.boolean().default(false),
		official_numbers: z
			.array(z.string().regex(/^\+?[\d\s().-]{3,20}$/, 'must be a phone number such as 416-326-1234'))
			.max(20)
			.optional()
	})
	.strict()
	.default({ off: [], severity: {}, errors_block_submission: true, emergency: false });

const hiddenCheck = z
	.object({
		id,
		severity: z.enum(SEVERITIES).default('warning'),
		posts: z.enum(['all', 'en', 'fr']).default('all'),
		must_include_any: phrases.min(1).optional(),
		must_not_include: phrases.min(1).optional(),
		message: localized(400)
	})
	.strict()
	.refine((c) => c.must_include_any || c.must_not_include, { message: 'needs must_include_any or must_not_include' });

const level = z.object({ points: z.number().int().min(0).max(100), label: localized(80), description: localized(400).optional() }).strict();
const criterion = z
	.object({ id, criterion: localized(160), levels: z.array(level).min(2, 'needs at least two levels').max(6) })
	.strict()
	.refine((c) => new Set(c.levels.map((l) => l.points)).size === c.levels.length, { message: 'two levels give the same points', path: ['levels'] });

const inject = z
	.object({
		id,
		at_minutes: z
			.number()
			.min(0)
			.max(24 * 60),
		kind: z.enum(INJECT_KINDS),
		author: person,
		/** `{ en, fr }`: the message as it reads in an English drill and in a French one. */
		text: byPostLanguage(text(2000)),
		/** `other`: the message is written in the other language (an English comment in a French drill), as on a real ministry account. */
		arrives_in: z.enum(['drill_language', 'other']).default('drill_language'),
		respond: z.enum(INJECT_RESPONSES),
		service_standard_minutes: z
			.number()
			.positive()
			.max(24 * 60)
			.optional(),
		model_answer: byPostLanguage(text(3000)).optional()
	})
	.strict()
	.refine((i) => i.arrives_in === 'drill_language' || isPerLanguage(i.text), {
		message: 'a message that arrives in the other language needs its text in both, { en, fr }',
		path: ['arrives_in']
	});

export const exerciseSchema = z
	.object({
		task: z.enum(TASKS),
		platforms: z.array(z.enum(PLATFORMS)).min(1).max(PLATFORMS.length),
		/** The languages the trainee may write the post in; a bilingual exercise asks for both at once. */
		languages: z
			.array(z.enum(LANGUAGES))
			.min(1)
			.max(2)
			.refine((list) => new Set(list).size === list.length, 'lists a language twice')
			.default(['en', 'fr']),
		account: z.object({ name: text(80), name_fr: text(80).optional(), handle }).strict(),
		brief: localized(1500),
		/** What the brief adds for a post written in one language ("your colleague writes the French thread"), in the reader's language. */
		language_notes: z
			.object({ en: localized(600).optional(), fr: localized(600).optional() })
			.strict()
			.optional(),
		situation: localized(3000),
		images: z.array(image).max(4).default([]),
		conversation: z.array(simulatedPost).min(1).max(20).optional(),
		thread: z
			.object({ min_posts: z.number().int().min(2).max(10), max_posts: z.number().int().min(2).max(10) })
			.strict()
			.optional(),
		drill: z
			.object({
				service_standard_minutes: z
					.number()
					.positive()
					.max(24 * 60),
				injects: z.array(inject).min(1).max(30)
			})
			.strict()
			.optional(),
		checks,
		hidden_checks: z.array(hiddenCheck).max(30).default([]),
		rubric: z.array(criterion).min(1, 'needs at least one criterion').max(12),
		/** One per language the trainee may write in, `{ en: [...], fr: [...] }`; a plain list for a one-language exercise. */
		model_answer: byPostLanguage(z.array(text(5000)).min(1).max(10)),
		instructor_notes: localized(5000).optional()
	})
	.strict()
	.superRefine((data, ctx) => {
		const need = (field: 'conversation' | 'thread' | 'drill', task: TaskKind) => {
			if (data.task === task && !data[field]) ctx.addIssue({ code: 'custom', path: [field], message: `is required for a ${task} exercise` });
			if (data.task !== task && data[field]) ctx.addIssue({ code: 'custom', path: [field], message: `is only for ${task} exercises` });
		};
		need('conversation', 'reply');
		need('thread', 'thread');
		need('drill', 'drill');
		if (data.thread && data.thread.max_posts < data.thread.min_posts)
			ctx.addIssue({ code: 'custom', path: ['thread', 'max_posts'], message: 'must be at least min_posts' });
		const answers = data.model_answer;
		if (data.task === 'bilingual') {
			if (data.languages.length !== 2)
				ctx.addIssue({ code: 'custom', path: ['languages'], message: 'a bilingual exercise is written in both languages: [en, fr]' });
			const count = isPerLanguage(answers) ? answers.en.length + answers.fr.length : answers.length;
			if (count !== 2 || (isPerLanguage(answers) && answers.en.length !== 1))
				ctx.addIssue({ code: 'custom', path: ['model_answer'], message: 'a bilingual exercise needs two model posts: English, then French' });
		} else if (data.languages.length === 2 && !isPerLanguage(answers)) {
			ctx.addIssue({
				code: 'custom',
				path: ['model_answer'],
				message: 'needs a model answer in each language the trainee may write in: { en: [...], fr: [...] } (or languages: [en] for an English-only exercise)'
			});
		}
		if (data.drill && data.task === 'drill' && data.languages.length === 2) {
			data.drill.injects.forEach((item, i) => {
				if (!isPerLanguage(item.text))
					ctx.addIssue({ code: 'custom', path: ['drill', 'injects', i, 'text'], message: 'needs the message as it reads in each drill, { en, fr }' });
				if (item.model_answer !== undefined && !isPerLanguage(item.model_answer))
					ctx.addIssue({ code: 'custom', path: ['drill', 'injects', i, 'model_answer'], message: 'needs a model answer in each language, { en, fr }' });
			});
			if (!data.drill.injects.some((item) => item.arrives_in === 'other'))
				ctx.addIssue({
					code: 'custom',
					path: ['drill', 'injects'],
					message: 'at least one message must arrive in the other language (arrives_in: other), as on a real ministry account'
				});
		}
		for (const language of LANGUAGES) {
			if (data.language_notes?.[language] && !data.languages.includes(language))
				ctx.addIssue({
					code: 'custom',
					path: ['language_notes', language],
					message: `is for a post in a language the exercise does not offer (languages: [${data.languages.join(', ')}])`
				});
		}
		const unique = (ids: string[], path: string) => {
			const seen = new Set<string>();
			ids.forEach((value, i) => {
				if (seen.has(value)) ctx.addIssue({ code: 'custom', path: [path, i, 'id'], message: `"${value}" is used twice` });
				seen.add(value);
			});
		};
		unique(
			data.rubric.map((c) => c.id),
			'rubric'
		);
		unique(
			data.hidden_checks.map((c) => c.id),
			'hidden_checks'
		);
		if (data.drill) {
			const seen = new Set<string>();
			data.drill.injects.forEach((item, i) => {
				if (seen.has(item.id)) ctx.addIssue({ code: 'custom', path: ['drill', 'injects', i, 'id'], message: `"${item.id}" is used twice` });
				seen.add(item.id);
			});
		}
	});

export type ExerciseFile = z.infer<typeof exerciseSchema>;

/** exercise.yaml's check for `courses:check` and the server's catalog: every problem names its field. */
export const validateExerciseFile: SideFileValidator = (data) => {
	const parsed = exerciseSchema.safeParse(data);
	return parsed.success ? [] : describeIssues(parsed.error);
};

export interface Inject {
	id: string;
	atMinutes: number;
	kind: InjectKind;
	author: { name: string; handle: string };
	text: string;
	/** The language the message is written in (the drill's, or the other one). */
	lang: Locale;
	respond: InjectResponse;
	serviceStandardMinutes: number;
	modelAnswer: string | null;
}

export interface HiddenCheck {
	id: string;
	severity: Severity;
	posts: 'all' | Locale;
	mustIncludeAny: string[];
	mustNotInclude: string[];
	message: Localized;
}

/**
 * A validated exercise.yaml, in the shape the rest of the code reads, for a post written in
 * `language` (a bilingual exercise: 'en', its French post is the second). Its conversation, drill
 * messages and model answer are those of that language.
 */
export interface Scenario {
	task: TaskKind;
	platforms: Platform[];
	language: Locale;
	/** The languages the trainee may write in. */
	languages: Locale[];
	/** What the brief adds for a post in `language`, in the reader's language. */
	languageNote: Localized | null;
	account: { name: Localized; handle: string };
	brief: Localized;
	situation: Localized;
	images: { file: string; shows: Localized }[];
	conversation: { author: { name: string; handle: string } | null; text: string; minutesAgo: number }[];
	thread: { min: number; max: number };
	drill: { serviceStandardMinutes: number; injects: Inject[] } | null;
	settings: CheckSettings;
	hiddenChecks: HiddenCheck[];
	rubric: { id: string; criterion: Localized; levels: { points: number; label: Localized; description: Localized | null }[] }[];
	modelAnswer: string[];
	instructorNotes: Localized | null;
}

/** The language a trainee writes in unless they choose: theirs if the exercise offers it, else its first. */
export function defaultLanguage(languages: Locale[], preferred: Locale): Locale {
	return languages.includes(preferred) ? preferred : languages[0];
}

const other = (language: Locale): Locale => (language === 'en' ? 'fr' : 'en');

/** The scenario for a post written in `language` (one the exercise offers; otherwise its first). */
export function toScenario(file: ExerciseFile, requested?: Locale): Scenario {
	const language = file.task === 'bilingual' ? 'en' : defaultLanguage(file.languages, requested ?? file.languages[0]);
	const c = file.checks;
	const settings: CheckSettings = {
		readingGradeMax: c.reading_grade ?? DEFAULT_SETTINGS.readingGradeMax,
		frenchLixMax: c.french_lix ?? DEFAULT_SETTINGS.frenchLixMax,
		hashtagsMax: c.max_hashtags ?? DEFAULT_SETTINGS.hashtagsMax,
		emojiMax: c.max_emoji ?? DEFAULT_SETTINGS.emojiMax,
		keyTerms: c.key_message ?? DEFAULT_SETTINGS.keyTerms,
		officialDomains: c.official_domains ?? DEFAULT_SETTINGS.officialDomains,
		off: c.off as CheckId[],
		severity: c.severity as Partial<Record<CheckId, Severity>>,
		blocking: c.errors_block_submission,
		emergency: c.emergency,
		officialNumbers: c.official_numbers ? [...DEFAULT_SETTINGS.officialNumbers, ...c.official_numbers] : DEFAULT_SETTINGS.officialNumbers
	};
	const drill = file.drill;
	return {
		task: file.task,
		platforms: file.platforms,
		language,
		languages: file.task === 'bilingual' ? ['en', 'fr'] : file.languages,
		languageNote: file.language_notes?.[language] ?? null,
		account: { name: { en: file.account.name, fr: file.account.name_fr ?? file.account.name }, handle: file.account.handle },
		brief: file.brief,
		situation: file.situation,
		images: file.images,
		conversation: (file.conversation ?? []).map((p) => ({ author: p.author ?? null, text: inLanguage(p.text, language), minutesAgo: p.minutes_ago })),
		thread: { min: file.thread?.min_posts ?? 2, max: file.thread?.max_posts ?? 6 },
		drill: drill
			? {
					serviceStandardMinutes: drill.service_standard_minutes,
					injects: [...drill.injects]
						.sort((a, b) => a.at_minutes - b.at_minutes)
						.map((i) => ({
							id: i.id,
							atMinutes: i.at_minutes,
							kind: i.kind,
							author: i.author,
							text: inLanguage(i.text, i.arrives_in === 'other' ? other(language) : language),
							lang: isPerLanguage(i.text) && i.arrives_in === 'other' ? other(language) : language,
							respond: i.respond,
							serviceStandardMinutes: i.service_standard_minutes ?? drill.service_standard_minutes,
							modelAnswer: i.model_answer === undefined ? null : inLanguage(i.model_answer, language)
						}))
				}
			: null,
		settings,
		hiddenChecks: file.hidden_checks.map((h) => ({
			id: h.id,
			severity: h.severity,
			posts: h.posts,
			mustIncludeAny: h.must_include_any ?? [],
			mustNotInclude: h.must_not_include ?? [],
			message: h.message
		})),
		rubric: file.rubric.map((r) => ({
			id: r.id,
			criterion: r.criterion,
			levels: r.levels.map((l) => ({ points: l.points, label: l.label, description: l.description ?? null }))
		})),
		modelAnswer: isPerLanguage(file.model_answer)
			? file.task === 'bilingual'
				? [...file.model_answer.en, ...file.model_answer.fr]
				: file.model_answer[language]
			: file.model_answer,
		instructorNotes: file.instructor_notes ?? null
	};
}
