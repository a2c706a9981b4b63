import type { Locale } from '$lib/paraglide/runtime';

/** ?lang=en|fr: the language asked for, null when none was, undefined when it is not one of ours. */
export function askedLanguage(url: URL): Locale | null | undefined {
	const lang = url.searchParams.get('lang');
	if (lang === null || lang === '') return null;
	return lang === 'en' || lang === 'fr' ? lang : undefined;
}
