import type { Locale } from '$lib/paraglide/runtime';

/**
 * Whether a page meant for one person (an invitation) should open in their language: only
 * when the address names no language (it is in English by default), they prefer French, and
 * they have not chosen English, with the language switch (the remembered language) or by
 * coming from the same page in French.
 */
export function opensInPreferredLanguage(
	request: { pageLocale: Locale; remembered: string | undefined; cameFrom: string | null },
	preferred: Locale,
	frenchPath: string
): boolean {
	if (request.pageLocale !== 'en' || preferred !== 'fr') return false;
	if (request.remembered === 'en') return false;
	return request.cameFrom !== frenchPath;
}
