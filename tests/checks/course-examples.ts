// Every example post in the course, extracted automatically so a new example joins the corpus with no
// hand work: the lessons' <ExamplePost verdict="good|bad" />, the posts of the quizzes' better_post
// questions, the exercises' model answers (and the drills' model replies), and the colleague drafts
// the exercise situations quote. tests/fixtures/posts/course-labels.yaml says, per example, which checks
// must fire on it (every bad example needs at least one) and which must stay quiet.
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { z } from 'zod';
import { LABEL_IDS, type LabelId } from './floors';
import { PLATFORMS, type Platform } from '../../src/lib/posts/platforms';
import { modelPost } from '../../src/lib/exercises/answer';
import { exerciseSchema, toScenario, type Scenario } from '../../src/lib/server/exercises/scenario';
import { quizSchema } from '../../src/lib/server/quizzes/schema';
import type { Locale } from '../../src/lib/paraglide/runtime';
import { settingsSchema, type CorpusItem } from './corpus';

export const COURSES_DIR = 'courses';
export const COURSE_LABELS = 'tests/fixtures/posts/course-labels.yaml';

export type Origin = 'lesson' | 'quiz' | 'model answer' | 'draft';

/** A course example before its labels: what the course says about it (good, bad or nothing). */
export interface CourseExample extends Omit<CorpusItem, 'good' | 'fires' | 'quiet'> {
	origin: Origin;
	/** What the course says: true good, false bad, null neither (a quiz post that is not the better one). */
	verdict: boolean | null;
	/** The file and line or field it comes from. */
	source: string;
}

export interface Extraction {
	examples: CourseExample[];
	/** <ExamplePost /> without a verdict (public comments shown for context): not judged. */
	skippedNoVerdict: number;
	/** The same post shown again (the English lesson quoting a French post also shown in the French lesson). */
	duplicates: number;
}

// --- lessons --------------------------------------------------------------------------------------

const ENTITIES: Record<string, string> = { amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: '\u00a0' };
const decode = (value: string) =>
	value.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (all, name: string) => {
		if (name[0] === '#') return String.fromCodePoint(name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
		return ENTITIES[name.toLowerCase()] ?? all;
	});

/** Every `<ExamplePost ... />` with its attributes; quoted values may hold `>` and span lines. */
export function examplePostTags(body: string): { attributes: Record<string, string>; line: number }[] {
	const found: { attributes: Record<string, string>; line: number }[] = [];
	const attribute = /\s*([a-zA-Z_:-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|\{([^}]*)\}))?/y;
	let at = body.indexOf('<ExamplePost');
	while (at !== -1) {
		let i = at + '<ExamplePost'.length;
		const attributes: Record<string, string> = {};
		for (;;) {
			attribute.lastIndex = i;
			const m = attribute.exec(body);
			if (!m || m[0].trim() === '') break;
			attributes[m[1]] = decode(m[2] ?? m[3] ?? m[4] ?? '');
			i = attribute.lastIndex;
		}
		found.push({ attributes, line: body.slice(0, at).split('\n').length });
		at = body.indexOf('<ExamplePost', i);
	}
	return found;
}

// --- languages ------------------------------------------------------------------------------------

const EN_WORDS = new Set('the and is are you your our we to of for with at from by this that it can will be not have has'.split(' '));
const FR_WORDS = new Set('le la les des du de et est sont à au aux pour avec votre vos vous nous notre une dans sur par ce cette qui que pas'.split(' '));

/**
 * The language a post is plainly written in, by its function words, or null when it is not plain
 * (too short, or mixed). Deliberately independent of the language_match check it helps measure.
 */
