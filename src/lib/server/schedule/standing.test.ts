import { describe, expect, it } from 'vitest';
import { dayNumber, scheduleOf } from '../dashboards/schedule';
import { dueDatesOf, ownStanding } from './standing';

// Four equal modules from Jan 6 to Feb 3: due Jan 13, 20, 27 and Feb 3.
const schedule = scheduleOf('2027-01-06', '2027-02-03', [30, 30, 30, 30]);
const modules = (...done: boolean[]) =>
	['a', 'b', 'c', 'd'].map((slug, i) => ({ slug, position: i + 1, title: `Module ${slug}`, completed: done[i] ?? false }));
const day = dayNumber;

describe("a trainee's own standing", () => {
	it('is behind by the modules due and not done, naming the earliest overdue module', () => {
		const standing = ownStanding(schedule, modules(true), day('2027-01-28'));
		expect(standing).toEqual({ kind: 'behind', by: 2, overdue: { slug: 'b', position: 2, title: 'Module b', dueOn: '2027-01-20' } });
	});

	it('counts a module as due only after its due day has ended, as the dashboards do', () => {
		expect(ownStanding(schedule, modules(), day('2027-01-13')).kind).toBe('on_track');
		expect(ownStanding(schedule, modules(), day('2027-01-14'))).toMatchObject({ kind: 'behind', by: 1, overdue: { slug: 'a', dueOn: '2027-01-13' } });
	});

	it('is on track with the next module to do, even when done out of order', () => {
		expect(ownStanding(schedule, modules(false, true), day('2027-01-15'))).toEqual({
			kind: 'on_track',
			next: { slug: 'a', position: 1, title: 'Module a', dueOn: '2027-01-13' }
		});
	});

	it('is finished once every module is done, whatever the date', () => {
		expect(ownStanding(schedule, modules(true, true, true, true), day('2027-06-01'))).toEqual({ kind: 'finished' });
	});

	it('follows a due date an instructor moved', () => {
		const moved = scheduleOf('2027-01-06', '2027-02-03', [30, 30, 30, 30], ['2027-01-25']);
		expect(ownStanding(moved, modules(), day('2027-01-20')).kind).toBe('on_track');
	});

	it('marks overdue only the modules past their day and not done', () => {
		expect(dueDatesOf(schedule, modules(true), day('2027-01-21'))).toEqual([
			{ slug: 'a', dueOn: '2027-01-13', overdue: false },
			{ slug: 'b', dueOn: '2027-01-20', overdue: true },
			{ slug: 'c', dueOn: '2027-01-27', overdue: false },
			{ slug: 'd', dueOn: '2027-02-03', overdue: false }
		]);
	});
});
