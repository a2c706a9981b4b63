import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { feedMadeAt, hasDueDates, resetFeed } from '$lib/server/schedule/feed';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	const [madeAt, dueDates] = await Promise.all([feedMadeAt(db(), user), hasDueDates(db(), user)]);
	return { madeAt, hasDueDates: dueDates };
};

export const actions: Actions = {
	reset: async (event) => {
		const token = await resetFeed(db(), requireUser(event));
		return { address: `${event.url.origin}/calendar/${token}.ics` };
	}
};
