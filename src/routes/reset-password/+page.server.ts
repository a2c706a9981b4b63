import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { isValidEmail } from '$lib/server/accounts/email';
import { requestPasswordReset } from '$lib/server/accounts/password-reset';
import { formError, parseForm } from '$lib/server/http/forms';
import { passwordsOffFor } from '$lib/server/sso/provider';
import type { Actions, PageServerLoad } from './$types';

const resetForm = () =>
	z.object({
		email: z.string().trim().min(1, m.form_email_required()).max(254, m.form_email_invalid()).refine(isValidEmail, m.form_email_invalid())
	});

export const load: PageServerLoad = ({ locals }) => {
	if (locals.user) redirect(303, localizeHref('/'));
	return { ssoOnly: passwordsOffFor(locals.locale, m.sso_default_label()) };
};

export const actions: Actions = {
	default: async ({ request, getClientAddress }) => {
		const parsed = parseForm(resetForm(), await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const answer = await requestPasswordReset(db(), parsed.data.email, getClientAddress());
		if (!answer.ok) {
			const minutes = Math.ceil(answer.retryAfterSeconds / 60);
			const wait = minutes === 1 ? m.mail_reset_page_limited_one() : m.mail_reset_page_limited({ minutes });
			return fail(429, { errors: formError(wait), values: { email: parsed.data.email } });
		}
		return { sent: parsed.data.email };
	}
};
