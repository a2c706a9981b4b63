import type { Cookies } from '@sveltejs/kit';
import type { Locale } from '$lib/paraglide/runtime';

// Our own cookie for the language a person chose: paraglide's client runtime rewrites its
// PARAGLIDE_LOCALE cookie on every page load, so that one cannot tell a choice from a visit.
const LANGUAGE_COOKIE = 'bootcamp_lang';
const ONE_YEAR = 60 * 60 * 24 * 365;

export function chosenLanguage(cookies: Cookies): Locale | null {
	const value = cookies.get(LANGUAGE_COOKIE);
	return value === 'en' || value === 'fr' ? value : null;
}

export function rememberLanguage(cookies: Cookies, locale: Locale): void {
	cookies.set(LANGUAGE_COOKIE, locale, { path: '/', maxAge: ONE_YEAR, httpOnly: true, sameSite: 'lax', secure: false });
}
