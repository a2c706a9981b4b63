import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { parseForm } from '$lib/server/http/forms';
import { normaliseRecordCode } from '$lib/server/records/codes';
import type { Actions } from './$types';

const codeForm = () =>
	z.object({
		code: z
			.string()
			.trim()
			.max(40, m.verify_code_invalid())
			.transform((code) => normaliseRecordCode(code) ?? '')
			.refine((code) => code !== '', m.verify_code_invalid())
	});

export const actions: Actions = {
	default: async ({ request }) => {
		const parsed = parseForm(codeForm(), await request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		redirect(303, localizeHref(`/verify/${parsed.data.code}`));
	}
};
