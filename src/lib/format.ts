import { getLocale } from '$lib/paraglide/runtime';

const locales = { en: 'en-CA', fr: 'fr-CA' } as const;

/** A calendar date (YYYY-MM-DD) or a timestamp, written the way the reader's language writes it. */
export function formatDate(value: string | number): string {
	const date = typeof value === 'number' ? new Date(value) : new Date(`${value}T12:00:00Z`);
	return new Intl.DateTimeFormat(locales[getLocale()], { dateStyle: 'long', timeZone: 'America/Toronto' }).format(date);
}

export function formatDateTime(value: number): string {
	return new Intl.DateTimeFormat(locales[getLocale()], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'America/Toronto' }).format(
		new Date(value)
	);
}
