import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { requireAdmin } from '$lib/server/access';
import { createCohort } from '$lib/server/cohorts/service';
import { adminOverview } from '$lib/server/dashboards/service';
import { parseForm } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

const isoDate = () => z.string().regex(/^\d{4}-\d{2}-\d{2}$/, m.form_date_invalid()).refine((d) => !Number.isNaN(Date.parse(d)), m.form_date_invalid());

const cohortForm = () =>
	z
		.object({
			name: z.string().trim().min(1, m.cohort_name_required()).max(120, m.cohort_name_too_long()),
			course: z.string().trim().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, m.cohort_course_invalid()),
			starts_on: isoDate(),
			ends_on: isoDate()
		})
		.refine((f) => f.ends_on >= f.starts_on, { path: ['ends_on'], message: m.cohort_end_before_start() });

export const load: PageServerLoad = async (event) => {
	return { overview: await adminOverview(db(), requireAdmin(event)) };
};

export const actions: Actions = {
	create: async (event) => {
		const admin = requireAdmin(event);
		const parsed = parseForm(cohortForm(), await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { name, course, starts_on, ends_on } = parsed.data;
		const id = await createCohort(db(), { name, courseSlug: course, startsOn: starts_on, endsOn: ends_on }, admin.id);
		redirect(303, localizeHref(`/cohorts/${id}?created=1`));
	}
};
