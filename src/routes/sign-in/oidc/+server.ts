import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { safeNext } from '$lib/server/http/redirects';
import { setSsoCookie } from '$lib/server/http/sso-cookie';
import { configuredProvider, ssoLabel } from '$lib/server/sso/provider';
import { beginSsoSignIn } from '$lib/server/sso/service';
import type { RequestHandler } from './$types';

// "Sign in with …" links here, and the person goes on to the provider. A link, not a form: the
// site's Content-Security-Policy (form-action 'self') stops a form's redirect to another site. A
// sign-in started from elsewhere is harmless: it can only finish in the browser that started it
// (its state waits under this browser's cookie), as whoever signs in at the provider.
export const GET: RequestHandler = async ({ url, cookies, locals }) => {
	const provider = await configuredProvider().catch(() => {
		error(503, m.sso_unavailable({ label: ssoLabel(locals.locale) ?? m.sso_default_label() }));
	});
	if (!provider) error(404, m.error_not_found());
	const next = safeNext(url.searchParams.get('next'), url.origin);
	const started = await beginSsoSignIn(db(), provider, { next, locale: locals.locale });
	setSsoCookie(cookies, started.token, started.expiresAt, url.protocol === 'https:');
	redirect(303, started.url.href);
};
