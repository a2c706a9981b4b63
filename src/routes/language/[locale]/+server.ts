import { error, redirect } from '@sveltejs/kit';
import { isLocale, localizeHref } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { setPreferredLanguage } from '$lib/server/accounts/preferences';
import { safeNext } from '$lib/server/http/redirects';
import type { RequestHandler } from './$types';

/**
 * The language switch: the same page in the other language and, for someone signed in, the
 * account's preference (where they land after signing in, the language of their email).
 */
export const GET: RequestHandler = async ({ params, url, locals }) => {
	if (!isLocale(params.locale)) error(404, m.error_not_found());
	if (locals.user) await setPreferredLanguage(db(), locals.user.id, params.locale);
	redirect(303, localizeHref(safeNext(url.searchParams.get('next'), url.origin) ?? '/', { locale: params.locale }));
};
