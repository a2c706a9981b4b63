import type { Kysely } from 'kysely';
import type { Locale } from '$lib/paraglide/runtime';
import type { DB } from '../db/schema';
import { verifyPassword } from '../auth/password';
import { clearFailures, forgetAttempt, minutesLockedOut, recordFailure, type Attempt } from '../auth/rate-limit';
import { createSession } from '../auth/sessions';
import { generateToken } from '../auth/tokens';
import { signInConfig } from '../config';
import { passwordAllowed } from '../sso/claims';
import { normaliseEmail } from './email';
import { userForSignIn } from './repository';

type SignInResult =
	| { ok: true; token: string; expiresAt: number; preferredLanguage: Locale }
	| { ok: false; reason: 'invalid' }
	| { ok: false; reason: 'locked'; minutes: number };

/**
 * Checks the limit first (see auth/rate-limit.ts), then the password, and answers the same way
 * for an unknown email as for a wrong password, or a password that SIGN_IN=sso turned off.
 */
export async function signIn(db: Kysely<DB>, email: string, password: string, address: string): Promise<SignInResult> {
	const normalised = normaliseEmail(email);
	const attempt: Attempt = { email: normalised, address };
	const now = Date.now();
	// Counted as a failure before the (slow) password check, so parallel guesses see each other.
	const counted = await recordFailure(db, attempt, now);
	const minutes = await minutesLockedOut(db, attempt, now, counted);
	if (minutes > 0) {
		await forgetAttempt(db, counted);
		return { ok: false, reason: 'locked', minutes };
	}

	const user = await userForSignIn(db, normalised);
	const valid = await verifyPassword(user?.password_hash ?? null, password);
	if (!user || !valid || user.disabled_at !== null || user.password_hash === null) return { ok: false, reason: 'invalid' };
	// With SIGN_IN=sso a right password is still refused (and answered as a wrong one), but for the break-glass account.
	const { methods, breakGlassEmail } = signInConfig();
	if (!passwordAllowed(methods, breakGlassEmail, normalised, user.is_admin === 1)) return { ok: false, reason: 'invalid' };
	await forgetAttempt(db, counted);
	await clearFailures(db, attempt);
	const token = generateToken();
	const session = await createSession(db, token, user.id);
	return { ok: true, token, expiresAt: session.expiresAt, preferredLanguage: user.preferred_language };
}
