import { describe, expect, it } from 'vitest';
import { evenly, scheduleOf } from './schedule';
import { expectedFinish } from './team';

// 2027-01-21 in Toronto, in a cohort from Jan 6 to Feb 3 with four modules (due Jan 13, 20, 27, Feb 3).
const now = Date.parse('2027-01-21T17:00:00Z');
const enrolment = { total: 4, lastCompletedAt: null, endsOn: '2027-02-03', schedule: scheduleOf('2027-01-06', '2027-02-03', evenly(4)) };

describe('expected finish', () => {
	it('is the day of the last completion for someone who finished', () => {
		expect(expectedFinish({ ...enrolment, completed: 4, lastCompletedAt: Date.parse('2027-01-19T03:00:00Z') }, now)).toEqual({
			kind: 'finished',
			on: '2027-01-18'
		});
	});

	it('is the cohort end date for someone on schedule', () => {
		expect(expectedFinish({ ...enrolment, completed: 2 }, now)).toEqual({ kind: 'on_schedule', on: '2027-02-03' });
	});

	it('projects the pace so far for someone behind: one module in 15 days leaves 45 more days', () => {
		expect(expectedFinish({ ...enrolment, completed: 1 }, now)).toEqual({ kind: 'projected', on: '2027-03-07' });
	});

	it('cannot project for someone behind who has not completed anything', () => {
		expect(expectedFinish({ ...enrolment, completed: 0 }, now)).toEqual({ kind: 'not_started', on: '2027-02-03' });
	});
});
