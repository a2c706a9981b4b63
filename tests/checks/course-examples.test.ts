import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import {
	examplePostTags,
	extractCourseExamples,
	labelCourseExamples,
	loadCourseLabels,
	plainLanguageOf,
	quotedDrafts,
	slug,
	type CourseExample
} from './course-examples';

const COURSE = 'courses/social-media-bootcamp';
const modules = readdirSync(COURSE, { withFileTypes: true })
	.filter((d) => d.isDirectory())
	.map((d) => d.name);
const read = (module: string, file: string) => readFileSync(join(COURSE, module, file), 'utf8');

describe('extraction from the real course', () => {
	const extraction = extractCourseExamples();
	const of = (origin: string) => extraction.examples.filter((e) => e.origin === origin);

	it('finds every <ExamplePost> with a verdict, and skips (but counts) those without', () => {
		const lessons = modules.flatMap((m) => ['index.md', 'index.fr.md'].map((f) => read(m, f)));
		const tags = lessons.flatMap((body) => body.match(/<ExamplePost\b[\s\S]*?\/>/g) ?? []);
		const withVerdict = tags.filter((tag) => /verdict="(good|bad)"/.test(tag)).length;
		expect(withVerdict).toBeGreaterThan(80);
		expect(of('lesson').length + extraction.duplicates).toBe(withVerdict);
		expect(extraction.skippedNoVerdict).toBe(tags.length - withVerdict);
	});

	it('takes each better_post quiz post in both languages, good only when it is the better one', () => {
		const posts = modules.flatMap((m) =>
			(parse(read(m, 'quiz.yaml')).questions as { type: string; posts?: { better?: boolean; text: { en: string; fr: string } }[] }[])
				.filter((q) => q.type === 'better_post')
				.flatMap((q) => q.posts ?? [])
		);
		const expected = posts.reduce((n, p) => n + (p.text.en === p.text.fr ? 1 : 2), 0);
		expect(of('quiz')).toHaveLength(expected);
		expect(of('quiz').filter((e) => e.verdict === true)).toHaveLength(posts.filter((p) => p.better).reduce((n, p) => n + (p.text.en === p.text.fr ? 1 : 2), 0));
	});

	it('takes every model answer once per platform the exercise offers, with its alt texts and the scenario’s settings', () => {
		const boardwalk = of('model answer').filter((e) => e.key.startsWith('04-accessibility/exercise.yaml:model@'));
		// Once per platform and per language the trainee may write in.
		const english = boardwalk.filter((e) => e.lang === 'en');
		const french = boardwalk.filter((e) => e.lang === 'fr');
		expect(english.map((e) => e.platform).sort()).toEqual(['bluesky', 'facebook', 'x']);
		expect(french.map((e) => e.platform).sort()).toEqual(['bluesky', 'facebook', 'x']);
		expect(english[0].alts[0]).toMatch(/^A person using a wheelchair/);
		expect(french[0].alts[0]).toMatch(/^Une personne en fauteuil roulant/);
		expect(english[0].text).not.toMatch(/Alt text/);
		expect(french[0].text).not.toMatch(/Texte de remplacement/);
		expect(english[0].settings).toMatchObject({ emojiMax: 2, officialDomains: ['ontarioparks.ca', 'ontario.ca'] });

		const pair = of('model answer').find((e) => e.key.startsWith('05-french/exercise.yaml:model@x'))!;
		expect(pair.task).toBe('bilingual');
		expect(pair.french).toMatch(/^La nouvelle Subvention Sentiers du Nord/);
		expect(pair.frenchAlts[0]).toMatch(/^Une personne bénévole/);

		const thread = of('model answer').find((e) => e.key.startsWith('09-measuring/exercise.yaml:model@x'))!;
		expect(thread.task).toBe('thread');
		expect(thread.more).toHaveLength(3);
	});

	it('takes a drill’s model replies, public replies as public', () => {
		const drill = of('model answer').filter((e) => e.key.startsWith('07-issues-management/exercise.yaml:'));
		expect(drill.length).toBeGreaterThanOrEqual(4);
		expect(drill.find((e) => e.key.includes(':worried-parent@'))).toMatchObject({ task: 'reply', publicReply: true });
		expect(drill.find((e) => e.key.includes(':sick-child@'))).toMatchObject({ task: 'reply', publicReply: false });
		expect(drill.find((e) => e.key.includes(':county-rumour@'))).toMatchObject({ task: 'compose' });
		expect(drill.some((e) => e.text.startsWith('See each message'))).toBe(false);
	});

	it('gives every example a unique key, and every bad example in the course a label', () => {
		const keys = extraction.examples.map((e) => e.key);
		expect(new Set(keys).size).toBe(keys.length);
		expect(labelCourseExamples(extraction, loadCourseLabels()).problems).toEqual([]);
	});
});

