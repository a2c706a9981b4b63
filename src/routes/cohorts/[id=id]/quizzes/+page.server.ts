import { db } from '$lib/server/db';
import { requireCohortStaff } from '$lib/server/access';
import { cohortQuizzes } from '$lib/server/quizzes/staff';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await requireCohortStaff(db(), event, event.params.id);
	return cohortQuizzes(db(), event.params.id, event.locals.locale);
};
