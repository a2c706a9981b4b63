// The same words as $lib/format's formatDate and formatDateTime, with each Intl formatter made
// once per language: the dashboards write hundreds of dates per page, and building a formatter
// costs far more than using one.
import { getLocale } from '$lib/paraglide/runtime';

const locales = { en: 'en-CA', fr: 'fr-CA' } as const;
type Locale = keyof typeof locales;

function cached(options: Intl.DateTimeFormatOptions) {
	const made = new Map<Locale, Intl.DateTimeFormat>();
	return (locale: Locale) => {
		let format = made.get(locale);
		if (!format) made.set(locale, (format = new Intl.DateTimeFormat(locales[locale], { ...options, timeZone: 'America/Toronto' })));
		return format;
	};
}

const longDate = cached({ dateStyle: 'long' });
const dateTime = cached({ dateStyle: 'medium', timeStyle: 'short' });

/** A calendar date (YYYY-MM-DD) or a timestamp, in the reader's language. */
export function formatDay(value: string | number): string {
	return longDate(getLocale()).format(typeof value === 'number' ? new Date(value) : new Date(`${value}T12:00:00Z`));
}

export function formatMoment(value: number): string {
	return dateTime(getLocale()).format(new Date(value));
}
