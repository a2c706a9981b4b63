import type { Kysely } from 'kysely';
import type { DB, InvitationPurpose } from '../db/schema';
import { writeAudit } from '../audit/log';
import { hashPassword } from '../auth/password';
import { createSession, invalidateUserSessions } from '../auth/sessions';
import { generateToken, hashToken, looksLikeToken } from '../auth/tokens';
import { newId } from '../ids';

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
	now = Date.now()
): Promise<{ token: string; expiresAt: number }> {
	const token = generateToken();
	const expiresAt = now + INVITATION_LIFETIME_MS;
	await db
		.updateTable('invitations')
		.set({ expires_at: now })
		.where('user_id', '=', userId)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.execute();
	await db
		.insertInto('invitations')
		.values({
			id: hashToken(token),
			user_id: userId,
			purpose,
			created_by: actorId,
			created_at: now,
			expires_at: expiresAt,
			used_at: null
		})
		.execute();
	await writeAudit(db, { actorId, action: `invitation.${purpose}.issued`, subjectUserId: userId }, now);
	return { token, expiresAt };
}

export type InvitationLookup =
	| { status: 'valid'; userId: string; purpose: InvitationPurpose; email: string; displayName: string }
	| { status: 'expired' | 'used' | 'unknown' };

export async function findInvitation(db: Kysely<DB>, token: string, now = Date.now()): Promise<InvitationLookup> {
	if (!looksLikeToken(token)) return { status: 'unknown' };
	const row = await db
		.selectFrom('invitations')
		.innerJoin('users', 'users.id', 'invitations.user_id')
		.select(['invitations.user_id', 'invitations.purpose', 'invitations.expires_at', 'invitations.used_at'])
		.select(['users.email', 'users.display_name'])
		.where('invitations.id', '=', hashToken(token))
		.executeTakeFirst();
	if (!row) return { status: 'unknown' };
	if (row.used_at !== null) return { status: 'used' };
	if (row.expires_at <= now) return { status: 'expired' };
	return { status: 'valid', userId: row.user_id, purpose: row.purpose, email: row.email, displayName: row.display_name };
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
		const claimed = await trx
			.updateTable('invitations')
			.set({ used_at: now })
			.where('id', '=', hashToken(token))
			.where('used_at', 'is', null)
			.executeTakeFirst();
		if (Number(claimed.numUpdatedRows) !== 1) return null;
		await trx
			.updateTable('users')
			.set((eb) => ({
				password_hash: passwordHash,
				updated_at: now,
				// From now on the account is its owner's: no staff member may get a link for it.
				first_signed_in_at: eb.fn.coalesce('first_signed_in_at', eb.val(now))
			}))
			.where('id', '=', invitation.userId)
			.execute();
		await invalidateUserSessions(trx, invitation.userId);
		await writeAudit(trx, { actorId: invitation.userId, action: `invitation.${invitation.purpose}.redeemed`, subjectUserId: invitation.userId }, now);
		const sessionToken = generateToken();
		const session = await createSession(trx, sessionToken, invitation.userId, now);
		return { sessionToken, expiresAt: session.expiresAt };
	});
}

