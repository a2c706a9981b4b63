import { describe, expect, it } from 'vitest';
import { burnUp, funnel, scoreDistributions } from './charts';
import type { TraineeProgress } from '$lib/dashboards/types';
import { evenly, scheduleOf } from './schedule';

const at = (date: string) => Date.parse(`${date}T17:00:00Z`);
const modules = [
	{ slug: 'one', title: 'One', position: 1 },
	{ slug: 'two', title: 'Two', position: 2 }
];

describe('burn-up', () => {
	// Four days, two modules (due on day 2 and day 4), two trainees: four module completions in all.
	const schedule = scheduleOf('2027-01-01', '2027-01-05', evenly(2));

	it('shows the share done each day beside the share due, and nothing for days to come', () => {
		expect(burnUp(schedule, 2, [at('2027-01-02'), at('2027-01-02'), at('2027-01-03')], at('2027-01-03'))).toEqual([
			{ date: '2027-01-01', expected: 0, actual: 0 },
			{ date: '2027-01-02', expected: 0, actual: 50 },
			{ date: '2027-01-03', expected: 50, actual: 75 },
			{ date: '2027-01-04', expected: 50, actual: null },
			{ date: '2027-01-05', expected: 100, actual: null }
		]);
	});

	it('counts work done before the start on the first day, and runs on past the end to the latest completion', () => {
		const points = burnUp(schedule, 1, [at('2026-12-30'), at('2027-01-07')], at('2027-01-10'));
		expect(points[0]).toEqual({ date: '2027-01-01', expected: 0, actual: 50 });
		expect(points.at(-1)).toEqual({ date: '2027-01-07', expected: 100, actual: 100 });
	});
});

describe('module funnel', () => {
	it('counts who started and who completed each module', () => {
		const trainee = (statuses: TraineeProgress['statuses']) => ({ statuses }) as TraineeProgress;
		expect(funnel(modules, [trainee(['completed', 'needs_review']), trainee(['completed', 'not_started']), trainee(['in_progress', 'not_started'])])).toEqual([
			{ slug: 'one', title: 'One', started: 3, completed: 2 },
			{ slug: 'two', title: 'Two', started: 1, completed: 0 }
		]);
	});
});

describe('quiz score distribution', () => {
	it('puts every scored attempt in a band of ten points, 100 with the nineties', () => {
		const attempt = (score: number | null, passed: boolean | null) => ({ userId: 'u', moduleSlug: 'two', at: 0, score, passed });
		expect(scoreDistributions(modules, [attempt(0, false), attempt(45, false), attempt(90, true), attempt(100, true), attempt(null, null)])).toEqual([
			{ slug: 'two', title: 'Two', attempts: 4, passed: 2, bands: [1, 0, 0, 0, 1, 0, 0, 0, 0, 2] }
		]);
	});
});
