import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/access';
import { parseForm } from '$lib/server/http/forms';
import { grantExtraAttempt, traineeAttempts } from '$lib/server/quizzes/staff';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireAccess(db(), requireUser(event), 'cohort.staff', event.params.id);
	return traineeAttempts(db(), event.params.id, event.params.module, event.params.user, event.locals.locale);
};

const grantForm = () => z.object({ reason: z.string().trim().min(5, m.quiz_grant_reason_required()).max(500, m.quiz_grant_reason_too_long()) });

export const actions: Actions = {
	grant: async (event) => {
		const actor = requireUser(event);
		await requireAccess(db(), actor, 'cohort.staff', event.params.id);
		const parsed = parseForm(grantForm(), await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		await grantExtraAttempt(db(), actor.id, event.params.id, event.params.module, event.params.user, parsed.data.reason);
		return { granted: true };
	}
};
