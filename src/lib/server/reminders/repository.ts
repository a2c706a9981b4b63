// All of the reminders' SQL: reminders sent, the cohorts' nudge setting, and the managers' digest.
import type { Kysely } from 'kysely';
import type { DB, ReminderKind } from '../db/schema';

export interface NewReminder {
	id: string;
	cohortId: string;
	userId: string;
	sentBy: string | null;
	kind: ReminderKind;
	note: string | null;
	weekKey: string | null;
	at: number;
}

const reminderRow = (r: NewReminder) => ({
	id: r.id,
	cohort_id: r.cohortId,
	user_id: r.userId,
	sent_by: r.sentBy,
	kind: r.kind,
	note: r.note,
	week_key: r.weekKey,
	at: r.at
});

export async function insertReminder(db: Kysely<DB>, reminder: NewReminder): Promise<void> {
	await db.insertInto('reminders').values(reminderRow(reminder)).execute();
}

/** Writes the reminder unless one of its kind already holds its week; says whether it was written. */
export async function insertReminderOnce(db: Kysely<DB>, reminder: NewReminder): Promise<boolean> {
	const result = await db
		.insertInto('reminders')
		.values(reminderRow(reminder))
		.onConflict((oc) => oc.columns(['user_id', 'cohort_id', 'kind', 'week_key']).doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function deleteReminder(db: Kysely<DB>, id: string): Promise<void> {
	await db.deleteFrom('reminders').where('id', '=', id).execute();
}

/** Of these people, the trainees of the cohort: whether their account is disabled, and whether they have yet to set a password. */
export async function traineesAmong(db: Kysely<DB>, cohortId: string, userIds: string[]) {
	if (!userIds.length) return [];
	const rows = await db
		.selectFrom('enrolments')
		.innerJoin('users', 'users.id', 'enrolments.user_id')
		.select(['users.id', 'users.disabled_at', 'users.password_hash'])
		.where('enrolments.cohort_id', '=', cohortId)
		.where('enrolments.role', '=', 'trainee')
		.where('users.id', 'in', userIds)
		.execute();
	return rows.map((r) => ({ id: r.id, disabled: r.disabled_at !== null, invited: r.password_hash === null }));
}

/** The people reminded by hand in the cohort since `since`. */
export async function remindedSince(db: Kysely<DB>, cohortId: string, userIds: string[], since: number): Promise<Set<string>> {
	if (!userIds.length) return new Set();
	const rows = await db
		.selectFrom('reminders')
		.select('user_id')
		.distinct()
		.where('cohort_id', '=', cohortId)
		.where('kind', '=', 'manual')
		.where('user_id', 'in', userIds)
		.where('at', '>=', since)
		.execute();
	return new Set(rows.map((r) => r.user_id));
}

/** Each person's latest automatic nudge in the cohort. */
export async function lastNudges(db: Kysely<DB>, cohortId: string): Promise<Map<string, number>> {
	const rows = await db
		.selectFrom('reminders')
		.select('user_id')
		.select((eb) => eb.fn.max('at').as('last_at'))
		.where('cohort_id', '=', cohortId)
		.where('kind', '=', 'nudge')
		.groupBy('user_id')
		.execute();
	return new Map(rows.map((r) => [r.user_id, Number(r.last_at)]));
}

/** The cohort's trainees a nudge cannot help: disabled, or not yet signed up (no password: their invitation is what they need). */
export async function unreachableTrainees(db: Kysely<DB>, cohortId: string): Promise<Set<string>> {
	const rows = await db
		.selectFrom('enrolments')
		.innerJoin('users', 'users.id', 'enrolments.user_id')
		.select('users.id')
		.where('enrolments.cohort_id', '=', cohortId)
		.where('enrolments.role', '=', 'trainee')
		.where((eb) => eb.or([eb('users.disabled_at', 'is not', null), eb('users.password_hash', 'is', null)]))
		.execute();
	return new Set(rows.map((r) => r.id));
}

/** One person's reminders in a cohort, newest first, with who sent each (null: the automatic nudge). */
export async function remindersOf(db: Kysely<DB>, cohortId: string, userId: string, limit: number) {
	return db
		.selectFrom('reminders')
		.leftJoin('users as sender', 'sender.id', 'reminders.sent_by')
		.select(['reminders.id', 'reminders.kind', 'reminders.note', 'reminders.at', 'reminders.sent_by'])
		.select('sender.display_name as sender_name')
		.where('reminders.cohort_id', '=', cohortId)
		.where('reminders.user_id', '=', userId)
		.orderBy('reminders.at', 'desc')
		.orderBy('reminders.id')
		.limit(limit)
		.execute();
}

export async function nudgeDaysSetting(db: Kysely<DB>, cohortId: string): Promise<number | null> {
	const row = await db.selectFrom('reminder_settings').select('nudge_after_days').where('cohort_id', '=', cohortId).executeTakeFirst();
	return row ? Number(row.nudge_after_days) : null;
}

export async function nudgeDaysSettings(db: Kysely<DB>): Promise<Map<string, number>> {
	const rows = await db.selectFrom('reminder_settings').select(['cohort_id', 'nudge_after_days']).execute();
	return new Map(rows.map((r) => [r.cohort_id, Number(r.nudge_after_days)]));
}

export async function replaceNudgeDays(db: Kysely<DB>, cohortId: string, days: number, updatedBy: string, at: number): Promise<void> {
	await db
		.insertInto('reminder_settings')
		.values({ cohort_id: cohortId, nudge_after_days: days, updated_by: updatedBy, updated_at: at })
		.onConflict((oc) => oc.column('cohort_id').doUpdateSet({ nudge_after_days: days, updated_by: updatedBy, updated_at: at }))
		.execute();
}

/** Cohorts running on an Ontario date (started, not yet ended). */
export async function cohortsRunningOn(db: Kysely<DB>, date: string) {
	return db.selectFrom('cohorts').selectAll().where('starts_on', '<=', date).where('ends_on', '>=', date).orderBy('starts_on').execute();
}

export async function isSubscribedToDigest(db: Kysely<DB>, userId: string): Promise<boolean> {
	const row = await db
		.selectFrom('digest_subscriptions')
		.innerJoin('users', 'users.id', 'digest_subscriptions.user_id')
		.select('users.id')
		.where('digest_subscriptions.user_id', '=', userId)
		.where('users.optional_mail_unsubscribed_at', 'is', null)
		.executeTakeFirst();
	return row !== undefined;
}

/** Opting in undoes an earlier unsubscribe: the person asked for this email again. */
export async function subscribeToDigest(db: Kysely<DB>, userId: string, at: number): Promise<void> {
	await db
		.insertInto('digest_subscriptions')
		.values({ user_id: userId, subscribed_at: at })
		.onConflict((oc) => oc.column('user_id').doUpdateSet({ subscribed_at: at }))
		.execute();
	await db.updateTable('users').set({ optional_mail_unsubscribed_at: null }).where('id', '=', userId).execute();
}

export async function unsubscribeFromDigest(db: Kysely<DB>, userId: string): Promise<void> {
	await db.deleteFrom('digest_subscriptions').where('user_id', '=', userId).execute();
}

/** Managers who asked for the digest, have not unsubscribed from optional email, and still have staff. */
export async function digestSubscribers(db: Kysely<DB>) {
	return db
		.selectFrom('digest_subscriptions')
		.innerJoin('users', 'users.id', 'digest_subscriptions.user_id')
		.select(['users.id', 'users.email', 'users.display_name', 'users.preferred_language'])
		.where('users.disabled_at', 'is', null)
		.where('users.optional_mail_unsubscribed_at', 'is', null)
		.where((eb) => eb.exists(eb.selectFrom('users as staff').select('staff.id').whereRef('staff.manager_id', '=', 'users.id')))
		.orderBy('users.id')
		.execute();
}

/** Records the manager's digest for the week unless one is already recorded; says whether it was. */
export async function recordDigestOnce(db: Kysely<DB>, managerId: string, week: string, at: number): Promise<boolean> {
	const result = await db
		.insertInto('digests_sent')
		.values({ manager_id: managerId, week_key: week, at })
		.onConflict((oc) => oc.columns(['manager_id', 'week_key']).doNothing())
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) > 0;
}

export async function forgetDigest(db: Kysely<DB>, managerId: string, week: string): Promise<void> {
	await db.deleteFrom('digests_sent').where('manager_id', '=', managerId).where('week_key', '=', week).execute();
}
