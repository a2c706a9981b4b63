import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findInvitation, INVITATION_LIFETIME_MS, issueInvitation, redeemInvitation } from '$lib/server/accounts/invitations';
import { signIn } from '$lib/server/accounts/sign-in';
import { createSession, validateSessionToken } from '$lib/server/auth/sessions';
import { generateToken, hashToken } from '$lib/server/auth/tokens';
import { createUser, freshDatabase, type TestDatabase } from './db';

const email = 'chloe.gagnon@ontario.ca';
const newPassword = 'a brand new password';

describe('invitations', () => {
	let t: TestDatabase;
	let userId: string;
	let adminId: string;
	beforeEach(async () => {
		t = await freshDatabase();
		adminId = await createUser(t.db, 'admin@ontario.ca', { is_admin: 1 });
		userId = await createUser(t.db, email, { name: 'Chloé Gagnon' });
	});
	afterEach(() => t.cleanUp());

	it('a new link is valid for its person, and stored only as a hash', async () => {
		const { token, expiresAt } = await issueInvitation(t.db, userId, 'invite', adminId);
		expect(await findInvitation(t.db, token)).toEqual({
			status: 'valid',
			userId,
			purpose: 'invite',
			email,
			displayName: 'Chloé Gagnon',
			language: 'en'
		});
		expect(expiresAt).toBeGreaterThan(Date.now() + INVITATION_LIFETIME_MS - 60_000);
		const rows = await t.db.selectFrom('invitations').select('id').execute();
		expect(rows).toEqual([{ id: hashToken(token) }]);
	});

	it('redeeming sets the password, signs the person in, and lets them sign in again later', async () => {
		const { token } = await issueInvitation(t.db, userId, 'invite', adminId);
		const redeemed = await redeemInvitation(t.db, token, newPassword);
		expect(redeemed).not.toBeNull();
		expect((await validateSessionToken(t.db, redeemed!.sessionToken))?.user.id).toBe(userId);
		expect(await signIn(t.db, email, newPassword, '10.0.0.1')).toMatchObject({ ok: true });
	});

	it('redeeming a link records the first sign-in, and a later reset does not move it', async () => {
		const first = await issueInvitation(t.db, userId, 'invite', adminId);
		await redeemInvitation(t.db, first.token, newPassword, 1_000);
		const reset = await issueInvitation(t.db, userId, 'reset', adminId);
		await redeemInvitation(t.db, reset.token, 'another new password', 2_000);
		const user = await t.db.selectFrom('users').select('first_signed_in_at').where('id', '=', userId).executeTakeFirstOrThrow();
		expect(user.first_signed_in_at).toBe(1_000);
	});

	it('a link works only once', async () => {
		const { token } = await issueInvitation(t.db, userId, 'invite', adminId);
		expect(await redeemInvitation(t.db, token, newPassword)).not.toBeNull();
		expect(await findInvitation(t.db, token)).toEqual({ status: 'used' });
		expect(await redeemInvitation(t.db, token, 'someone else’s password')).toBeNull();
		expect(await signIn(t.db, email, 'someone else’s password', '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
		expect(await signIn(t.db, email, newPassword, '10.0.0.1')).toMatchObject({ ok: true });
	});

	it('a password reset signs the person out everywhere else', async () => {
		const oldSession = generateToken();
		await createSession(t.db, oldSession, userId);
		const { token } = await issueInvitation(t.db, userId, 'reset', adminId);
		await redeemInvitation(t.db, token, newPassword);
		expect(await validateSessionToken(t.db, oldSession)).toBeNull();
	});

	it('a link expires after 7 days', async () => {
		const now = Date.now();
		const { token } = await issueInvitation(t.db, userId, 'invite', adminId, now);
		const eightDaysLater = now + 8 * 24 * 60 * 60 * 1000;
		expect(await findInvitation(t.db, token, eightDaysLater)).toEqual({ status: 'expired' });
		expect(await redeemInvitation(t.db, token, newPassword, eightDaysLater)).toBeNull();
		expect(await signIn(t.db, email, newPassword, '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
	});

	it('a new link retires the older unused one', async () => {
		const first = await issueInvitation(t.db, userId, 'invite', adminId);
		const second = await issueInvitation(t.db, userId, 'invite', adminId);
		expect((await findInvitation(t.db, first.token)).status).not.toBe('valid');
		expect(await redeemInvitation(t.db, first.token, newPassword)).toBeNull();
		expect((await findInvitation(t.db, second.token)).status).toBe('valid');
		expect(await redeemInvitation(t.db, second.token, newPassword)).not.toBeNull();
	});

	it.each([
		['a made-up token', generateToken()],
		['something that is not a token at all', "' or 1=1 --"],
		['an empty token', '']
	])('%s is unknown', async (_, token) => {
		await issueInvitation(t.db, userId, 'invite', adminId);
		expect(await findInvitation(t.db, token)).toEqual({ status: 'unknown' });
		expect(await redeemInvitation(t.db, token, newPassword)).toBeNull();
	});
});
