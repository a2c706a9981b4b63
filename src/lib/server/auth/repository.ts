// All of the auth domain's SQL: sessions and the sign-in limit's failures.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export async function insertSession(db: Kysely<DB>, session: { id: string; userId: string; createdAt: number; expiresAt: number }): Promise<void> {
	await db.insertInto('sessions').values({ id: session.id, user_id: session.userId, created_at: session.createdAt, expires_at: session.expiresAt }).execute();
}

/** The session with the person it belongs to, and whether anyone names them as manager. */
export async function sessionWithUser(db: Kysely<DB>, id: string) {
	return db
		.selectFrom('sessions')
		.innerJoin('users', 'users.id', 'sessions.user_id')
		.select([
			'sessions.id as session_id',
			'sessions.expires_at',
			'users.id as user_id',
			'users.email',
			'users.display_name',
			'users.preferred_language',
			'users.is_admin',
			'users.disabled_at'
		])
		.select((eb) => eb.exists(eb.selectFrom('users as staff').select('staff.id').whereRef('staff.manager_id', '=', 'users.id')).as('is_manager'))
		.select((eb) =>
			eb
				.exists(
					eb.selectFrom('enrolments').select('enrolments.cohort_id').whereRef('enrolments.user_id', '=', 'users.id').where('enrolments.role', '=', 'instructor')
				)
				.as('teaches')
		)
		.where('sessions.id', '=', id)
		.executeTakeFirst();
}

export async function setSessionExpiry(db: Kysely<DB>, id: string, expiresAt: number): Promise<void> {
	await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
}

export async function deleteSession(db: Kysely<DB>, id: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', id).execute();
}

export async function deleteUserSessions(db: Kysely<DB>, userId: string): Promise<void> {
	await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteSessionsExpiredBy(db: Kysely<DB>, now: number): Promise<void> {
	await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}

/** The times of a limit key's latest failures since `since`, newest first, leaving out the rows named. */
export async function recentFailures(db: Kysely<DB>, key: string, since: number, limit: number, excluding: string[]): Promise<number[]> {
	const rows = await db
		.selectFrom('sign_in_failures')
		.select('at')
		.where('limit_key', '=', key)
		.where('at', '>', since)
		.$if(excluding.length > 0, (q) => q.where('id', 'not in', excluding))
		.orderBy('at', 'desc')
		.limit(limit)
		.execute();
	return rows.map((row) => row.at);
}

export async function insertFailures(db: Kysely<DB>, rows: { id: string; limit_key: string; at: number }[]): Promise<void> {
	await db.insertInto('sign_in_failures').values(rows).execute();
}

export async function deleteFailuresUpTo(db: Kysely<DB>, at: number): Promise<void> {
	await db.deleteFrom('sign_in_failures').where('at', '<=', at).execute();
}

export async function deleteFailures(db: Kysely<DB>, ids: string[]): Promise<void> {
	await db.deleteFrom('sign_in_failures').where('id', 'in', ids).execute();
}

export async function deleteFailuresOfKey(db: Kysely<DB>, key: string): Promise<void> {
	await db.deleteFrom('sign_in_failures').where('limit_key', '=', key).execute();
}
