import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { hitLimit } from '../records/rate-limit';
import { queueMessage } from '../mail/service';
import { issueInvitation } from './invitations';
import { normaliseEmail } from './email';
import { userForSignIn } from './repository';
import { signInConfig } from '../config';
import { passwordAllowed } from '../sso/claims';

/** A self-service reset link works once, within this long. */
export const RESET_LINK_LIFETIME_MS = 60 * 60_000;

/**
 * Requests per address (an office behind one address has room) and per email (a person retrying,
 * not a flood of email to someone's inbox). Counted whether or not the email has an account.
 */
export const RESET_LIMITS = {
	address: { name: 'reset-address', limit: 20, windowMs: 15 * 60_000 },
	email: { name: 'reset-email', limit: 3, windowMs: 60 * 60_000 }
} as const;

/** Every answer takes at least this long, so its timing does not tell whether the account exists. */
export const RESET_ANSWER_FLOOR_MS = 400;

type ResetAnswer = { ok: true } | { ok: false; retryAfterSeconds: number };

/**
 * Emails a one-time link (valid one hour, stored hashed) to choose a new password, when the email
 * belongs to an account that is not disabled. The answer is the same, in about the same time,
 * whether or not it does: only the inbox's owner learns anything.
 */
export async function requestPasswordReset(db: Kysely<DB>, email: string, address: string, now = Date.now()): Promise<ResetAnswer> {
	const started = performance.now();
	const answer = await resetIfAllowed(db, normaliseEmail(email), address, now);
	const wait = RESET_ANSWER_FLOOR_MS - (performance.now() - started);
	if (wait > 0) await new Promise((resolve) => setTimeout(resolve, wait));
	return answer;
}

async function resetIfAllowed(db: Kysely<DB>, email: string, address: string, now: number): Promise<ResetAnswer> {
	for (const window of [RESET_LIMITS.address, RESET_LIMITS.email]) {
		const answer = await hitLimit(db, window, window === RESET_LIMITS.address ? address : email, now);
		if (!answer.allowed) return { ok: false, retryAfterSeconds: answer.retryAfterSeconds };
	}
	await db.transaction().execute(async (trx) => {
		const user = await userForSignIn(trx, email);
		if (!user || user.disabled_at !== null) return;
		// SIGN_IN=sso: no link but the break-glass account's, with the same answer.
		const { methods, breakGlassEmail } = signInConfig();
		if (!passwordAllowed(methods, breakGlassEmail, email, user.is_admin === 1)) return;
		const purpose = user.password_hash ? 'reset' : 'invite';
		const { token, expiresAt } = await issueInvitation(trx, user.id, purpose, null, now, RESET_LINK_LIFETIME_MS);
		await queueMessage(trx, { userId: user.id, message: { kind: 'password_reset', token, expiresAt }, now });
	});
	return { ok: true };
}
