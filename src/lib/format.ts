// Every number, percentage, date and time the interface prints goes through here, so each is
// written the way the page's language writes it (« 63 206 », « 36,7 % », « 1er décembre 2026,
// 22 h 04 ») and never breaks across lines: every space inside a formatted value is a no-break
// space (U+00A0). Intl gives U+202F or U+00A0 depending on the ICU version (Node and Chromium
// differ), so both become U+00A0, and the server's page and the browser's agree. CSV exports keep
// machine formats and do not use this.
import { getLocale } from '$lib/paraglide/runtime';

export type Locale = 'en' | 'fr';
const locales: Record<Locale, string> = { en: 'en-CA', fr: 'fr-CA' };
const timeZone = 'America/Toronto';
export const NBSP = '\u00a0';

/** Spaces inside one value become no-break spaces: « 22 h 04 » stays on one line. */
export const unbreakable = (text: string): string => text.replace(/[ \u202f\u2009]/g, NBSP);

// Building a formatter costs far more than using one, and pages write many values.
const numberFormats = new Map<string, Intl.NumberFormat>();
const dateFormats = new Map<string, Intl.DateTimeFormat>();

function numberFormat(locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	const key = `${locale}${JSON.stringify(options)}`;
	let format = numberFormats.get(key);
	if (!format) numberFormats.set(key, (format = new Intl.NumberFormat(locales[locale], options)));
	return format;
}

function dateFormat(locale: Locale, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
	const key = `${locale}${JSON.stringify(options)}`;
	let format = dateFormats.get(key);
	if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locales[locale], options)));
	return format;
}

/** A number: « 63 206 », « 2,5 » / "63,206", "2.5" (`decimals` fixes the digits after the point). */
export function formatNumber(value: number, locale: Locale = getLocale(), maximumFractionDigits = 1, decimals?: number): string {
	const options = decimals === undefined ? { maximumFractionDigits } : { minimumFractionDigits: decimals, maximumFractionDigits: decimals };
	return unbreakable(numberFormat(locale, options).format(value));
}

/** A whole number (a count of people, characters, attempts…). */
export const formatCount = (value: number, locale: Locale = getLocale()): string => formatNumber(Math.round(value), locale, 0);

/** A percentage given from 0 to 100: « 36,7 % » / "36.7%". */
export function formatPercent(value: number, locale: Locale = getLocale(), maximumFractionDigits = 1): string {
	return unbreakable(numberFormat(locale, { style: 'percent', maximumFractionDigits }).format(value / 100));
}

/** A count with its unit, kept together: « 1 pt », « 63 206 caractères ». */
export const withUnit = (value: number, unit: string, locale: Locale = getLocale()): string => `${formatNumber(value, locale)}${NBSP}${unit}`;

// Intl writes « 1 décembre »; French writes the first of the month as an ordinal, « 1er décembre ».
function frenchOrdinal(parts: Intl.DateTimeFormatPart[], locale: Locale): string {
	return parts.map((part) => (locale === 'fr' && part.type === 'day' && part.value === '1' ? '1er' : part.value)).join('');
}

const toDate = (value: string | number): Date => (typeof value === 'number' ? new Date(value) : new Date(`${value}T12:00:00Z`));

/**
 * A calendar date (YYYY-MM-DD, the day itself, whatever the time zone) or a timestamp (its day in
 * Ontario): « 1er décembre 2026 » / "December 1, 2026".
 */
export function formatDate(value: string | number, locale: Locale = getLocale()): string {
	const format = dateFormat(locale, { dateStyle: 'long', timeZone: typeof value === 'number' ? timeZone : 'UTC' });
	return unbreakable(frenchOrdinal(format.formatToParts(toDate(value)), locale));
}

/** A day without its year, for a near date: « 1er décembre » / "December 1". */
export function formatDayMonth(value: string | number, locale: Locale = getLocale()): string {
	const format = dateFormat(locale, { month: 'long', day: 'numeric', timeZone: typeof value === 'number' ? timeZone : 'UTC' });
	return unbreakable(frenchOrdinal(format.formatToParts(toDate(value)), locale));
}

/** A time in Ontario: « 22 h 04 » / "10:04 p.m.". */
export function formatTime(value: number, locale: Locale = getLocale()): string {
	return unbreakable(dateFormat(locale, { timeStyle: 'short', timeZone }).format(new Date(value)));
}

/**
 * A moment in Ontario: « 1er déc. 2026, 22 h 04 » / "Dec 1, 2026, 10:04 p.m.". The date and the
 * time may go on two lines (after the comma), each never breaks.
 */
export function formatDateTime(value: number, locale: Locale = getLocale()): string {
	const date = dateFormat(locale, { dateStyle: 'medium', timeZone });
	return `${unbreakable(frenchOrdinal(date.formatToParts(new Date(value)), locale))}, ${formatTime(value, locale)}`;
}

/** A duration from minutes: « 2 min 30 s », the same in both languages, on one line. */
export function formatMinutes(minutes: number): string {
	const seconds = Math.round(minutes * 60);
	if (seconds < 60) return `${seconds}${NBSP}s`;
	const rest = seconds % 60;
	return rest ? `${Math.floor(seconds / 60)}${NBSP}min${NBSP}${rest}${NBSP}s` : `${seconds / 60}${NBSP}min`;
}

/** The colon after a label: French puts a no-break space before it (« Début : »), English none. */
export const colon = (locale: Locale = getLocale()): string => (locale === 'fr' ? `${NBSP}:` : ':');
