import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** The due dates instructors set, for each of these cohorts. */
export async function dueDateRows(db: Kysely<DB>, cohortIds: readonly string[]) {
	if (cohortIds.length === 0) return [];
	return db
		.selectFrom('cohort_module_due_dates')
		.select(['cohort_id', 'module_slug', 'due_on', 'updated_at'])
		.where('cohort_id', 'in', [...cohortIds])
		.execute();
}

export async function replaceDueDate(
	db: Kysely<DB>,
	row: { cohortId: string; moduleSlug: string; dueOn: string; updatedBy: string; updatedAt: number }
): Promise<void> {
	await removeDueDate(db, row.cohortId, row.moduleSlug);
	await db
		.insertInto('cohort_module_due_dates')
		.values({ cohort_id: row.cohortId, module_slug: row.moduleSlug, due_on: row.dueOn, updated_by: row.updatedBy, updated_at: row.updatedAt })
		.execute();
}

export async function removeDueDate(db: Kysely<DB>, cohortId: string, moduleSlug: string): Promise<void> {
	await db.deleteFrom('cohort_module_due_dates').where('cohort_id', '=', cohortId).where('module_slug', '=', moduleSlug).execute();
}

/** The cohorts a person learns in (not those they teach), oldest first. */
export async function learningCohorts(db: Kysely<DB>, userId: string) {
	return db
		.selectFrom('enrolments')
		.innerJoin('cohorts', 'cohorts.id', 'enrolments.cohort_id')
		.select(['cohorts.id', 'cohorts.name', 'cohorts.name_fr', 'cohorts.course_slug', 'cohorts.starts_on', 'cohorts.ends_on'])
		.where('enrolments.user_id', '=', userId)
		.where('enrolments.role', '=', 'trainee')
		.orderBy('cohorts.starts_on')
		.orderBy('cohorts.id')
		.execute();
}

export async function feedCreatedAt(db: Kysely<DB>, userId: string): Promise<number | null> {
	const row = await db.selectFrom('calendar_feeds').select('created_at').where('user_id', '=', userId).executeTakeFirst();
	return row ? Number(row.created_at) : null;
}

/** One feed per person: a new token replaces the old one, which stops working at once. */
export async function replaceFeed(db: Kysely<DB>, userId: string, tokenHash: string, now: number): Promise<void> {
	await db.deleteFrom('calendar_feeds').where('user_id', '=', userId).execute();
	await db.insertInto('calendar_feeds').values({ user_id: userId, token_hash: tokenHash, created_at: now }).execute();
}

/** The person a feed token belongs to, unless their account is disabled. */
export async function feedOwner(db: Kysely<DB>, tokenHash: string) {
	return db
		.selectFrom('calendar_feeds')
		.innerJoin('users', 'users.id', 'calendar_feeds.user_id')
		.select(['users.id', 'users.preferred_language'])
		.where('calendar_feeds.token_hash', '=', tokenHash)
		.where('users.disabled_at', 'is', null)
		.executeTakeFirst();
}
