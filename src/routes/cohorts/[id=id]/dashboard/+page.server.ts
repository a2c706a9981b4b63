import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { cohortDashboard } from '$lib/server/dashboards/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => cohortDashboard(db(), requireUser(event), event.params.id, event.url.searchParams, event.locals.locale);
