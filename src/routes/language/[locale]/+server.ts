import { error, redirect } from '@sveltejs/kit';
import { isLocale, localizeHref } from '$lib/paraglide/runtime';
import { rememberLanguage } from '$lib/server/http/language';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { setPreferredLanguage } from '$lib/server/accounts/preferences';
import { safeNext } from '$lib/server/http/redirects';
import type { RequestHandler } from './$types';

/** The language switch: remembers the choice (cookie, and the account's preference) and goes back. */
export const GET: RequestHandler = async ({ params, url, cookies, locals }) => {
	if (!isLocale(params.locale)) error(404, m.error_not_found());
	rememberLanguage(cookies, params.locale);
	if (locals.user) await setPreferredLanguage(db(), locals.user.id, params.locale);
	redirect(303, localizeHref(safeNext(url.searchParams.get('next'), url.origin) ?? '/', { locale: params.locale }));
};
