import type { Kysely } from 'kysely';
import type { DB, ModuleProgressTable } from '../db/schema';
import { newId } from '../ids';
import { engineOf } from '../db/engine';

export async function moduleProgressFor(db: Kysely<DB>, cohortId: string, userId: string) {
	return db.selectFrom('module_progress').selectAll().where('cohort_id', '=', cohortId).where('user_id', '=', userId).execute();
}

/** The cohort a person learns a course in: their most recent trainee enrolment for it. */
export async function learningCohort(db: Kysely<DB>, userId: string, courseSlug: string) {
	return db
		.selectFrom('enrolments')
		.innerJoin('cohorts', 'cohorts.id', 'enrolments.cohort_id')
		.select(['cohorts.id', 'cohorts.name', 'cohorts.name_fr', 'cohorts.starts_on', 'cohorts.ends_on'])
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

export type ModuleProgressKey = { cohortId: string; userId: string; moduleSlug: string };

/** One person's derived status of one module, if they have started it. */
export async function moduleProgressOf(db: Kysely<DB>, key: ModuleProgressKey) {
	return db
		.selectFrom('module_progress')
		.selectAll()
		.where('cohort_id', '=', key.cohortId)
		.where('user_id', '=', key.userId)
		.where('module_slug', '=', key.moduleSlug)
		.executeTakeFirst();
}

/** Writes a module's derived status: the row replaces the one there, or is the first. */
export async function saveModuleProgress(db: Kysely<DB>, row: ModuleProgressTable, exists: boolean): Promise<void> {
	if (!exists) {
		await db.insertInto('module_progress').values(row).execute();
		return;
	}
	await db
		.updateTable('module_progress')
		.set(row)
		.where('cohort_id', '=', row.cohort_id)
		.where('user_id', '=', row.user_id)
		.where('module_slug', '=', row.module_slug)
		.execute();
}

/** Appends one event to the progress log (never updated or deleted). */
export async function insertProgressEvent(
	db: Kysely<DB>,
	event: {
		userId: string;
		cohortId: string;
		courseSlug: string;
		moduleSlug: string;
		kind: string;
		contentVersion: string;
		at: number;
		actorId: string;
		details: Record<string, unknown>;
	}
): Promise<void> {
	await db
		.insertInto('progress_events')
		.values({
			id: newId(),
			user_id: event.userId,
			cohort_id: event.cohortId,
			course_slug: event.courseSlug,
			module_slug: event.moduleSlug,
			kind: event.kind,
			content_version: event.contentVersion,
			at: event.at,
			actor_id: event.actorId,
			details: JSON.stringify(event.details)
		})
		.execute();
}

/**
 * Makes the person's progress writes take turns until this transaction ends, so that two of them
 * (two modules completing at once, on two server processes) cannot both miss, or both see, the
 * other's completion when deciding on a record. SQLite needs nothing: every write transaction
 * holds the database's one write lock from its start (BEGIN IMMEDIATE, db/sqlite.ts). PostgreSQL
 * lets transactions run side by side (READ COMMITTED), so lock the person's row.
 */
export async function lockPersonProgress(trx: Kysely<DB>, userId: string): Promise<void> {
	if (engineOf(trx) !== 'postgres') return;
	await trx.selectFrom('users').select('id').where('id', '=', userId).forUpdate().execute();
}
