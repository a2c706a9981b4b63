import { describe, expect, it } from 'vitest';
import { gradeAttempt, gradeQuestion, normalizeText } from './grade';
import type { Question, QuestionOf } from './schema';
import { sampleAnswers, sampleQuiz } from './testing';

const quiz = sampleQuiz();
const question = <T extends Question['type']>(type: T) => quiz.questions.find((q) => q.type === type) as QuestionOf<T>;
const grade = (type: Question['type'], answer: unknown) => gradeQuestion(question(type), answer);
const credit = (type: Question['type'], answer: unknown) => grade(type, answer).credit;

describe('single choice', () => {
	it('earns full credit only for the correct option', () => {
		expect(grade('single_choice', 'b')).toEqual({ id: 'single', credit: 1, answered: true });
		expect(grade('single_choice', 'a')).toEqual({ id: 'single', credit: 0, answered: true });
	});
	it('counts an empty, unknown or malformed answer as unanswered', () => {
		for (const answer of [null, undefined, '', 'zzz', ['b'], 2, { b: true }]) {
			expect(grade('single_choice', answer), JSON.stringify(answer)).toEqual({ id: 'single', credit: 0, answered: false });
		}
	});
});

describe('multiple response, partial credit (right minus wrong, over the number of correct options)', () => {
	it('gives full credit for exactly the correct options, in any order', () => {
		expect(credit('multiple_response', ['b', 'a'])).toBe(1);
	});
	it('gives half for one of two correct options', () => {
		expect(credit('multiple_response', ['a'])).toBe(0.5);
	});
	it('takes a share away for each wrong option', () => {
		expect(credit('multiple_response', ['a', 'b', 'c'])).toBe(0.5);
		expect(credit('multiple_response', ['a', 'c'])).toBe(0);
	});
	it('never goes below zero', () => {
		expect(credit('multiple_response', ['c', 'd'])).toBe(0);
		expect(credit('multiple_response', ['a', 'c', 'd'])).toBe(0);
	});
	it('cannot be gamed by ticking everything', () => {
		expect(credit('multiple_response', ['a', 'b', 'c', 'd'])).toBe(0);
	});
	it('counts a duplicated id once', () => {
		expect(credit('multiple_response', ['a', 'a', 'a'])).toBe(0.5);
	});
	it('ignores unknown ids and non-text entries', () => {
		expect(grade('multiple_response', ['a', 'nope', 7, null])).toEqual({ id: 'multi', credit: 0.5, answered: true });
		expect(grade('multiple_response', ['nope'])).toEqual({ id: 'multi', credit: 0, answered: false });
	});
	it('treats an empty or malformed answer as unanswered', () => {
		for (const answer of [[], null, 'a', { a: true }]) expect(grade('multiple_response', answer).answered, JSON.stringify(answer)).toBe(false);
	});
	it('all or nothing: only the exact set earns credit', () => {
		const strict = { ...question('multiple_response'), scoring: 'all_or_nothing' as const };
		expect(gradeQuestion(strict, ['a', 'b']).credit).toBe(1);
		expect(gradeQuestion(strict, ['a']).credit).toBe(0);
		expect(gradeQuestion(strict, ['a', 'b', 'c']).credit).toBe(0);
	});
});

describe('true or false', () => {
	it('compares with the answer', () => {
		expect(grade('true_false', true)).toEqual({ id: 'tf', credit: 1, answered: true });
		expect(grade('true_false', false)).toEqual({ id: 'tf', credit: 0, answered: true });
	});
	it('accepts only a boolean', () => {
		for (const answer of ['true', 1, null, undefined]) expect(grade('true_false', answer).answered).toBe(false);
	});
});

describe('short text', () => {
	it('ignores case and extra spaces', () => {
		expect(credit('short_text', '  HELLO    world ')).toBe(1);
		expect(credit('short_text', 'hello\tworld')).toBe(1);
	});
	it('accepts the answers of both languages', () => {
		expect(credit('short_text', 'Bonjour le Monde')).toBe(1);
	});
	it('accepts what the pattern matches, whole answer only', () => {
		expect(credit('short_text', 'Hiii')).toBe(1);
		expect(credit('short_text', 'oh hi there')).toBe(0);
	});
	it('does not accept a partial answer', () => {
		expect(grade('short_text', 'hello')).toEqual({ id: 'text', credit: 0, answered: true });
	});
	it('treats blank or non-text as unanswered', () => {
		for (const answer of ['', '   ', null, 42, ['hello world']]) expect(grade('short_text', answer).answered).toBe(false);
	});
	it('normalizes typographic apostrophes and Unicode forms', () => {
		expect(normalizeText('L’appel  À l’ACTION')).toBe("l'appel à l'action");
		expect(normalizeText('e\u0301')).toBe(normalizeText('é'));
	});
});

