import { describe, expect, it } from 'vitest';
import { RunMemo, forgetRuns, nextRun } from './memo';

describe('RunMemo', () => {
	it('keeps what the last run used and lets go of the rest', () => {
		const memo = new RunMemo<string, number>();
		memo.set('kept', 1);
		memo.set('dropped', 2);
		nextRun();
		expect(memo.get('kept')).toBe(1); // used in this run: kept for the next
		nextRun();
		expect(memo.get('dropped')).toBeUndefined();
		expect(memo.get('kept')).toBe(1);
		expect(memo.size).toBe(1);
	});

	it('forgets everything when asked', () => {
		const memo = new RunMemo<string, number>();
		memo.set('a', 1);
		nextRun();
		forgetRuns();
		expect(memo.get('a')).toBeUndefined();
	});

	it('stays bounded when nothing starts a run', () => {
		const memo = new RunMemo<number, number>();
		for (let i = 0; i < 50_000; i++) memo.set(i, i);
		expect(memo.size).toBeLessThanOrEqual(10_000);
		expect(memo.get(49_999)).toBe(49_999);
	});
});
