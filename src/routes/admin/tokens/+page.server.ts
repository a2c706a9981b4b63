import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { requireAdmin } from '$lib/server/access';
import { formError, parseForm } from '$lib/server/http/forms';
import { listApiTokens } from '$lib/server/records/repository';
import { createApiToken, revokeApiToken } from '$lib/server/records/api-tokens';
import type { Actions, PageServerLoad } from './$types';

const createForm = () => z.object({ label: z.string().trim().min(1, m.tokens_label_required()).max(80, m.tokens_label_too_long()) });
const revokeForm = () => z.object({ token: z.string().regex(/^[a-z2-7]{24}$/, m.tokens_not_found()) });

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	return { tokens: await listApiTokens(db()) };
};

export const actions: Actions = {
	create: async (event) => {
		const admin = requireAdmin(event);
		const parsed = parseForm(createForm(), await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { token } = await createApiToken(db(), admin.id, parsed.data.label);
		return { created: { label: parsed.data.label, token } };
	},
	revoke: async (event) => {
		const admin = requireAdmin(event);
		const parsed = parseForm(revokeForm(), await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors });
		if (!(await revokeApiToken(db(), parsed.data.token, admin.id))) return fail(404, { errors: formError(m.tokens_not_found()) });
		return { revoked: true };
	}
};
