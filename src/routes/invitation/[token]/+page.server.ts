import { error, fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { cookieName, localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { findInvitation, redeemInvitation } from '$lib/server/accounts/invitations';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH } from '$lib/server/auth/password';
import { formError, parseForm } from '$lib/server/http/forms';
import { setSessionCookie } from '$lib/server/http/cookies';
import { opensInPreferredLanguage } from '$lib/server/http/language';
import { passwordsOffFor } from '$lib/server/sso/provider';
import type { Actions, PageServerLoad } from './$types';

const passwordForm = () =>
	z
		.object({
			password: z
				.string()
				.min(MIN_PASSWORD_LENGTH, m.password_too_short({ min: MIN_PASSWORD_LENGTH }))
				.max(MAX_PASSWORD_LENGTH, m.password_too_long({ max: MAX_PASSWORD_LENGTH })),
			confirm: z.string()
		})
		.refine((f) => f.password === f.confirm, { path: ['confirm'], message: m.password_mismatch() });

async function validInvitation(token: string) {
	const invitation = await findInvitation(db(), token);
	if (invitation.status === 'valid') return invitation;
	const message = { expired: m.invitation_expired(), used: m.invitation_used(), unknown: m.invitation_unknown() }[invitation.status];
	error(invitation.status === 'unknown' ? 404 : 410, message);
}

/** Where the address came from, on this site; null from elsewhere (an email). */
function cameFrom(referrer: string | null, origin: string): string | null {
	if (!referrer || !URL.canParse(referrer)) return null;
	const url = new URL(referrer);
	return url.origin === origin ? url.pathname : null;
}

export const load: PageServerLoad = async ({ params, url, cookies, request, locals }) => {
	const invitation = await validInvitation(params.token);
	const french = localizeHref(`/invitation/${params.token}`, { locale: 'fr' });
	const here = { pageLocale: locals.locale, remembered: cookies.get(cookieName), cameFrom: cameFrom(request.headers.get('referer'), url.origin) };
	if (opensInPreferredLanguage(here, invitation.language, french)) redirect(307, french);
	return {
		purpose: invitation.purpose,
		email: invitation.email,
		displayName: invitation.displayName,
		minLength: MIN_PASSWORD_LENGTH,
		ssoOnly: passwordsOffFor(locals.locale, m.sso_default_label(), invitation.email)
	};
};

export const actions: Actions = {
	default: async ({ params, request, cookies, url, locals }) => {
		const invitation = await validInvitation(params.token);
		// SIGN_IN=sso: a link sets no password (it would be a way around the provider), but the break-glass account's.
		const ssoOnly = passwordsOffFor(locals.locale, m.sso_default_label(), invitation.email);
		if (ssoOnly) return fail(403, { errors: formError(m.sso_invitation_off({ label: ssoOnly })) });
		const parsed = parseForm(passwordForm(), await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		const session = await redeemInvitation(db(), params.token, parsed.data.password);
		if (!session) return fail(410, { errors: formError(m.invitation_used()) });
		setSessionCookie(cookies, session.sessionToken, session.expiresAt, url.protocol === 'https:');
		redirect(303, localizeHref('/?welcome=1'));
	}
};
