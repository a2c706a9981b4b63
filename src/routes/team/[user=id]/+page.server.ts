import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { staffMember } from '$lib/server/dashboards/staff';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
	person: await staffMember(db(), requireUser(event), event.params.user, event.locals.locale)
});
