import { db } from '$lib/server/db';
import { forbidden, requireUser } from '$lib/server/access';
import { listStaff } from '$lib/server/team/repository';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	if (!user.isManager) forbidden();
	return { staff: await listStaff(db(), user.id) };
};
