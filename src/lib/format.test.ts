import { describe, expect, it } from 'vitest';
import { formatCount, formatDate, formatDateTime, formatDayMonth, formatMinutes, formatNumber, formatPercent, formatTime, withUnit } from './format';

const NB = '\u00a0';
// 1 December 2026, 22:04 in Toronto (UTC−5)
const evening = Date.UTC(2026, 11, 2, 3, 4);

describe('numbers', () => {
	it('groups French thousands with a no-break space and English ones with a comma', () => {
		expect(formatCount(63206, 'fr')).toBe(`63${NB}206`);
		expect(formatCount(63206, 'en')).toBe('63,206');
		expect(formatCount(1234567, 'fr')).toBe(`1${NB}234${NB}567`);
	});

	it('writes a French decimal comma', () => {
		expect(formatNumber(2.5, 'fr')).toBe('2,5');
		expect(formatNumber(2.5, 'en')).toBe('2.5');
		expect(formatNumber(0.8, 'fr', 2, 2)).toBe('0,80');
	});

	it('puts a no-break space before the French percent sign, none in English', () => {
		expect(formatPercent(36.7, 'fr')).toBe(`36,7${NB}%`);
		expect(formatPercent(36.7, 'en')).toBe('36.7%');
		expect(formatPercent(45, 'fr', 0)).toBe(`45${NB}%`);
	});

	it('keeps a count and its unit together', () => {
		expect(withUnit(1, 'pt', 'fr')).toBe(`1${NB}pt`);
		expect(withUnit(63206, 'caractères', 'fr')).toBe(`63${NB}206${NB}caractères`);
	});
});

describe('dates and times', () => {
	it('writes the first of the month as an ordinal in French only', () => {
		expect(formatDate('2026-12-01', 'fr')).toBe(`1er${NB}décembre${NB}2026`);
		expect(formatDate('2026-12-02', 'fr')).toBe(`2${NB}décembre${NB}2026`);
		expect(formatDate('2026-12-01', 'en')).toBe(`December${NB}1,${NB}2026`);
		expect(formatDayMonth('2026-12-01', 'fr')).toBe(`1er${NB}décembre`);
		expect(formatDayMonth('2026-12-11', 'fr')).toBe(`11${NB}décembre`);
	});

	it('gives a calendar date its own day whatever the time zone, and a moment its day in Ontario', () => {
		expect(formatDate('2026-01-31', 'en')).toBe(`January${NB}31,${NB}2026`);
		expect(formatDate(evening, 'fr')).toBe(`1er${NB}décembre${NB}2026`);
	});

	it('writes French Canadian times as « 22 h 04 », on one line', () => {
		expect(formatTime(evening, 'fr')).toBe(`22${NB}h${NB}04`);
		expect(formatTime(evening, 'en')).toBe(`10:04${NB}p.m.`);
		expect(formatDateTime(evening, 'fr')).toBe(`1er${NB}déc.${NB}2026, 22${NB}h${NB}04`);
		expect(formatDateTime(evening, 'en')).toBe(`Dec${NB}1,${NB}2026, 10:04${NB}p.m.`);
	});

	it('never leaves a breaking space inside a value', () => {
		for (const value of [formatDate(evening, 'fr'), formatTime(evening, 'fr'), formatPercent(12.5, 'fr'), formatCount(1e6, 'fr'), formatMinutes(2.5)]) {
			expect(value).not.toMatch(/[ \u202f]/);
		}
	});
});

describe('durations', () => {
	it('reads as minutes and seconds', () => {
		expect(formatMinutes(0.5)).toBe(`30${NB}s`);
		expect(formatMinutes(2)).toBe(`2${NB}min`);
		expect(formatMinutes(2.5)).toBe(`2${NB}min${NB}30${NB}s`);
	});
});
