import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { RESET_ANSWER_FLOOR_MS, RESET_LIMITS, RESET_LINK_LIFETIME_MS, requestPasswordReset } from '$lib/server/accounts/password-reset';
import { findInvitation, redeemInvitation } from '$lib/server/accounts/invitations';
import { signIn } from '$lib/server/accounts/sign-in';
import { createSession, validateSessionToken } from '$lib/server/auth/sessions';
import { generateToken, hashToken } from '$lib/server/auth/tokens';
import { countRows, createUser, freshDatabase, type TestDatabase } from './db';

let t: TestDatabase;
beforeEach(async () => {
	t = await freshDatabase();
});
afterEach(() => t.cleanUp());

const linkIn = async (email: string) => {
	const message = await t.db.selectFrom('outbox').selectAll().where('recipient', '=', email).orderBy('created_at', 'desc').executeTakeFirstOrThrow();
	return { message, token: /\/invitation\/([a-z2-7]{32})/.exec(message.text_body)![1] };
};

async function timed<T>(work: () => Promise<T>): Promise<{ answer: T; ms: number }> {
	const started = performance.now();
	const answer = await work();
	return { answer, ms: performance.now() - started };
}

describe('self-service password reset', () => {
	it('answers the same, no sooner, for a known and an unknown address; only the known one gets an email', async () => {
		await createUser(t.db, 'ana@ontario.ca', { password: 'old password 123' });
		const known = await timed(() => requestPasswordReset(t.db, ' Ana@Ontario.ca ', '10.0.0.1'));
		const unknown = await timed(() => requestPasswordReset(t.db, 'nobody@ontario.ca', '10.0.0.1'));
		expect(known.answer).toEqual(unknown.answer);
		expect(known.answer).toEqual({ ok: true });
		expect(known.ms).toBeGreaterThanOrEqual(RESET_ANSWER_FLOOR_MS - 5);
		expect(unknown.ms).toBeGreaterThanOrEqual(RESET_ANSWER_FLOOR_MS - 5);
		const messages = await t.db.selectFrom('outbox').select(['recipient', 'kind', 'subject']).execute();
		expect(messages).toEqual([{ recipient: 'ana@ontario.ca', kind: 'password_reset', subject: 'Reset your Bootcamp password' }]);
	});

	it('sends a link, stored only as its hash, that works once, signs the person in and ends their other sessions', async () => {
		const userId = await createUser(t.db, 'ana@ontario.ca', { password: 'old password 123', preferred_language: 'fr' });
		const elsewhere = generateToken();
		await createSession(t.db, elsewhere, userId);
		await requestPasswordReset(t.db, 'ana@ontario.ca', '10.0.0.1');
		const { message, token } = await linkIn('ana@ontario.ca');
		expect(message.subject).toBe('Réinitialiser votre mot de passe Bootcamp');
		expect(message.text_body).toContain(`http://localhost:3000/fr/invitation/${token}`);
		const stored = await t.db.selectFrom('invitations').select(['id', 'purpose']).execute();
		expect(stored).toEqual([{ id: hashToken(token), purpose: 'reset' }]);

		const session = await redeemInvitation(t.db, token, 'new password 456');
		expect(session).not.toBeNull();
		expect(await validateSessionToken(t.db, session!.sessionToken)).not.toBeNull();
		expect(await validateSessionToken(t.db, elsewhere)).toBeNull();
		expect(await redeemInvitation(t.db, token, 'another password 789')).toBeNull();
		expect((await signIn(t.db, 'ana@ontario.ca', 'new password 456', '10.0.0.2')).ok).toBe(true);
		expect((await signIn(t.db, 'ana@ontario.ca', 'old password 123', '10.0.0.3')).ok).toBe(false);
	});

	it('makes a link that expires after one hour', async () => {
		await createUser(t.db, 'ana@ontario.ca', { password: 'old password 123' });
		const now = Date.now();
		await requestPasswordReset(t.db, 'ana@ontario.ca', '10.0.0.1', now);
		const { token } = await linkIn('ana@ontario.ca');
		expect(await findInvitation(t.db, token, now + RESET_LINK_LIFETIME_MS - 1)).toMatchObject({ status: 'valid' });
		expect(await findInvitation(t.db, token, now + RESET_LINK_LIFETIME_MS)).toEqual({ status: 'expired' });
		expect(await redeemInvitation(t.db, token, 'new password 456', now + RESET_LINK_LIFETIME_MS + 1)).toBeNull();
	});

	it('limits requests per email, known or not, and sends nothing to a disabled account', async () => {
		await createUser(t.db, 'ana@ontario.ca', { password: 'old password 123' });
		await createUser(t.db, 'gone@ontario.ca', { password: 'old password 123', disabled_at: 1 });
		const now = Date.now();
		for (const email of ['ana@ontario.ca', 'nobody@ontario.ca']) {
			for (let i = 0; i < RESET_LIMITS.email.limit; i++) expect(await requestPasswordReset(t.db, email, `10.0.1.${i}`, now)).toEqual({ ok: true });
			expect(await requestPasswordReset(t.db, email, '10.0.2.1', now)).toEqual({ ok: false, retryAfterSeconds: 3600 });
		}
		expect(await requestPasswordReset(t.db, 'gone@ontario.ca', '10.0.3.1', now)).toEqual({ ok: true });
		expect(await t.db.selectFrom('outbox').select('recipient').distinct().execute()).toEqual([{ recipient: 'ana@ontario.ca' }]);
		// Only the newest link works.
		expect(await countRows(t.db, 'invitations')).toBe(RESET_LIMITS.email.limit);
	});
});
