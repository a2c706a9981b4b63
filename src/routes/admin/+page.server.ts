import { fail, redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { requireAdmin } from '$lib/server/access';
import { createCohort } from '$lib/server/cohorts/service';
import { cohortNameFields } from '$lib/server/cohorts/names';
import { getCourse, listCourses } from '$lib/server/content/catalog';
import { adminOverview } from '$lib/server/dashboards/service';
import { parseForm } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

const isoDate = () =>
	z
		.string()
		.regex(/^\d{4}-\d{2}-\d{2}$/, m.form_date_invalid())
		.refine((d) => !Number.isNaN(Date.parse(d)), m.form_date_invalid());

const cohortForm = () =>
	z
		.object({
			...cohortNameFields(),
			// Only a course the catalogue knows: any other would give a cohort with no pages.
			course: z
				.string()
				.trim()
				.refine((slug) => getCourse(slug) !== undefined, m.cohort_course_unknown()),
			starts_on: isoDate(),
			ends_on: isoDate()
		})
		.refine((f) => f.ends_on >= f.starts_on, { path: ['ends_on'], message: m.cohort_end_before_start() });

export const load: PageServerLoad = async (event) => {
	const overview = await adminOverview(db(), requireAdmin(event), Date.now(), event.locals.locale);
	const locale = event.locals.locale;
	const collator = new Intl.Collator(locale);
	const courses = listCourses()
		.map((course) => ({ slug: course.slug, title: course.title[locale] }))
		.sort((a, b) => collator.compare(a.title, b.title));
	return { overview, courses };
};

export const actions: Actions = {
	create: async (event) => {
		const admin = requireAdmin(event);
		const parsed = parseForm(cohortForm(), await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: parsed.errors, values: parsed.values });
		const { name, name_fr, course, starts_on, ends_on } = parsed.data;
		const id = await createCohort(db(), { name, nameFr: name_fr, courseSlug: course, startsOn: starts_on, endsOn: ends_on }, admin.id);
		redirect(303, localizeHref(`/cohorts/${id}?created=1`));
	}
};
