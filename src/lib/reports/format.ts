// Numbers as the reader's language writes them: "1,234" and "45%" in English, "1 234" and
// "45 %" (non-breaking spaces) in French, by Intl rather than by hand.
import { getLocale } from '$lib/paraglide/runtime';
import { shareOf } from './types';

const locales = { en: 'en-CA', fr: 'fr-CA' } as const;
type Locale = keyof typeof locales;

const counts = new Map<Locale, Intl.NumberFormat>();
const percents = new Map<Locale, Intl.NumberFormat>();

function formatter(cache: Map<Locale, Intl.NumberFormat>, locale: Locale, options: Intl.NumberFormatOptions): Intl.NumberFormat {
	let format = cache.get(locale);
	if (!format) cache.set(locale, (format = new Intl.NumberFormat(locales[locale], options)));
	return format;
}

export function formatCount(value: number, locale: Locale = getLocale()): string {
	return formatter(counts, locale, { maximumFractionDigits: 0 }).format(value);
}

/** The share `count` is of `enrolled`, as a whole percentage. */
export function formatShare(count: number, enrolled: number, locale: Locale = getLocale()): string {
	return formatter(percents, locale, { style: 'percent', maximumFractionDigits: 0 }).format(shareOf(count, enrolled));
}