describe('labels', () => {
	const example = (key: string, verdict: boolean | null): CourseExample => ({
		key,
		origin: 'lesson',
		verdict,
		platform: 'x',
		task: 'compose',
		publicReply: false,
		lang: 'en',
		text: 'Click here: bit.ly/x',
		alts: [],
		frenchAlts: [],
		more: [],
		settings: {},
		source: 'lesson.md:3'
	});
	const extraction = {
		examples: [example('m/index.md:bad', false), example('m/index.md:good', true), example('m/quiz.yaml:other', null)],
		skippedNoVerdict: 0,
		duplicates: 0
	};

	it('reports a bad example without a label, naming it and how to label it', () => {
		const { problems } = labelCourseExamples(extraction, {});
		expect(problems).toHaveLength(1);
		expect(problems[0]).toMatch(/lesson.md:3: the bad example "Click here: bit.ly\/x" has no label/);
		expect(problems[0]).toMatch(/"m\/index.md:bad":\n\s+fires: \[/);
	});

	it('accepts a bad example the lesson leaves to the rubric, with why, in place of the checks it fires', () => {
		const { problems, items } = labelCourseExamples(extraction, { 'm/index.md:bad': { rubric: 'tone', fires: [], quiet: [] } });
		expect(problems).toEqual([]);
		expect(items.find((i) => i.key === 'm/index.md:bad')).toMatchObject({ good: false, rubric: 'tone', fires: [] });
	});

	it('reports a label that matches no example', () => {
		const { problems } = labelCourseExamples(extraction, {
			'm/index.md:bad': { fires: ['url_shortener'], quiet: [] },
			'm/index.md:gone': { fires: [], quiet: [] }
		});
		expect(problems).toEqual([expect.stringMatching(/"m\/index.md:gone" matches no example/)]);
	});

	it('judges a quiz post that is not the better one only when labelled, and applies a label’s settings', () => {
		const bare = labelCourseExamples(extraction, { 'm/index.md:bad': { unchecked: 'tone', fires: [], quiet: [] } });
		expect(bare.items.map((i) => i.key)).toEqual(['m/index.md:bad', 'm/index.md:good']);
		expect(bare.unlabelled).toBe(1);
		const labelled = labelCourseExamples(extraction, {
			'm/index.md:bad': { fires: ['descriptive_links'], quiet: [] },
			'm/quiz.yaml:other': { fires: ['url_shortener'], quiet: [], settings: { officialDomains: ['ontarioparks.ca'] } }
		});
		expect(labelled.items.find((i) => i.key === 'm/quiz.yaml:other')).toMatchObject({
			good: false,
			fires: ['url_shortener'],
			settings: { officialDomains: ['ontarioparks.ca'] }
		});
	});
});

describe('parsing', () => {
	it('reads <ExamplePost> attributes holding ">" and line breaks, and decodes entities', () => {
		const [tag] = examplePostTags('Intro\n<ExamplePost platform="x" text="A > B\nC &amp; D" verdict="good" />\nafter');
		expect(tag).toEqual({ attributes: { platform: 'x', text: 'A > B\nC & D', verdict: 'good' }, line: 2 });
	});

	it('finds a draft quoted after a colleague’s introduction, and not other quotations', () => {
		expect(quotedDrafts('A colleague left you this draft:\n\n“NEW trail!! #nature”\n\nMore.')).toEqual(['NEW trail!! #nature']);
		expect(quotedDrafts('Un collègue vous a laissé ce brouillon :\n\n« Nouveau sentier! »')).toEqual(['Nouveau sentier!']);
		expect(quotedDrafts('The platform wrote:\n\n“May be an image of 2 people.”')).toEqual([]);
		expect(quotedDrafts('Your manager adds: “Can we lead with that?”')).toEqual([]);
	});

	it('makes short stable keys and tells plain English from plain French', () => {
		expect(slug('Étudiantes et étudiants : les emplois d’été sont ouverts')).toBe('etudiantes-et-etudiants-les-emplois-dete');
		expect(plainLanguageOf('Votre permis de conduire arrive à échéance? Vous pouvez le renouveler en ligne.')).toBe('fr');
		expect(plainLanguageOf('Is your licence about to expire? You can renew it online at the page.')).toBe('en');
		expect(plainLanguageOf('Ontario Parks')).toBeNull();
	});
});
