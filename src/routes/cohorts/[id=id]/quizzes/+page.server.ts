import { db } from '$lib/server/db';
import { requireAccess, requireUser } from '$lib/server/access';
import { cohortQuizzes } from '$lib/server/quizzes/staff';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireAccess(db(), requireUser(event), 'cohort.staff', event.params.id);
	return cohortQuizzes(db(), event.params.id, event.locals.locale);
};
