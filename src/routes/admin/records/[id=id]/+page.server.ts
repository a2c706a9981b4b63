import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { requireAdmin } from '$lib/server/access';
import { formError, parseForm } from '$lib/server/http/forms';
import { adminRecordPage, reissueRecord, revokeRecord } from '$lib/server/records/service';
import type { Actions, PageServerLoad } from './$types';

const reasonForm = () => z.object({ reason: z.string().trim().min(5, m.admin_reason_required()).max(500, m.admin_reason_too_long()) });

export const load: PageServerLoad = async (event) => adminRecordPage(db(), requireAdmin(event), event.params.id, event.locals.locale);

export const actions: Actions = {
	revoke: async (event) => {
		const admin = requireAdmin(event);
		const parsed = parseForm(reasonForm(), await event.request.formData());
		if (!parsed.ok) return fail(400, { action: 'revoke', errors: parsed.errors, values: parsed.values });
		const result = await revokeRecord(db(), admin, event.params.id, parsed.data.reason);
		if (!result.ok) return fail(409, { action: 'revoke', errors: formError(m.admin_already_revoked()), values: { reason: parsed.data.reason } });
		return { action: 'revoke', done: m.admin_revoked_done() };
	},
	reissue: async (event) => {
		const admin = requireAdmin(event);
		const parsed = parseForm(reasonForm(), await event.request.formData());
		if (!parsed.ok) return fail(400, { action: 'reissue', errors: parsed.errors, values: parsed.values });
		const result = await reissueRecord(db(), admin, event.params.id, parsed.data.reason);
		if (!result.ok) return fail(409, { action: 'reissue', errors: formError(m.admin_already_reissued()), values: { reason: parsed.data.reason } });
		redirect(303, localizeHref(`/admin/records/${result.id}?reissued=1`));
	}
};
