import { error, fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { requireCohortStaff } from '$lib/server/access';
import { getCohort } from '$lib/server/cohorts/repository';
import { applyRosterImport, planRosterImport } from '$lib/server/rosters/import';
import { MAX_ROSTER_BYTES } from '$lib/server/rosters/parse';
import { absoluteLinks } from '$lib/server/http/links';
import type { Actions, PageServerLoad } from './$types';

async function cohortOr404(id: string) {
	const cohort = await getCohort(db(), id);
	if (!cohort) error(404, m.cohort_not_found());
	return cohort;
}

/** The roster's text, from an uploaded file or from the text box. */
async function rosterText(form: FormData): Promise<string | null> {
	const file = form.get('file');
	if (file instanceof File && file.size > 0) {
		if (file.size > MAX_ROSTER_BYTES) return null;
		return file.text();
	}
	const text = form.get('csv');
	return typeof text === 'string' ? text : '';
}

export const load: PageServerLoad = async (event) => {
	await requireCohortStaff(db(), event, event.params.id);
	const cohort = await cohortOr404(event.params.id);
	return { cohort: { id: cohort.id, name: cohort.name } };
};

export const actions: Actions = {
	preview: async (event) => {
		const user = await requireCohortStaff(db(), event, event.params.id);
		await cohortOr404(event.params.id);
		const csv = await rosterText(await event.request.formData());
		if (csv === null) return fail(413, { problems: [{ line: 0, code: 'too_large' as const }], csv: '' });
		if (!csv.trim()) return fail(400, { problems: [{ line: 0, code: 'empty' as const }], csv: '' });
		const plan = await planRosterImport(db(), event.params.id, csv, user.id);
		return { plan, csv };
	},
	confirm: async (event) => {
		const user = await requireCohortStaff(db(), event, event.params.id);
		const cohort = await cohortOr404(event.params.id);
		const csv = await rosterText(await event.request.formData());
		if (!csv) return fail(400, { problems: [{ line: 0, code: 'empty' as const }], csv: '' });
		const result = await applyRosterImport(db(), cohort.id, csv, user.id);
		if (!result.ok) return fail(400, { plan: result.plan, csv });
		if (result.links.length === 0) redirect(303, localizeHref(`/cohorts/${cohort.id}?imported=1`));
		return { imported: result.plan.rows.length, links: absoluteLinks(event.url.origin, result.links) };
	}
};
