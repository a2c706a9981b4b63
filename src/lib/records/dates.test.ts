import { describe, expect, it } from 'vitest';
import { longDate } from './dates';

// Noon in Toronto, so the day is the same whatever the machine's time zone.
const at = (iso: string) => Date.parse(`${iso}T17:00:00Z`);

describe('longDate', () => {
	it('writes the first of the month as an ordinal in French', () => {
		expect(longDate(at('2026-12-01'), 'fr')).toBe('1er décembre 2026');
		expect(longDate(at('2026-12-05'), 'fr')).toBe('5 décembre 2026');
	});

	it('writes the day before the month in English, as Canada does in running text', () => {
		expect(longDate(at('2026-12-01'), 'en')).toBe('1 December 2026');
	});

	it('takes the day in Ontario, not in UTC', () => {
		expect(longDate(Date.parse('2026-12-02T03:00:00Z'), 'en')).toBe('1 December 2026');
	});
});
