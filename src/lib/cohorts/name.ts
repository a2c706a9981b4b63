import type { Locale } from '$lib/paraglide/runtime';

/** What a cohort is called wherever it is shown: the French name on a French page or to a French reader, else (or when it has none) the English one. */
export function cohortName(cohort: { name: string; name_fr?: string | null }, locale: Locale): string {
	return locale === 'fr' && cohort.name_fr ? cohort.name_fr : cohort.name;
}
