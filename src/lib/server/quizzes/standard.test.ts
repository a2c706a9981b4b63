import { describe, expect, it } from 'vitest';
import { parseQuizData } from './schema';
import { quizStandardProblems } from './standard';
import { sampleQuizData } from './testing';

/** The sample quiz (7 questions), every question given a section, with the settings changed. */
const quiz = (settings: Record<string, unknown>, sections = true) => {
	const data = structuredClone(sampleQuizData) as Record<string, unknown> & { questions: Record<string, unknown>[] };
	if (sections) data.questions.forEach((q) => (q.section = 'a-heading'));
	return parseQuizData({ ...data, ...settings }).quiz!;
};
const fields = (problems: { field: string; message: string }[]) => problems.map((p) => `${p.field}: ${p.message}`);

describe('the course standard for quizzes', () => {
	it('accepts a pool of at least 1.5 times the draw', () => {
		expect(quizStandardProblems(quiz({ draw: 4 }))).toEqual([]); // 7 ≥ 6
	});

	it('refuses a pool smaller than 1.5 times the draw, and says what would fit', () => {
		expect(fields(quizStandardProblems(quiz({ draw: 5 })))).toEqual([
			'questions: a pool of 7 is too small to draw 5: it needs at least 8 questions (1.5 × the draw), or a draw of at most 4'
		]);
	});

	it('needs a draw: without one every attempt shows the whole pool', () => {
		expect(fields(quizStandardProblems(quiz({})))).toEqual([
			'draw: is required: each attempt draws its questions from a pool at least 1.5 times larger, so a second attempt is not the first one again (7 questions allow a draw of at most 4)'
		]);
	});

	it('needs every question to name the lesson section it tests', () => {
		const problems = quizStandardProblems(quiz({ draw: 4 }, false));
		expect(problems.map((p) => p.field)).toEqual([0, 1, 2, 3, 4, 5, 6].map((i) => `questions.${i}.section`));
		expect(problems[0].message).toMatch(/^is required: the id of the lesson heading/);
	});
});
