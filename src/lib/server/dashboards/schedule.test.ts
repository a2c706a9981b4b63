import { describe, expect, it } from 'vitest';
import { dateOfDay, dayNumber, expectedBy, scheduleOf, torontoDate } from './schedule';

describe('cohort schedule', () => {
	const nine = scheduleOf('2027-01-04', '2027-03-01', 9);

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
		const short = scheduleOf('2027-01-04', '2027-01-01', 3);
		expect(short.dueDays.map(dateOfDay)).toEqual(['2027-01-04', '2027-01-04', '2027-01-04']);
		expect(expectedBy(short, dayNumber('2027-01-05'))).toBe(3);
	});

	it('dates moments in Ontario time, not UTC', () => {
		expect(torontoDate(Date.parse('2027-01-05T03:00:00Z'))).toBe('2027-01-04');
		expect(torontoDate(Date.parse('2027-07-05T05:00:00Z'))).toBe('2027-07-05');
	});
});
