import { error, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { deLocalizeHref, localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { invalidateSession } from '$lib/server/auth/sessions';
import { setSessionCookie } from '$lib/server/http/cookies';
import { takeSsoCookie } from '$lib/server/http/sso-cookie';
import { configuredProvider } from '$lib/server/sso/provider';
import { completeSsoSignIn } from '$lib/server/sso/service';
import type { PageServerLoad } from './$types';

// The provider sends the person back here (register `<ORIGIN>/sign-in/oidc/callback` with it). A
// refusal is an error whose message is its reason: +error.svelte says what to do, in both languages.
export const load: PageServerLoad = async ({ url, cookies, locals }) => {
	const secure = url.protocol === 'https:';
	const token = takeSsoCookie(cookies, secure);
	const provider = await configuredProvider().catch(() => error(503, `failed ${locals.locale}`));
	if (!provider) error(404, m.error_not_found());
	const outcome = await completeSsoSignIn(db(), provider, token, url);
	// The message names the reason and the language the person started in (`unknown_person fr`).
	if (!outcome.ok) error(outcome.reason === 'failed' ? 400 : 403, `${outcome.reason} ${outcome.locale ?? locals.locale}`);
	if (locals.session) await invalidateSession(db(), locals.session.id);
	setSessionCookie(cookies, outcome.token, outcome.expiresAt, secure);
	// In the person's language (the provider's, or the account's): where they were going, or home.
	redirect(303, localizeHref(outcome.next ? deLocalizeHref(outcome.next) : '/', { locale: outcome.preferredLanguage }));
};
