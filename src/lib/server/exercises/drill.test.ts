import { describe, expect, it } from 'vitest';
import { deliveredAt, drillMinutes, drillTimeScale, schedule, standardMs } from './drill';

const injects = [{ atMinutes: 0 }, { atMinutes: 2 }, { atMinutes: 5 }];
const start = 1_000_000;

describe('drill schedule', () => {
	it('delivers each inject at start + its offset', () => {
		const run = { startedAt: start, timeScale: 1 };
		expect(deliveredAt(run, injects[1])).toBe(start + 120_000);
		expect(schedule(run, injects, start + 119_999)).toEqual({ delivered: [injects[0]], upcoming: 2, nextInMs: 1 });
		expect(schedule(run, injects, start + 400_000)).toEqual({ delivered: injects, upcoming: 0, nextInMs: null });
	});

	it('compresses time by the run’s scale, service standard included', () => {
		const run = { startedAt: start, timeScale: 0.01 };
		expect(deliveredAt(run, injects[1])).toBe(start + 1200);
		expect(standardMs(run, { serviceStandardMinutes: 10 })).toBe(6000);
		expect(drillMinutes(1200, 0.01)).toBe(2);
	});

	it('reads the scale from the environment, ignoring nonsense', () => {
		expect(drillTimeScale({ DRILL_TIME_SCALE: '0.01' })).toBe(0.01);
		expect(drillTimeScale({})).toBe(1);
		expect(drillTimeScale({ DRILL_TIME_SCALE: '50' })).toBe(1);
		expect(drillTimeScale({ DRILL_TIME_SCALE: '-1' })).toBe(1);
	});
});
