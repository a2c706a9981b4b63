import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { courseOr404, courseOverview } from '$lib/server/courses/player';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	courseOverview(db(), requireUser(event), courseOr404(event.params.course), event.locals.locale);
