import type { Locale } from '$lib/paraglide/runtime';

/**
 * A day written out in full, in Ontario's time zone: "1 December 2026", « 1er décembre 2026 »
 * (French writes the first of the month as an ordinal, which Intl does not).
 */
export function longDate(ms: number, locale: Locale): string {
	const parts = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', {
		day: 'numeric',
		month: 'long',
		year: 'numeric',
		timeZone: 'America/Toronto'
	}).formatToParts(new Date(ms));
	const part = (type: Intl.DateTimeFormatPartTypes) => parts.find((p) => p.type === type)?.value ?? '';
	if (locale === 'fr') return `${part('day') === '1' ? '1er' : part('day')} ${part('month')} ${part('year')}`;
	return `${part('day')} ${part('month')} ${part('year')}`;
}
