import type { Kysely } from 'kysely';
import type { Locale } from '$lib/paraglide/runtime';
import type { DB } from '../db/schema';
import * as repo from './repository';
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
	/**
	 * Whether they teach any cohort, read with the session (the header's review badge needs it on
	 * every page). Absent where a SessionUser is made otherwise: it is then read when needed.
	 */
	teaches?: boolean;
}

export async function createSession(db: Kysely<DB>, token: string, userId: string, now = Date.now()): Promise<Session> {
	const session = { id: hashToken(token), userId, expiresAt: now + SESSION_LIFETIME_MS };
	await repo.insertSession(db, { ...session, createdAt: now });
	return session;
}

export async function validateSessionToken(
	db: Kysely<DB>,
	token: string,
	now = Date.now()
): Promise<{ session: Session; user: SessionUser; renewed: boolean } | null> {
	const id = hashToken(token);
	const row = await repo.sessionWithUser(db, id);
	if (!row) return null;
	if (now >= row.expires_at || row.disabled_at !== null) {
		await repo.deleteSession(db, id);
		return null;
	}
	let expiresAt = row.expires_at;
	const renewed = now >= expiresAt - RENEW_WITHIN_MS;
	if (renewed) {
		expiresAt = now + SESSION_LIFETIME_MS;
		await repo.setSessionExpiry(db, id, expiresAt);
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
			isManager: Boolean(row.is_manager),
			teaches: Boolean(row.teaches)
		}
	};
}

export const invalidateSession = (db: Kysely<DB>, sessionId: string): Promise<void> => repo.deleteSession(db, sessionId);

export const invalidateUserSessions = (db: Kysely<DB>, userId: string): Promise<void> => repo.deleteUserSessions(db, userId);

export const deleteExpiredSessions = (db: Kysely<DB>, now = Date.now()): Promise<void> => repo.deleteSessionsExpiredBy(db, now);
