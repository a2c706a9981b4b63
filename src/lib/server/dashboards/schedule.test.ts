import { describe, expect, it } from 'vitest';
import { computedDueDays, dateOfDay, dayNumber, evenly, expectedBy, scheduleOf, torontoDate } from './schedule';

describe('cohort schedule', () => {
	const nine = scheduleOf('2027-01-04', '2027-03-01', evenly(9));

	it('spreads the modules evenly over the 56 days, the last one due on the end date', () => {
		expect(nine.dueDays.map(dateOfDay)).toEqual([
			'2027-01-10',
			'2027-01-16',
			'2027-01-23',
			'2027-01-29',
			'2027-02-04',
			'2027-02-10',
			'2027-02-17',
			'2027-02-23',
			'2027-03-01'
		]);
	});

	it('expects nothing before the first due date has passed, and everything after the end', () => {
		expect(expectedBy(nine, dayNumber('2027-01-01'))).toBe(0);
		expect(expectedBy(nine, dayNumber('2027-01-10'))).toBe(0);
		expect(expectedBy(nine, dayNumber('2027-01-11'))).toBe(1);
		expect(expectedBy(nine, dayNumber('2027-02-05'))).toBe(5);
		expect(expectedBy(nine, dayNumber('2027-03-01'))).toBe(8);
		expect(expectedBy(nine, dayNumber('2027-03-02'))).toBe(9);
	});

	it('treats a one-day cohort (or an end before the start) as due on the start date', () => {
		const short = scheduleOf('2027-01-04', '2027-01-01', evenly(3));
		expect(short.dueDays.map(dateOfDay)).toEqual(['2027-01-04', '2027-01-04', '2027-01-04']);
		expect(expectedBy(short, dayNumber('2027-01-05'))).toBe(3);
	});

	it('dates moments in Ontario time, not UTC', () => {
		expect(torontoDate(Date.parse('2027-01-05T03:00:00Z'))).toBe('2027-01-04');
		expect(torontoDate(Date.parse('2027-07-05T05:00:00Z'))).toBe('2027-07-05');
	});
});

describe('due dates from estimated times', () => {
	const start = dayNumber('2027-01-04');
	const dates = (end: string, minutes: number[]) => computedDueDays(start, dayNumber(end), minutes).map(dateOfDay);

	it('gives each module a share of the span proportional to its minutes, the last one due on the end date', () => {
		// 100 minutes over 10 days: 10, 40 and 50 minutes take 1, 4 and 5 days.
		expect(dates('2027-01-14', [10, 40, 50])).toEqual(['2027-01-05', '2027-01-09', '2027-01-14']);
	});

	it('rounds the running total, not each share, so rounding never pushes the last module past the end', () => {
		// Three equal modules over 10 days: 3.33, 6.67 and 10 days.
		expect(dates('2027-01-14', [30, 30, 30])).toEqual(['2027-01-07', '2027-01-11', '2027-01-14']);
		// Seven 1-minute modules over 3 days: never more than the end, never out of order.
		const many = computedDueDays(start, start + 3, [1, 1, 1, 1, 1, 1, 1]);
		expect(many.at(-1)).toBe(start + 3);
		expect(many).toEqual([...many].sort((a, b) => a - b));
	});

	it('puts everything on the first day of a one-day cohort, or of one that ends before it starts', () => {
		expect(dates('2027-01-04', [30, 45])).toEqual(['2027-01-04', '2027-01-04']);
		expect(dates('2027-01-01', [30, 45])).toEqual(['2027-01-04', '2027-01-04']);
	});

	it('lets several modules share a day when there are more modules than days', () => {
		expect(dates('2027-01-06', [10, 10, 10, 10, 10, 10])).toEqual(['2027-01-04', '2027-01-05', '2027-01-05', '2027-01-05', '2027-01-06', '2027-01-06']);
	});

	it('spreads modules evenly when none has an estimate, and dates an unestimated module with the one before it', () => {
		expect(dates('2027-01-10', [0, 0, 0])).toEqual(['2027-01-06', '2027-01-08', '2027-01-10']);
		expect(dates('2027-01-10', [30, 0, 30])).toEqual(['2027-01-07', '2027-01-07', '2027-01-10']);
		expect(dates('2027-01-10', [Number.NaN, -5, 60])).toEqual(['2027-01-04', '2027-01-04', '2027-01-10']);
		expect(computedDueDays(start, start + 5, [])).toEqual([]);
	});

	it('takes the date an instructor set over the computed one, and counts it in what is expected', () => {
		const schedule = scheduleOf('2027-01-04', '2027-01-14', [10, 40, 50], [null, '2027-01-20', undefined]);
		expect(schedule.dueDays.map(dateOfDay)).toEqual(['2027-01-05', '2027-01-20', '2027-01-14']);
		expect(expectedBy(schedule, dayNumber('2027-01-15'))).toBe(2);
	});
});
