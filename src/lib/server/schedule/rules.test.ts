import { describe, expect, it } from 'vitest';
import { dueDateBounds, dueDateProblem } from './rules';

describe('a due date an instructor sets', () => {
	const bounds = dueDateBounds('2027-01-06', '2027-02-03');

	it('may fall from the first day of the cohort to 30 days after its last', () => {
		expect(bounds).toEqual({ earliest: '2027-01-06', latest: '2027-03-05' });
		expect(dueDateProblem('2027-01-06', bounds)).toBeNull();
		expect(dueDateProblem('2027-03-05', bounds)).toBeNull();
		expect(dueDateProblem('2027-01-05', bounds)).toBe('range');
		expect(dueDateProblem('2027-03-06', bounds)).toBe('range');
		expect(dueDateProblem('2207-01-20', bounds)).toBe('range');
	});

	it('must be a real date written YYYY-MM-DD', () => {
		for (const value of ['', '2027-1-20', '20/01/2027', '2027-02-30', '2027-13-01', 'tomorrow', '2027-01-20T00:00']) {
			expect(dueDateProblem(value, bounds)).toBe('format');
		}
	});
});
