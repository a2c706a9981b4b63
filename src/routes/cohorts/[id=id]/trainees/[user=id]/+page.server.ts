import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { traineeDetail } from '$lib/server/dashboards/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => traineeDetail(db(), requireUser(event), event.params.id, event.params.user, event.locals.locale);