describe('ordering, partial credit (share of items in their right place)', () => {
	it('gives full credit for the authored order', () => {
		expect(credit('ordering', { one: 1, two: 2, three: 3, four: 4 })).toBe(1);
	});
	it('gives a share for items in the right place', () => {
		expect(credit('ordering', { one: 1, two: 2, three: 4, four: 3 })).toBe(0.5);
		expect(credit('ordering', { one: 4, two: 3, three: 2, four: 1 })).toBe(0);
	});
	it('gives repeated positions no extra credit', () => {
		expect(credit('ordering', { one: 1, two: 1, three: 1, four: 1 })).toBe(0.25);
	});
	it('ignores unknown items and positions that are not whole numbers', () => {
		expect(grade('ordering', { one: 1, ghost: 2, two: '2', three: 2.5 })).toEqual({ id: 'order', credit: 0.25, answered: true });
	});
	it('treats an empty answer as unanswered', () => {
		for (const answer of [{}, null, [1, 2, 3, 4]]) expect(grade('ordering', answer)).toEqual({ id: 'order', credit: 0, answered: false });
	});
	it('all or nothing: one misplaced item loses everything', () => {
		const strict = { ...question('ordering'), scoring: 'all_or_nothing' as const };
		expect(gradeQuestion(strict, { one: 1, two: 2, three: 3, four: 4 }).credit).toBe(1);
		expect(gradeQuestion(strict, { one: 1, two: 2, three: 4, four: 3 }).credit).toBe(0);
	});
});

describe('matching, partial credit (share of prompts matched)', () => {
	it('gives full credit when every prompt has its answer', () => {
		expect(credit('matching', { cat: 'cat', dog: 'dog' })).toBe(1);
	});
	it('gives a share per right match, distractors earn nothing', () => {
		expect(credit('matching', { cat: 'cat', dog: 'moo' })).toBe(0.5);
		expect(credit('matching', { cat: 'dog', dog: 'cat' })).toBe(0);
	});
	it('allows using an answer twice, but it is right for one prompt only', () => {
		expect(credit('matching', { cat: 'cat', dog: 'cat' })).toBe(0.5);
	});
	it('ignores unknown prompts and answers', () => {
		expect(grade('matching', { cat: 'cat', cow: 'moo', dog: 'bark' })).toEqual({ id: 'match', credit: 0.5, answered: true });
		expect(grade('matching', { dog: 'bark' })).toEqual({ id: 'match', credit: 0, answered: false });
	});
	it('all or nothing: every pair must match', () => {
		const strict = { ...question('matching'), scoring: 'all_or_nothing' as const };
		expect(gradeQuestion(strict, { cat: 'cat', dog: 'dog' }).credit).toBe(1);
		expect(gradeQuestion(strict, { cat: 'cat' }).credit).toBe(0);
	});
});

describe('which post is better', () => {
	it('earns credit for the better post only', () => {
		expect(grade('better_post', 'good')).toEqual({ id: 'post', credit: 1, answered: true });
		expect(grade('better_post', 'bad')).toEqual({ id: 'post', credit: 0, answered: true });
	});
	it('counts an unknown post as unanswered', () => {
		expect(grade('better_post', 'other').answered).toBe(false);
		expect(grade('better_post', undefined).answered).toBe(false);
	});
});

describe('a whole attempt', () => {
	const layout = quiz.questions.map((q) => ({ id: q.id, order: [] }));

	it('scores every question right as 100 and passes', () => {
		const result = gradeAttempt(quiz, layout, sampleAnswers);
		expect(result.score).toBe(100);
		expect(result.passed).toBe(true);
		expect(result.results.every((r) => r.credit === 1 && r.answered)).toBe(true);
	});

	it('scores an empty attempt as 0 and fails', () => {
		const result = gradeAttempt(quiz, layout, {});
		expect(result).toMatchObject({ score: 0, passed: false });
		expect(result.results.every((r) => !r.answered)).toBe(true);
	});

	it('weighs questions by their points and rounds to two decimals', () => {
		const weighted = sampleQuiz({ questions: sampleQuiz().questions.map((q) => (q.id === 'single' ? { ...q, points: 3 } : q)) });
		// 3 points earned out of 9 (single is worth 3, the six others 1 each).
		expect(gradeAttempt(weighted, layout, { single: 'b' }).score).toBe(33.33);
	});

	it('passes exactly at the pass mark, not below', () => {
		const quarter = sampleQuiz({ pass_mark: 50, questions: sampleQuiz().questions.filter((q) => ['single', 'multi'].includes(q.id)) });
		const two = [
			{ id: 'single', order: [] },
			{ id: 'multi', order: [] }
		];
		expect(gradeAttempt(quarter, two, { single: 'b' })).toMatchObject({ score: 50, passed: true });
		expect(gradeAttempt(quarter, two, { multi: ['a', 'b', 'c'] })).toMatchObject({ score: 25, passed: false });
	});

	it('grades only the drawn questions', () => {
		expect(gradeAttempt(quiz, [{ id: 'tf', order: [] }], { tf: true, single: 'a' })).toMatchObject({ score: 100, passed: true });
	});

	it('counts a drawn question that has since been removed from the quiz as wrong', () => {
		const result = gradeAttempt(
			quiz,
			[
				{ id: 'tf', order: [] },
				{ id: 'gone', order: [] }
			],
			{ tf: true }
		);
		expect(result.score).toBe(50);
		expect(result.results[1]).toEqual({ id: 'gone', credit: 0, answered: false });
	});
});
