import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { teamProgress } from '$lib/server/dashboards/staff';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ staff: await teamProgress(db(), requireUser(event)) });
