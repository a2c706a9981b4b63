import { describe, expect, it } from 'vitest';
import { formatCount, formatShare } from './format';

describe('report numbers', () => {
	it('writes French percentages and thousands with non-breaking spaces', () => {
		expect(formatShare(9, 20, 'fr')).toBe('45\u00a0%');
		expect(formatCount(12345, 'fr')).toBe('12\u00a0345');
	});

	it('writes English ones without', () => {
		expect(formatShare(9, 20, 'en')).toBe('45%');
		expect(formatCount(12345, 'en')).toBe('12,345');
	});

	it('gives 0 % rather than a division by zero when nobody is enrolled', () => {
		expect(formatShare(0, 0, 'en')).toBe('0%');
	});
});
