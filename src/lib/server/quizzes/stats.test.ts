import { describe, expect, it } from 'vitest';
import { correlation, quizStats, type StatsAttempt } from './stats';

const attempt = (userId: string, number: number, score: number, credits: Record<string, number>): StatsAttempt => ({
	userId,
	number,
	score,
	passed: score >= 50,
	results: Object.entries(credits).map(([id, credit]) => ({ id, credit }))
});

describe('correlation', () => {
	it('is 1, -1 or null for the simple cases', () => {
		expect(correlation([0, 1, 2], [1, 2, 3])).toBeCloseTo(1);
		expect(correlation([0, 1, 2], [3, 2, 1])).toBeCloseTo(-1);
		expect(correlation([1, 1, 1], [1, 2, 3])).toBeNull();
		expect(correlation([0, 1], [0, 1])).toBeNull();
	});
});

describe('quiz statistics', () => {
	it('is empty but safe with no attempts', () => {
		expect(quizStats(['a'], [])).toEqual({
			attempts: 0,
			traineesAttempted: 0,
			traineesPassed: 0,
			meanScore: null,
			passRate: null,
			questions: [{ id: 'a', answered: 0, facility: null, discrimination: null, flags: [] }]
		});
	});

	it('flags nothing on fewer than three answers', () => {
		const stats = quizStats(['a'], [attempt('u1', 1, 0, { a: 0 }), attempt('u2', 1, 0, { a: 0 })]);
		expect(stats.questions[0]).toMatchObject({ answered: 2, facility: 0, flags: [] });
	});

	it('analyses only each trainee’s first attempt, but counts every attempt in the totals', () => {
		const stats = quizStats(['a'], [attempt('u1', 2, 100, { a: 1 }), attempt('u1', 1, 0, { a: 0 }), attempt('u2', 1, 100, { a: 1 })]);
		expect(stats).toMatchObject({ attempts: 3, traineesAttempted: 2, traineesPassed: 2, meanScore: 200 / 3, passRate: 2 / 3 });
		expect(stats.questions[0]).toMatchObject({ answered: 2, facility: 0.5 });
	});

	it('flags questions that are too hard, too easy, or do not separate stronger from weaker trainees', () => {
		// q: everyone right (too easy); h: only the weakest right (hard, and negative); g: right for the two strongest.
		const stats = quizStats(
			['q', 'h', 'g', 'x', 'y'],
			[
				attempt('u1', 1, 80, { q: 1, h: 0, g: 1, x: 1, y: 1 }),
				attempt('u2', 1, 60, { q: 1, h: 0, g: 1, x: 1, y: 0 }),
				attempt('u3', 1, 20, { q: 1, h: 0, g: 0, x: 0, y: 0 }),
				attempt('u4', 1, 40, { q: 1, h: 1, g: 0, x: 0, y: 0 })
			]
		);
		const [q, h, g] = stats.questions;
		expect(q).toMatchObject({ facility: 1, discrimination: null, flags: ['easy'] });
		expect(h.facility).toBe(0.25);
		expect(h.flags).toEqual(['hard', 'negative']);
		// g against the mean of the other four questions (0.75, 0.5, 0.25, 0.5): r = 0.25 / √(1 × 0.125) = √½.
		expect(g.discrimination).toBeCloseTo(Math.SQRT1_2, 10);
		expect(g.flags).toEqual([]);
	});
});
