import type { Kysely } from 'kysely';
import type { DB, Locale } from '../db/schema';
import { hashToken } from './tokens';

export const SESSION_COOKIE = 'bootcamp_session';
export const SESSION_LIFETIME_MS = 30 * 24 * 60 * 60 * 1000;
/** A session used in its last 15 days is pushed back to a full 30 (sliding expiry). */
const RENEW_WITHIN_MS = SESSION_LIFETIME_MS / 2;

export interface Session {
	id: string;
	userId: string;
	expiresAt: number;
}

/** What every request knows about who is asking. Roles per cohort are looked up where needed. */
export interface SessionUser {
	id: string;
	email: string;
	displayName: string;
	preferredLanguage: Locale;
	isAdmin: boolean;
	isManager: boolean;
}

export async function createSession(db: Kysely<DB>, token: string, userId: string, now = Date.now()): Promise<Session> {
	const session = { id: hashToken(token), userId, expiresAt: now + SESSION_LIFETIME_MS };
	await db
		.insertInto('sessions')
		.values({ id: session.id, user_id: userId, created_at: now, expires_at: session.expiresAt })
		.execute();
	return session;
}

export async function validateSessionToken(
	db: Kysely<DB>,
	token: string,
	now = Date.now()
): Promise<{ session: Session; user: SessionUser; renewed: boolean } | null> {
	const id = hashToken(token);
	const row = await db
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
		.select((eb) =>
			eb
				.exists(eb.selectFrom('users as staff').select('staff.id').whereRef('staff.manager_id', '=', 'users.id'))
				.as('is_manager')
		)
		.where('sessions.id', '=', id)
		.executeTakeFirst();
	if (!row) return null;
	if (now >= row.expires_at || row.disabled_at !== null) {
		await db.deleteFrom('sessions').where('id', '=', id).execute();
		return null;
	}
	let expiresAt = row.expires_at;
	const renewed = now >= expiresAt - RENEW_WITHIN_MS;
	if (renewed) {
		expiresAt = now + SESSION_LIFETIME_MS;
		await db.updateTable('sessions').set({ expires_at: expiresAt }).where('id', '=', id).execute();
	}
	return {
		renewed,
		session: { id, userId: row.user_id, expiresAt },
		user: {
			id: row.user_id,
			email: row.email,
			displayName: row.display_name,
			preferredLanguage: row.preferred_language,
			isAdmin: row.is_admin === 1,
			isManager: Boolean(row.is_manager)
		}
	};
}

export async function invalidateSession(db: Kysely<DB>, sessionId: string): Promise<void> {
	await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

export async function invalidateUserSessions(db: Kysely<DB>, userId: string): Promise<void> {
	await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

export async function deleteExpiredSessions(db: Kysely<DB>, now = Date.now()): Promise<void> {
	await db.deleteFrom('sessions').where('expires_at', '<=', now).execute();
}
