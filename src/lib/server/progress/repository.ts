import type { Kysely } from 'kysely';
import type { DB, ModuleStatus } from '../db/schema';

export async function moduleProgressFor(db: Kysely<DB>, cohortId: string, userId: string) {
	return db.selectFrom('module_progress').selectAll().where('cohort_id', '=', cohortId).where('user_id', '=', userId).execute();
}

export async function statusesFor(db: Kysely<DB>, cohortId: string, userId: string): Promise<Map<string, ModuleStatus>> {
	const rows = await db
		.selectFrom('module_progress')
		.select(['module_slug', 'status'])
		.where('cohort_id', '=', cohortId)
		.where('user_id', '=', userId)
		.execute();
	return new Map(rows.map((r) => [r.module_slug, r.status]));
}

/** The cohort a person learns a course in: their most recent trainee enrolment for it. */
export async function learningCohort(db: Kysely<DB>, userId: string, courseSlug: string) {
	return db
		.selectFrom('enrolments')
		.innerJoin('cohorts', 'cohorts.id', 'enrolments.cohort_id')
		.select(['cohorts.id', 'cohorts.name', 'cohorts.starts_on', 'cohorts.ends_on'])
		.where('enrolments.user_id', '=', userId)
		.where('enrolments.role', '=', 'trainee')
		.where('cohorts.course_slug', '=', courseSlug)
		.orderBy('cohorts.starts_on', 'desc')
		.executeTakeFirst();
}

/** Whether the person teaches any cohort of the course (they may read it, but record no progress). */
export async function teachesCourse(db: Kysely<DB>, userId: string, courseSlug: string): Promise<boolean> {
	const row = await db
		.selectFrom('enrolments')
		.innerJoin('cohorts', 'cohorts.id', 'enrolments.cohort_id')
		.select('enrolments.user_id')
		.where('enrolments.user_id', '=', userId)
		.where('enrolments.role', '=', 'instructor')
		.where('cohorts.course_slug', '=', courseSlug)
		.executeTakeFirst();
	return Boolean(row);
}

/** Completed module counts per (cohort, user) for a person's courses: the home page's progress line. */
export async function completedCounts(db: Kysely<DB>, userId: string) {
	const rows = await db
		.selectFrom('module_progress')
		.select(['cohort_id'])
		.select((eb) => eb.fn.countAll<number>().as('completed'))
		.where('user_id', '=', userId)
		.where('status', '=', 'completed')
		.groupBy('cohort_id')
		.execute();
	return new Map(rows.map((r) => [r.cohort_id, Number(r.completed)]));
}
