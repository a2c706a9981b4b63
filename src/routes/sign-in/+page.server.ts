import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { signIn } from '$lib/server/accounts/sign-in';
import { formError, parseForm } from '$lib/server/http/forms';
import { safeNext } from '$lib/server/http/redirects';
import { setSessionCookie } from '$lib/server/http/cookies';
import { signInChoices, ssoLabel } from '$lib/server/sso/provider';
import type { Actions, PageServerLoad } from './$types';

const signInForm = () =>
	z.object({
		email: z.string().trim().min(1, m.form_email_required()).max(254, m.form_email_invalid()),
		password: z.string().min(1, m.form_password_required()).max(256, m.form_password_required())
	});

const destination = (url: URL) => safeNext(url.searchParams.get('next'), url.origin) ?? localizeHref('/');

export const load: PageServerLoad = async ({ locals, url }) => {
	if (locals.user) redirect(303, destination(url));
	const label = ssoLabel(locals.locale) ?? m.sso_default_label();
	const signedOutOfSso = url.searchParams.get('signed-out') === 'sso';
	return signInChoices({ label, breakGlass: url.searchParams.has('break-glass'), signedOutOfSso });
};

export const actions: Actions = {
	default: async ({ request, url, cookies, getClientAddress }) => {
		const parsed = parseForm(signInForm(), await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { email, password } = parsed.data;
		const result = await signIn(db(), email, password, getClientAddress());
		if (!result.ok) {
			if (result.reason === 'invalid') return fail(400, { errors: formError(m.sign_in_invalid()), values: { email } });
			const wait = result.minutes === 1 ? m.signin_locked_one_minute() : m.sign_in_locked({ minutes: result.minutes });
			return fail(429, { errors: formError(wait), values: { email } });
		}
		setSessionCookie(cookies, result.token, result.expiresAt, url.protocol === 'https:');
		// Home is in the language the account prefers (set by the language switch), whichever
		// address the form was on: a computer shared with someone else does not decide it.
		const next = safeNext(url.searchParams.get('next'), url.origin);
		redirect(303, next ?? localizeHref('/', { locale: result.preferredLanguage }));
	}
};
