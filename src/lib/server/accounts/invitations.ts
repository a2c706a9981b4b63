import type { Kysely } from 'kysely';
import type { DB, InvitationPurpose } from '../db/schema';
import type { Locale } from '$lib/paraglide/runtime';
import { writeAudit } from '../audit/log';
import { hashPassword } from '../auth/password';
import { createSession, invalidateUserSessions } from '../auth/sessions';
import { generateToken, hashToken, looksLikeToken } from '../auth/tokens';
import * as repo from './repository';

export const INVITATION_LIFETIME_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * Makes a one-time link token for a person (an invitation, or a password reset) and
 * retires any earlier unused one, so only the newest link works. The token is returned
 * once; only its hash is kept.
 */
export async function issueInvitation(
	db: Kysely<DB>,
	userId: string,
	purpose: InvitationPurpose,
	actorId: string | null,
	now = Date.now(),
	lifetimeMs = INVITATION_LIFETIME_MS
): Promise<{ token: string; expiresAt: number }> {
	const token = generateToken();
	const expiresAt = now + lifetimeMs;
	await repo.retireOpenInvitations(db, userId, now);
	await repo.insertInvitation(db, { id: hashToken(token), userId, purpose, createdBy: actorId, createdAt: now, expiresAt });
	await writeAudit(db, { actorId, action: `invitation.${purpose}.issued`, subjectUserId: userId }, now);
	return { token, expiresAt };
}

type InvitationLookup =
	| { status: 'valid'; userId: string; purpose: InvitationPurpose; email: string; displayName: string; language: Locale }
	| { status: 'expired' | 'used' | 'unknown' };

export async function findInvitation(db: Kysely<DB>, token: string, now = Date.now()): Promise<InvitationLookup> {
	if (!looksLikeToken(token)) return { status: 'unknown' };
	const row = await repo.invitationById(db, hashToken(token));
	if (!row) return { status: 'unknown' };
	if (row.used_at !== null) return { status: 'used' };
	if (row.expires_at <= now) return { status: 'expired' };
	return { status: 'valid', userId: row.user_id, purpose: row.purpose, email: row.email, displayName: row.display_name, language: row.preferred_language };
}

/**
 * Sets the password from a valid link, uses the link up, signs the person out everywhere
 * else and opens a new session. The update of `used_at` is conditional, so two tabs
 * submitting the same link cannot both succeed.
 */
export async function redeemInvitation(
	db: Kysely<DB>,
	token: string,
	password: string,
	now = Date.now()
): Promise<{ sessionToken: string; expiresAt: number } | null> {
	const passwordHash = await hashPassword(password);
	return db.transaction().execute(async (trx) => {
		const invitation = await findInvitation(trx, token, now);
		if (invitation.status !== 'valid') return null;
		if (!(await repo.claimInvitation(trx, hashToken(token), now))) return null;
		// From now on the account is its owner's: no staff member may get a link for it.
		await repo.setPasswordFromLink(trx, invitation.userId, passwordHash, now);
		await invalidateUserSessions(trx, invitation.userId);
		await writeAudit(trx, { actorId: invitation.userId, action: `invitation.${invitation.purpose}.redeemed`, subjectUserId: invitation.userId }, now);
		const sessionToken = generateToken();
		const session = await createSession(trx, sessionToken, invitation.userId, now);
		return { sessionToken, expiresAt: session.expiresAt };
	});
}
