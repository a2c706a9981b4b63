import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/access';
import { applyRosterImport, planRosterImport } from '$lib/server/rosters/import';
import { MAX_ROSTER_BYTES } from '$lib/server/rosters/parse';
import { absoluteLinks } from '$lib/server/http/links';
import type { Actions, PageServerLoad } from './$types';
import { cohortName } from '$lib/cohorts/name';

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
	const cohort = await requireAccess(db(), requireUser(event), 'cohort.staff', event.params.id);
	return { cohort: { id: cohort.id, name: cohortName(cohort, event.locals.locale) } };
};

export const actions: Actions = {
	preview: async (event) => {
		const user = requireUser(event);
		await requireAccess(db(), user, 'cohort.staff', event.params.id);
		const csv = await rosterText(await event.request.formData());
		if (csv === null) return fail(413, { problems: [{ line: 0, code: 'too_large' as const }], csv: '' });
		if (!csv.trim()) return fail(400, { problems: [{ line: 0, code: 'empty' as const }], csv: '' });
		const plan = await planRosterImport(db(), event.params.id, csv, user.id);
		return { plan, csv };
	},
	confirm: async (event) => {
		const user = requireUser(event);
		const cohort = await requireAccess(db(), user, 'cohort.staff', event.params.id);
		const csv = await rosterText(await event.request.formData());
		if (!csv) return fail(400, { problems: [{ line: 0, code: 'empty' as const }], csv: '' });
		const result = await applyRosterImport(db(), cohort.id, csv, user.id);
		if (!result.ok) return fail(400, { plan: result.plan, csv });
		if (result.invited.length === 0) redirect(303, localizeHref(`/cohorts/${cohort.id}?imported=1`));
		return { imported: result.plan.rows.length, invited: result.invited, links: absoluteLinks(event.url.origin, result.links) };
	}
};