export function plainLanguageOf(text: string): Locale | null {
	let en = 0;
	let fr = 0;
	for (const word of text.toLowerCase().split(/[^\p{L}'’]+/u)) {
		if (EN_WORDS.has(word)) en++;
		else if (FR_WORDS.has(word) || /^[ldjcqnst][’'][\p{L}]/u.test(word)) fr++;
	}
	if (en >= 3 && en >= 3 * fr) return 'en';
	if (fr >= 3 && fr >= 3 * en) return 'fr';
	return null;
}

// --- keys -----------------------------------------------------------------------------------------

/** The first words of a text, lower-case ASCII joined by hyphens: "Community groups: apply by" → community-groups-apply-by. */
export function slug(text: string, words = 6): string {
	return (
		text
			.normalize('NFKD')
			.replace(/[\u0300-\u036f]/g, '')
			.toLowerCase()
			.replace(/['’]/g, '')
			.split(/[^a-z0-9]+/)
			.filter(Boolean)
			.slice(0, words)
			.join('-') || 'empty'
	);
}

// --- exercises ------------------------------------------------------------------------------------

/** As many alt texts as the scenario has images, as the composer would submit them (blank when not written). */
const fitAlts = (alts: string[], images: number) => Array.from({ length: images }, (_, i) => alts[i] ?? '');

const DRAFT_INTRO = /(draft|brouillon|ébauche|sent you this|vous a envoyé|left you|vous a laissé)[^\n]*:\s*$/i;
const QUOTED = /^(?:“([^”]+)”|«\s*([^»]+?)\s*»)$/;

/**
 * Colleague drafts quoted in a situation: a paragraph that is one quotation, right after a paragraph
 * that introduces a draft and ends with a colon. Anything less certain is left out.
 */
export function quotedDrafts(situation: string): string[] {
	const paragraphs = situation.split(/\n\s*\n/).map((p) => p.trim());
	const drafts: string[] = [];
	paragraphs.forEach((p, i) => {
		const m = QUOTED.exec(p);
		if (m && i > 0 && DRAFT_INTRO.test(paragraphs[i - 1])) drafts.push((m[1] ?? m[2]).trim());
	});
	return drafts;
}

function exerciseExamples(module: string, path: string, scenario: Scenario): CourseExample[] {
	const file = `${module}/exercise.yaml`;
	const settings = scenario.settings as unknown as CorpusItem['settings'];
	const images = scenario.images.length;
	const out: CourseExample[] = [];
	const base = { settings, frenchAlts: [] as string[], publicReply: false, verdict: true as boolean | null };

	if (scenario.task === 'drill') {
		for (const inject of scenario.drill?.injects ?? []) {
			if (!inject.modelAnswer) continue;
			const publicReply = inject.respond === 'public_reply';
			const task = inject.respond === 'post' ? 'compose' : 'reply';
			for (const platform of scenario.platforms) {
				out.push({
					...base,
					key: `${file}:${inject.id}@${platform}:${slug(inject.modelAnswer)}`,
					origin: 'model answer',
					platform,
					task,
					publicReply,
					lang: scenario.language,
					text: inject.modelAnswer,
					alts: [],
					more: [],
					source: `${path} drill.injects.${inject.id}.model_answer`
				});
			}
		}
	} else {
		const answers = scenario.modelAnswer.map(modelPost);
		for (const platform of scenario.platforms) {
			const first = answers[0];
			const common = {
				...base,
				origin: 'model answer' as const,
				platform,
				publicReply: scenario.task === 'reply',
				alts: fitAlts(first.alts, images),
				source: `${path} model_answer`
			};
			if (scenario.task === 'bilingual') {
				out.push({
					...common,
					key: `${file}:model@${platform}:${slug(first.text)}`,
					task: 'bilingual',
					lang: 'en',
					text: first.text,
					french: answers[1]?.text ?? '',
					frenchAlts: fitAlts(answers[1]?.alts ?? [], images),
					more: []
				});
			} else {
				out.push({
					...common,
					key: `${file}:model@${platform}:${slug(first.text)}`,
					task: scenario.task === 'thread' ? 'thread' : scenario.task === 'reply' ? 'reply' : 'compose',
					lang: scenario.language,
					text: first.text,
					more: scenario.task === 'thread' ? answers.slice(1).map((a) => a.text) : []
				});
			}
		}
	}

	const seen = new Set<string>();
	for (const situation of [scenario.situation.en, scenario.situation.fr]) {
		for (const draft of quotedDrafts(situation)) {
			if (seen.has(draft)) continue;
			seen.add(draft);
			const platform = scenario.platforms[0];
			out.push({
				...base,
				verdict: false,
				key: `${file}:draft:${slug(draft)}`,
				origin: 'draft',
				platform,
				task: 'compose',
				lang: plainLanguageOf(draft) ?? scenario.language,
				text: draft,
				alts: fitAlts([], 0),
				more: [],
				source: `${path} situation (a colleague’s draft)`
			});
		}
	}
	return out;
}

// --- quizzes --------------------------------------------------------------------------------------

function quizExamples(module: string, path: string, raw: unknown): CourseExample[] {
	const quiz = quizSchema.parse(raw);
	const out: CourseExample[] = [];
	for (const question of quiz.questions) {
		if (question.type !== 'better_post') continue;
		const isReply = /\brepl(?:y|ies)\b/i.test(question.prompt.en);
		for (const post of question.posts) {
			const texts: [Locale, string][] =
				post.text.en === post.text.fr
					? [[plainLanguageOf(post.text.en) ?? 'en', post.text.en]]
					: [
							['en', post.text.en],
							['fr', post.text.fr]
						];
			for (const [lang, text] of texts) {
				out.push({
					key: `${module}/quiz.yaml:${question.id}.${post.id}.${lang}:${slug(text)}`,
					origin: 'quiz',
					verdict: post.better ? true : null,
					platform: post.platform,
					task: isReply ? 'reply' : 'compose',
					publicReply: isReply,
					lang,
					text,
					alts: [],
					frenchAlts: [],
					more: [],
					settings: {},
					source: `${path} ${question.id}/${post.id} (${lang})`
				});
			}
		}
	}
	return out;
}

// --- the whole course -----------------------------------------------------------------------------

/** Every example post of every course under `root`. */
export function extractCourseExamples(root = COURSES_DIR): Extraction {
	const examples: CourseExample[] = [];
	let skippedNoVerdict = 0;
	let duplicates = 0;
	const lessonTexts = new Set<string>();
	for (const course of readdirSync(root, { withFileTypes: true }).filter((d) => d.isDirectory())) {
		const courseDir = join(root, course.name);
		for (const module of readdirSync(courseDir, { withFileTypes: true })
			.filter((d) => d.isDirectory())
			.map((d) => d.name)
			.sort()) {
			const dir = join(courseDir, module);
			for (const [name, fileLang] of [
				['index.md', 'en'],
				['index.fr.md', 'fr']
			] as const) {
				const path = join(dir, name);
				if (!existsSync(path)) continue;
				const used = new Map<string, number>();
				for (const { attributes: a, line } of examplePostTags(readFileSync(path, 'utf8'))) {
					if (a.verdict !== 'good' && a.verdict !== 'bad') {
						skippedNoVerdict++;
						continue;
					}
					const text = a.text ?? '';
					const platform = (PLATFORMS as readonly string[]).includes(a.platform) ? (a.platform as Platform) : 'x';
					// The lesson's language, unless the example says otherwise or is plainly in the other one
					// (the English lesson on French shows French posts).
					const plain = plainLanguageOf(text);
					const lang: Locale = a.lang === 'en' || a.lang === 'fr' ? a.lang : plain && plain !== fileLang ? plain : fileLang;
					const alts = a.image ? [a.alt ?? ''] : [];
					const identity = JSON.stringify([platform, lang, text, alts, a.verdict]);
					if (lessonTexts.has(identity)) {
						duplicates++;
						continue;
					}
					lessonTexts.add(identity);
					const base = `${module}/${name}:${slug(text)}`;
					const n = (used.get(base) ?? 0) + 1;
					used.set(base, n);
					examples.push({
						key: n === 1 ? base : `${base}~${n}`,
						origin: 'lesson',
						verdict: a.verdict === 'good',
						platform,
						task: 'compose',
						publicReply: false,
						lang,
						text,
						alts,
						frenchAlts: [],
						more: [],
						settings: {},
						source: `${path}:${line}`
					});
				}
			}
			const quizPath = join(dir, 'quiz.yaml');
			if (existsSync(quizPath)) examples.push(...quizExamples(module, quizPath, parse(readFileSync(quizPath, 'utf8'))));
			const exercisePath = join(dir, 'exercise.yaml');
			if (existsSync(exercisePath)) {
				// Every language the trainee may write in has its own model answer (and drill answers).
				const file = exerciseSchema.parse(parse(readFileSync(exercisePath, 'utf8')));
				const keys = new Set<string>();
				for (const language of file.task === 'bilingual' ? (['en'] as const) : file.languages)
					for (const example of exerciseExamples(module, exercisePath, toScenario(file, language)))
						if (!keys.has(example.key)) {
							keys.add(example.key);
							examples.push(example);
						}
			}
		}
	}
	return { examples, skippedNoVerdict, duplicates };
}

// --- labels ---------------------------------------------------------------------------------------

const labelSchema = z
	.object({
		fires: z.array(z.enum(LABEL_IDS as [LabelId, ...LabelId[]])).default([]),
		quiet: z.array(z.enum(LABEL_IDS as [LabelId, ...LabelId[]])).default([]),
		/** Overrides what the course says (rarely: only with a note saying why). */
		good: z.boolean().optional(),
		task: z.enum(['compose', 'reply', 'bilingual', 'thread']).optional(),
		publicReply: z.boolean().optional(),
		/** Settings as a scenario would set them (key terms, official domains), merged over the example's own. */
		settings: settingsSchema.optional(),
		/**
		 * The lesson's problem is one no automatic check can see (tone, an unconfirmed fact, text only in
		 * an image): why. Stands for the label a bad example needs; the example counts as not flagged.
		 */
		unchecked: z.string().optional(),
		/**
		 * The lesson teaches this fault through the instructor's rubric (tone, empathy, helpfulness) and
		 * does not say an automatic check catches it: why. Stands for the label a bad example needs; the
		 * example is judged as its lesson says when no check fires wrongly on it, and is counted apart.
		 */
		rubric: z.string().optional(),
		note: z.string().optional()
	})
	.strict();
export type CourseLabel = z.infer<typeof labelSchema>;

export function parseCourseLabels(raw: unknown): Record<string, CourseLabel> {
	const parsed = z.record(z.string(), labelSchema.nullable()).safeParse(raw ?? {});
	if (!parsed.success) throw new Error(`${COURSE_LABELS}: ${parsed.error.issues.map((i) => `${i.path.join('.')} ${i.message}`).join('; ')}`);
	return Object.fromEntries(Object.entries(parsed.data).map(([k, v]) => [k, v ?? labelSchema.parse({})]));
}

export function loadCourseLabels(path = COURSE_LABELS): Record<string, CourseLabel> {
	return existsSync(path) ? parseCourseLabels(parse(readFileSync(path, 'utf8'))) : {};
}

export interface LabelledCourse {
	items: (CorpusItem & { origin: Origin })[];
	/** Quiz posts that are not the better one and carry no label: not judged. */
	unlabelled: number;
	/** What must be fixed in course-labels.yaml, one line each, naming the example and how to label it. */
	problems: string[];
}

/** The course's examples with their labels, ready to judge; `problems` lists bad examples without labels and labels for nothing. */
export function labelCourseExamples(extraction: Extraction, labels: Record<string, CourseLabel>): LabelledCourse {
	const problems: string[] = [];
	const items: LabelledCourse['items'] = [];
	let unlabelled = 0;
	const keys = new Set(extraction.examples.map((e) => e.key));
	for (const key of Object.keys(labels)) {
		if (!keys.has(key))
			problems.push(`${COURSE_LABELS}: "${key}" matches no example in the course (renamed or reworded? run npm run checks:eval -- --keys to list them)`);
	}
	for (const example of extraction.examples) {
		const label = labels[example.key];
		const good = label?.good ?? example.verdict;
		if (label) {
			const both = label.fires.filter((c) => label.quiet.includes(c));
			if (both.length) problems.push(`${COURSE_LABELS}: "${example.key}": ${both.join(', ')} both in fires and quiet`);
		}
		if (good === null) {
			if (!label || (!label.fires.length && !label.quiet.length)) {
				unlabelled++;
				continue;
			}
		}
		if (good === false && !label?.fires.length && !label?.unchecked && !label?.rubric) {
			problems.push(
				`${example.source}: the bad example "${excerpt(example.text, 60)}" has no label: add to ${COURSE_LABELS}\n    "${example.key}":\n      fires: [<the checks the lesson says it breaks: ${'one of ' + 'src/lib/exercises/check-ids.ts'}>]`
			);
		}
		const { origin, verdict: _verdict, ...rest } = example;
		void _verdict;
		items.push({
			...rest,
			origin,
			task: label?.task ?? example.task,
			publicReply: label?.publicReply ?? example.publicReply,
			good: good ?? false,
			fires: (label?.fires ?? []) as LabelId[],
			quiet: (label?.quiet ?? []) as LabelId[],
			settings: { ...rest.settings, ...(label?.settings ?? {}) },
			unchecked: label?.unchecked,
			rubric: label?.rubric,
			note: label?.note
		});
	}
	return { items, unlabelled, problems };
}

export const excerpt = (text: string, max = 70) => {
	const flat = text.replace(/\s+/g, ' ').trim();
	return flat.length <= max ? flat : `${flat.slice(0, max - 1)}…`;
};

/** The course's examples, labelled, as corpus items (throws nothing: read `problems`). */
export function loadCourseCorpus(root = COURSES_DIR, labelsPath = COURSE_LABELS): LabelledCourse & { extraction: Extraction } {
	const extraction = extractCourseExamples(root);
	return { ...labelCourseExamples(extraction, loadCourseLabels(labelsPath)), extraction };
}
