import { describe, expect, it } from 'vitest';
import { loadCourses } from '../content/load';
import { sideFileValidators } from '../content/side-files';
import { parseQuizData, validateQuizFile } from './schema';
import { sampleQuizData } from './testing';

type Data = typeof sampleQuizData;
const edit = (change: (data: Data) => void) => {
	const data = structuredClone(sampleQuizData);
	change(data);
	return validateQuizFile(data);
};
const fields = (errors: { field: string; message: string }[]) => errors.map((e) => `${e.field}: ${e.message}`);

describe('quiz.yaml validation', () => {
	it('accepts the sample, with defaults filled in', () => {
		const { quiz } = parseQuizData(sampleQuizData);
		expect(quiz).toMatchObject({ counts: 'best', reveal: 'after_each_attempt', shuffle_questions: false, shuffle_options: false });
		expect(quiz!.questions[1]).toMatchObject({ scoring: 'partial', points: 1 });
	});

	it("checks that a question's section is a heading of the lesson", () => {
		const data = structuredClone(sampleQuizData);
		Object.assign(data.questions[0], { section: 'who-owns-accounts' });
		Object.assign(data.questions[1], { section: 'no-such-heading' });
		expect(fields(validateQuizFile(data, { headings: ['who-owns-accounts', 'tone'] }))).toEqual([
			'questions.1.section: "no-such-heading" is not a heading of the English lesson (index.md): who-owns-accounts, tone'
		]);
		expect(fields(validateQuizFile(data, { headings: ['who-owns-accounts', 'no-such-heading'], parallelHeadings: false }))).toEqual([
			'questions.0.section: index.fr.md does not have the same h2/h3 headings as index.md, in the same order, so this section cannot be found in French',
			'questions.1.section: index.fr.md does not have the same h2/h3 headings as index.md, in the same order, so this section cannot be found in French'
		]);
	});

	it('names the field of an empty French text', () => {
		const errors = edit((d) => ((d.questions[0] as { options: { text: { fr: string } }[] }).options[1].text.fr = '  '));
		expect(fields(errors)).toEqual(['questions.0.options.1.text.fr: must not be empty']);
	});

	it('says a missing field is required, and names unknown fields', () => {
		expect(fields(edit((d) => delete (d as Partial<Data>).pass_mark))).toEqual(['pass_mark: is required']);
		expect(fields(edit((d) => Object.assign(d.questions[2], { hint: 'x' })))).toEqual(['questions.2: unknown field(s) hint']);
	});

	it('rejects an unknown question type by name', () => {
		const errors = edit((d) => (d.questions[2].type = 'essay'));
		expect(errors[0].field).toBe('questions.2.type');
		expect(errors[0].message).toContain('single_choice');
	});

	it('finds duplicated question ids and duplicated option ids', () => {
		expect(fields(edit((d) => (d.questions[3].id = 'single')))).toEqual(['questions.3.id: "single" is also the id of questions.0']);
		expect(fields(edit((d) => ((d.questions[1] as { options: { id: string }[] }).options[3].id = 'a')))).toEqual([
			'questions.1.options.3.id: "a" is also used by options.0 of this question'
		]);
		expect(fields(edit((d) => ((d.questions[5] as { distractors: { id: string }[] }).distractors[0].id = 'dog')))).toEqual([
			'questions.5.distractors.0.id: "dog" is also used by pairs.1 of this question'
		]);
	});

	it('needs exactly one correct option in a single choice, and one better post', () => {
		expect(fields(edit((d) => ((d.questions[0] as { options: { correct?: boolean }[] }).options[0].correct = true)))).toEqual([
			'questions.0.options: mark exactly one option "correct: true" (found 2)'
		]);
		expect(fields(edit((d) => ((d.questions[6] as { posts: { better?: boolean }[] }).posts[0].better = false)))).toEqual([
			'questions.6.posts: mark exactly one post "better: true" (found 0)'
		]);
	});

	it('checks the pattern is a regular expression', () => {
		const errors = edit((d) => ((d.questions[3] as { pattern: string }).pattern = '(unclosed'));
		expect(errors[0].field).toBe('questions.3.pattern');
		expect(errors[0].message).toMatch(/^is not a valid regular expression/);
	});

	it('checks the draw fits the pool, and that a last attempt exists to reveal after', () => {
		expect(fields(edit((d) => Object.assign(d, { draw: 9 })))).toEqual(['draw: cannot draw 9 questions from a pool of 7']);
		expect(fields(edit((d) => Object.assign(d, { attempts: 'unlimited', reveal: 'after_last_attempt' })))[0]).toMatch(/^reveal: after_last_attempt needs/);
		expect(edit((d) => Object.assign(d, { attempts: 'unlimited' }))).toEqual([]);
		expect(fields(edit((d) => Object.assign(d, { attempts: 0 })))).toEqual(['attempts: must be a whole number from 1 to 50, or unlimited']);
	});

	it('runs for courses:check through the side-file registry, naming the file', () => {
		const dir = 'courses/demo/01-intro';
		const lesson = (title: string) => `---\ntitle: ${title}\nminutes: 5\nobjectives: [Know]\n---\nBody`;
		const files = {
			'courses/demo/course.md': '---\ntitle: Demo\ntitle_fr: Démo\nsummary: S\nsummary_fr: S\nestimated_hours: 1\n---\n',
			[`${dir}/index.md`]: lesson('Intro'),
			[`${dir}/index.fr.md`]: '---\ntitle: Intro\nobjectives: [Savoir]\n---\nCorps',
			[`${dir}/quiz.yaml`]: 'pass_mark: 80\nattempts: 2\nquestions: []\n'
		};
		const { errors } = loadCourses('courses', files, new Set(), sideFileValidators);
		expect(errors).toEqual([{ file: `${dir}/quiz.yaml`, field: 'questions', message: 'must list at least one question' }]);
	});
});
