import { describe, expect, it } from 'vitest';
import { loadCourses } from './load';

const course = `---
title: Test
title_fr: Essai
summary: A course.
summary_fr: Un cours.
estimated_hours: 2
---
`;
const lesson = (extra = '', body = '## Hello\n\nText.') => `---
title: Lesson
minutes: 10
objectives:
  - Learn
${extra}---

${body}
`;
const lessonFr = (body = '## Bonjour\n\nTexte.') => `---
title: Leçon
objectives:
  - Apprendre
---

${body}
`;

/** A valid two-module course; each test breaks one thing. */
function files(overrides: Record<string, string | undefined> = {}) {
	const base: Record<string, string | undefined> = {
		'courses/demo/course.md': course,
		'courses/demo/01-first/index.md': lesson(),
		'courses/demo/01-first/index.fr.md': lessonFr(),
		'courses/demo/02-second/index.md': lesson('requires: [first]\n'),
		'courses/demo/02-second/index.fr.md': lessonFr(),
		...overrides
	};
	return Object.fromEntries(Object.entries(base).filter(([, v]) => v !== undefined)) as Record<string, string>;
}

const load = (overrides: Record<string, string | undefined> = {}, assets: string[] = []) => loadCourses('courses', files(overrides), new Set(assets));

describe('loadCourses', () => {
	it('loads a valid course with modules in order, slugs without their numbers', () => {
		const { courses, errors } = load();
		expect(errors).toEqual([]);
		expect(courses).toHaveLength(1);
		const [c] = courses;
		expect(c.title).toEqual({ en: 'Test', fr: 'Essai' });
		expect(c.modules.map((m) => [m.slug, m.position, m.requires])).toEqual([
			['first', 1, []],
			['second', 2, ['first']]
		]);
		expect(c.completion).toEqual({ modules: 'all', quizzes_passed: 'all', exercises_approved: 'all' });
	});

	it('gives each module a content version that changes when its text changes', () => {
		const before = load().courses[0].modules[0].version;
		const after = load({ 'courses/demo/01-first/index.fr.md': lessonFr('## Bonjour\n\nAutre texte.') }).courses[0].modules[0].version;
		expect(before).toMatch(/^[0-9a-f]{16}$/);
		expect(after).not.toBe(before);
		expect(load().courses[0].modules[1].version).toBe(load({ 'courses/demo/01-first/index.md': lesson('', 'Changed') }).courses[0].modules[1].version);
	});

	it('names the missing French file', () => {
		const { courses, errors } = load({ 'courses/demo/02-second/index.fr.md': undefined });
		expect(courses).toEqual([]);
		expect(errors).toEqual([{ file: 'courses/demo/02-second/index.fr.md', field: '(file)', message: expect.stringContaining('French lesson') }]);
	});

	it('names the field that is missing or wrong in frontmatter', () => {
		const { errors } = load({ 'courses/demo/01-first/index.md': '---\ntitle: Lesson\nminutes: soon\nobjectives: []\n---\n' });
		expect(errors.map((e) => [e.file, e.field])).toEqual([
			['courses/demo/01-first/index.md', 'minutes'],
			['courses/demo/01-first/index.md', 'objectives']
		]);
	});

	it('rejects unknown frontmatter fields, which are usually typos', () => {
		const { errors } = load({ 'courses/demo/01-first/index.md': lesson('minuts: 5\n') });
		expect(errors).toEqual([{ file: 'courses/demo/01-first/index.md', field: '(top level)', message: 'unknown field(s) minuts' }]);
	});

	it('reports a course.md that is missing or has bad YAML', () => {
		expect(load({ 'courses/demo/course.md': undefined }).errors).toEqual([
			{ file: 'courses/demo/course.md', field: '(file)', message: expect.stringContaining('course.md') }
		]);
		expect(load({ 'courses/demo/course.md': '---\ntitle: [oops\n---\n' }).errors[0]).toMatchObject({
			file: 'courses/demo/course.md',
			field: 'frontmatter',
			message: expect.stringContaining('not valid YAML')
		});
	});

	it('catches requires that point nowhere, at itself, or in a circle', () => {
		expect(load({ 'courses/demo/02-second/index.md': lesson('requires: [third]\n') }).errors).toEqual([
			{ file: 'courses/demo/02-second/index.md', field: 'requires', message: '"third" is not a module of this course' }
		]);
		expect(load({ 'courses/demo/02-second/index.md': lesson('requires: [second]\n') }).errors[0].message).toBe('a module cannot require itself');
		const circle = load({ 'courses/demo/01-first/index.md': lesson('requires: [second]\n') }).errors;
		expect(circle).toEqual([
			{ file: 'courses/demo/01-first/index.md', field: 'requires', message: 'modules require each other in a circle: first → second → first' }
		]);
	});

	it('wants module folders named NN-name, numbered once', () => {
		const badName = load({ 'courses/demo/Third/index.md': lesson(), 'courses/demo/Third/index.fr.md': lessonFr() }).errors;
		expect(badName).toEqual([{ file: 'courses/demo/Third', field: 'folder name', message: expect.stringContaining('NN-name') }]);
		const twice = load({ 'courses/demo/02-other/index.md': lesson(), 'courses/demo/02-other/index.fr.md': lessonFr() }).errors;
		expect(twice).toEqual([{ file: 'courses/demo/02-second', field: 'folder name', message: 'number 02 is also used by 02-other' }]);
	});

	it('refuses images without alt text and files that are not there', () => {
		const body = '<Figure src="./chart.svg" alt="" />\n\n![](./photo.png)\n\n<Figure src="./missing.svg" alt="A chart" />';
		const { errors } = load({ 'courses/demo/01-first/index.md': lesson('', body) }, ['courses/demo/01-first/chart.svg', 'courses/demo/01-first/photo.png']);
		// The lesson's frontmatter takes lines 1–6, a blank line 7: the body starts on line 8.
		expect(errors.map((e) => `${e.field}: ${e.message}`)).toEqual([
			'Figure alt (line 8): an image needs alt text that says what it shows',
			'Figure src (line 12): "./missing.svg" does not exist beside the lesson',
			'image alt (line 10): an image needs alt text: ![what it shows](file)'
		]);
		expect(errors.every((e) => e.file === 'courses/demo/01-first/index.md')).toBe(true);
	});

	it('refuses a video without a captions track', () => {
		const body = '<Video src="./intro.mp4" title="Intro" />';
		const { errors } = load({ 'courses/demo/01-first/index.fr.md': lessonFr(body) }, ['courses/demo/01-first/intro.mp4']);
		expect(errors).toEqual([
			{ file: 'courses/demo/01-first/index.fr.md', field: 'Video captions (line 7)', message: 'a video needs a captions track (a .vtt file)' }
		]);
	});

	it('checks the values given to callouts and example posts', () => {
		const body = '<Callout type="note">x</Callout>\n<ExamplePost platform="myspace" text="Hi" />';
		expect(load({ 'courses/demo/01-first/index.md': lesson('', body) }).errors.map((e) => e.field)).toEqual([
			'Callout type (line 8)',
			'ExamplePost platform (line 9)'
		]);
	});

	it('knows the settings a course declares, and refuses a lesson naming another', () => {
		const withSetting = course.replace(
			'estimated_hours: 2\n',
			'estimated_hours: 2\nsettings:\n  response_time:\n    label: Response time\n    label_fr: Délai\n    en: one day\n    fr: un jour\n'
		);
		const ok = load({ 'courses/demo/course.md': withSetting, 'courses/demo/01-first/index.md': lesson('', 'Within <Setting name="response_time" />.') });
		expect(ok.errors).toEqual([]);
		expect(ok.courses[0].settings.response_time).toEqual({ label: 'Response time', label_fr: 'Délai', en: 'one day', fr: 'un jour' });
		const typo = load({ 'courses/demo/course.md': withSetting, 'courses/demo/01-first/index.md': lesson('', 'Within <Setting name="reponse_time" />.') });
		expect(typo.errors).toEqual([
			{
				file: 'courses/demo/01-first/index.md',
				field: 'Setting name (line 8)',
				message: '"reponse_time" is not a setting of this course (course.md settings: response_time)'
			}
		]);
	});

	it('checks the completion rule against the modules', () => {
		const rule = course.replace('---\n', '---\ncompletion:\n  modules: [first, third]\n  quizzes_passed: [second]\n');
		const { errors } = load({ 'courses/demo/course.md': rule.replace(/^---\ncompletion/, '---\ncompletion') });
		expect(errors).toEqual([
			{ file: 'courses/demo/course.md', field: 'completion.modules', message: '"third" is not a module of this course' },
			{ file: 'courses/demo/course.md', field: 'completion.quizzes_passed', message: 'module "second" has no quiz.yaml' }
		]);
	});

	it('runs the validators other domains register for the files beside a lesson', () => {
		const quiz = (data: unknown) => ((data as { pass_mark?: number }).pass_mark ? [] : [{ field: 'pass_mark', message: 'is required' }]);
		const result = loadCourses('courses', files({ 'courses/demo/01-first/quiz.yaml': 'questions: []\n' }), new Set(), { 'quiz.yaml': quiz });
		expect(result.errors).toEqual([{ file: 'courses/demo/01-first/quiz.yaml', field: 'pass_mark', message: 'is required' }]);
		const broken = loadCourses('courses', files({ 'courses/demo/01-first/quiz.yaml': 'a: [' }), new Set());
		expect(broken.errors[0]).toMatchObject({ file: 'courses/demo/01-first/quiz.yaml', message: expect.stringContaining('not valid YAML') });
	});

	it('keeps a valid course when another one is broken', () => {
		const { courses, errors } = loadCourses('courses', { ...files(), 'courses/broken/course.md': course }, new Set());
		expect(courses.map((c) => c.slug)).toEqual(['demo']);
		expect(errors).toEqual([{ file: 'courses/broken', field: '(folder)', message: expect.stringContaining('at least one module') }]);
	});

	it('reads the unlock rule, on_approval unless course.md says otherwise, and names a bad value', () => {
		expect(load().courses[0].unlock).toBe('on_approval');
		const withUnlock = (value: string) => course.replace('estimated_hours: 2\n', `estimated_hours: 2\nunlock: ${value}\n`);
		expect(load({ 'courses/demo/course.md': withUnlock('on_submit') }).courses[0].unlock).toBe('on_submit');
		expect(load({ 'courses/demo/course.md': withUnlock('on_review') }).errors).toEqual([
			{ file: 'courses/demo/course.md', field: 'unlock', message: 'must be on_submit or on_approval' }
		]);
	});
});
