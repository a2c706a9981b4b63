import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { safeNext } from '$lib/server/http/redirects';
import { setSsoCookie } from '$lib/server/http/sso-cookie';
import { configuredProvider, ssoLabel } from '$lib/server/sso/provider';
import { beginSsoSignIn } from '$lib/server/sso/service';
import type { RequestHandler } from './$types';

// "Sign in with …" posts here (a form, so that nothing starts a sign-in by merely following a link);
// the person goes on to the provider.
export const POST: RequestHandler = async ({ request, url, cookies, locals }) => {
	const provider = await configuredProvider().catch(() => {
		error(503, m.sso_unavailable({ label: ssoLabel(locals.locale) ?? m.sso_default_label() }));
	});
	if (!provider) error(404, m.error_not_found());
	const form = await request.formData();
	const next = form.get('next');
	const started = await beginSsoSignIn(db(), provider, { next: safeNext(typeof next === 'string' ? next : null, url.origin), locale: locals.locale });
	setSsoCookie(cookies, started.token, started.expiresAt, url.protocol === 'https:');
	redirect(303, started.url.href);
};
