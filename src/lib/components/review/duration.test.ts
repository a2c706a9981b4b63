import { describe, expect, it } from 'vitest';
import { formatMinutes } from './duration';

describe('formatMinutes', () => {
	it('reads as minutes and seconds', () => {
		expect(formatMinutes(0.5)).toBe('30 s');
		expect(formatMinutes(2)).toBe('2 min');
		expect(formatMinutes(2.5)).toBe('2 min 30 s');
	});
});
