import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { requireAccess, requireAdmin, requireUser } from '$lib/server/access';
import { listRoster } from '$lib/server/cohorts/repository';
import { addInstructor, reissuePendingInvitations } from '$lib/server/cohorts/service';
import { absoluteLinks } from '$lib/server/http/links';
import { parseForm } from '$lib/server/http/forms';
import { reviewQueueSize } from '$lib/server/exercises/review-service';
import type { Actions, PageServerLoad } from './$types';
import { cohortName } from '$lib/cohorts/name';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const cohort = await requireAccess(db(), user, 'cohort.staff', event.params.id);
	return {
		cohort: { ...cohort, name: cohortName(cohort, event.locals.locale) },
		roster: await listRoster(db(), cohort.id),
		canManageInstructors: user.isAdmin,
		reviewQueue: await reviewQueueSize(db(), cohort.id)
	};
};

export const actions: Actions = {
	invitations: async (event) => {
		const user = requireUser(event);
		const cohort = await requireAccess(db(), user, 'cohort.staff', event.params.id);
		const { sent, links, withheld } = await reissuePendingInvitations(db(), cohort.id, user.id);
		return { sent, links: absoluteLinks(event.url.origin, links), withheld, nobodyPending: sent.length + withheld.length === 0 };
	},
	instructor: async (event) => {
		const admin = requireAdmin(event);
		const cohort = await requireAccess(db(), admin, 'cohort.staff', event.params.id);
		const parsed = parseForm(z.object({ email: z.string().trim().min(1, m.form_email_required()).max(254) }), await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const added = await addInstructor(db(), cohort.id, parsed.data.email, admin.id);
		if (!added) return fail(400, { errors: { email: m.cohort_instructor_unknown() }, values: { email: parsed.data.email } });
		return { instructorAdded: parsed.data.email };
	}
};
