import { describe, expect, it } from 'vitest';
import { GRACE_MS, isOverdue, revealsAnswers, quizStandingOf } from './rules';
import { sampleQuiz } from './testing';

const failed = (score = 40) => ({ submittedAt: 1, score, passed: false });
const passed = (score = 90) => ({ submittedAt: 1, score, passed: true });
const open = { submittedAt: null, score: null, passed: null };

describe('where a trainee stands', () => {
	const quiz = sampleQuiz({ attempts: 2 });

	it('starts with every attempt left', () => {
		expect(quizStandingOf(quiz, [], 0)).toEqual({ allowed: 2, used: 0, left: 2, passed: false, scoreOfRecord: null, inProgress: false, canStart: true });
	});

	it('counts an attempt in progress as used, and offers to resume rather than start', () => {
		expect(quizStandingOf(quiz, [failed(), open], 0)).toMatchObject({ used: 2, left: 0, inProgress: true, canStart: false, scoreOfRecord: 40 });
	});

	it('stops when the attempts are used, until an extra one is granted', () => {
		expect(quizStandingOf(quiz, [failed(), failed()], 0)).toMatchObject({ left: 0, canStart: false });
		expect(quizStandingOf(quiz, [failed(), failed()], 1)).toMatchObject({ allowed: 3, left: 1, canStart: true });
	});

	it('keeps the best or the last score, as the quiz says', () => {
		const attempts = [passed(90), failed(60)];
		expect(quizStandingOf(quiz, attempts, 0)).toMatchObject({ scoreOfRecord: 90, passed: true });
		expect(quizStandingOf(sampleQuiz({ counts: 'last' }), attempts, 0)).toMatchObject({ scoreOfRecord: 60, passed: true });
	});

	it('never runs out with unlimited attempts', () => {
		expect(quizStandingOf(sampleQuiz({ attempts: 'unlimited' }), Array(40).fill(failed()), 0)).toMatchObject({ allowed: null, left: null, canStart: true });
	});
});

describe('when answers are revealed', () => {
	const reveal = (policy: string, attempts: Parameters<typeof quizStandingOf>[1], extra = 0) => {
		const quiz = sampleQuiz({ attempts: 2, reveal: policy });
		return revealsAnswers(quiz, quizStandingOf(quiz, attempts, extra));
	};

	it('after each attempt: always', () => {
		expect(reveal('after_each_attempt', [failed()])).toBe(true);
	});

	it('once passed: only after a passing attempt', () => {
		expect(reveal('once_passed', [failed()])).toBe(false);
		expect(reveal('once_passed', [failed(), passed()])).toBe(true);
	});

	it('after the last attempt: not while one is left or in progress, nor after an extra one is granted', () => {
		expect(reveal('after_last_attempt', [failed()])).toBe(false);
		expect(reveal('after_last_attempt', [failed(), open])).toBe(false);
		expect(reveal('after_last_attempt', [failed(), failed()])).toBe(true);
		expect(reveal('after_last_attempt', [failed(), failed()], 1)).toBe(false);
	});
});

describe('the time limit', () => {
	it('allows the grace period for answers on their way, and no more', () => {
		expect(isOverdue(null, Number.MAX_SAFE_INTEGER)).toBe(false);
		expect(isOverdue(1000, 1000 + GRACE_MS)).toBe(false);
		expect(isOverdue(1000, 1001 + GRACE_MS)).toBe(true);
	});
});
