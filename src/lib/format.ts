import { getLocale } from '$lib/paraglide/runtime';

const locales = { en: 'en-CA', fr: 'fr-CA' } as const;
type Locale = keyof typeof locales;

// Each Intl formatter is made once per language: pages write many dates, and building a
// formatter costs far more than using one.
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

/** A calendar date (YYYY-MM-DD) or a timestamp, written the way the reader's language writes it. */
export function formatDate(value: string | number): string {
	return longDate(getLocale()).format(typeof value === 'number' ? new Date(value) : new Date(`${value}T12:00:00Z`));
}

export function formatDateTime(value: number): string {
	return dateTime(getLocale()).format(new Date(value));
}
