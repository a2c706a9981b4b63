import { fail } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { resetDueDates, saveDueDates, schedulePage } from '$lib/server/schedule/service';
import type { Actions, PageServerLoad } from './$types';

const FIELD = 'due.';

export const load: PageServerLoad = async (event) => schedulePage(db(), requireUser(event), event.params.id, event.locals.locale);

export const actions: Actions = {
	save: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const values: Record<string, string> = {};
		for (const [name, value] of form) if (name.startsWith(FIELD)) values[name.slice(FIELD.length)] = String(value).trim();
		const result = await saveDueDates(db(), user, event.params.id, values, event.locals.locale);
		if (!result.ok) return fail(400, { errors: result.errors, values });
		return { saved: result.changed };
	},
	reset: async (event) => {
		const user = requireUser(event);
		const module = (await event.request.formData()).get('module');
		const count = await resetDueDates(db(), user, event.params.id, typeof module === 'string' && module ? module : null, event.locals.locale);
		return { reset: count };
	}
};
