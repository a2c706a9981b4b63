import { getLocale } from '$lib/paraglide/runtime';

const locales = { en: 'en-CA', fr: 'fr-CA' } as const;

/**
 * A score in percent as the reader's language writes it (85.7% / 85,7 %). Rounded down, so
 * a score just under the pass mark never looks like the pass mark.
 */
export function formatPercent(value: number): string {
	return new Intl.NumberFormat(locales[getLocale()], { style: 'percent', maximumFractionDigits: 1 }).format(Math.floor(value * 10) / 1000);
}

/** A share from 0 to 1 with two decimals, for statistics (0.85 / 0,85). */
export function formatShare(value: number | null): string {
	if (value === null) return '—';
	return new Intl.NumberFormat(locales[getLocale()], { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
