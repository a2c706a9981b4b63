import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { teamProgress } from '$lib/server/dashboards/staff';
import { digestPreference, setDigestPreference } from '$lib/server/reminders/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return { staff: await teamProgress(db(), user), digest: await digestPreference(db(), user) };
};

export const actions: Actions = {
	digest: async (event) => {
		const user = requireUser(event);
		const receive = (await event.request.formData()).get('receive') === 'yes';
		await setDigestPreference(db(), user, receive);
		return { digestSaved: receive };
	}
};
