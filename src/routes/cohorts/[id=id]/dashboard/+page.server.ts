import { fail } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { cohortDashboard } from '$lib/server/dashboards/service';
import { sendReminders } from '$lib/server/reminders/service';
import { NOTE_MAX_LENGTH } from '$lib/server/reminders/rules';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	...(await cohortDashboard(db(), requireUser(event), event.params.id, event.url.searchParams, event.locals.locale)),
	reminderNoteMax: NOTE_MAX_LENGTH
});

export const actions: Actions = {
	remind: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const userIds = form.getAll('trainee').filter((value): value is string => typeof value === 'string');
		const note = form.get('note');
		const input = { userIds, note: typeof note === 'string' ? note : '' };
		const result = await sendReminders(db(), user, event.params.id, input);
		if (!result.ok) return fail(result.status, { remind: { errors: result.errors, values: input } });
		return { remind: { sent: result.sent, skipped: result.skipped } };
	}
};
