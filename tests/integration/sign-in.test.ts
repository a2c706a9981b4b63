import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { signIn } from '$lib/server/accounts/sign-in';
import { validateSessionToken } from '$lib/server/auth/sessions';
import { LIMITS, minutesLockedOut, recordFailure, WINDOW_MS } from '$lib/server/auth/rate-limit';
import { createUser, freshDatabase, type TestDatabase } from './db';

const email = 'bilal.singh@ontario.ca';
const password = 'correct horse battery';
const office = '10.0.0.1';

describe('signIn', () => {
	let t: TestDatabase;
	let userId: string;
	beforeEach(async () => {
		t = await freshDatabase();
		userId = await createUser(t.db, email, { password });
	});
	afterEach(() => t.cleanUp());

	const failTimes = async (times: number, who = email, address = office) => {
		for (let i = 0; i < times; i++) expect(await signIn(t.db, who, 'wrong password', address)).toEqual({ ok: false, reason: 'invalid' });
	};

	it('with the right password opens a session for that person', async () => {
		const result = await signIn(t.db, email, password, office);
		expect(result).toMatchObject({ ok: true, preferredLanguage: 'en' });
		if (!result.ok) throw new Error('sign-in failed');
		expect((await validateSessionToken(t.db, result.token))?.user.id).toBe(userId);
	});

	it('matches the email whatever its case and surrounding spaces', async () => {
		expect(await signIn(t.db, '  Bilal.Singh@ONTARIO.ca ', password, office)).toMatchObject({ ok: true });
	});

	it('answers a wrong password and an unknown email the same way', async () => {
		const wrongPassword = await signIn(t.db, email, 'not my password', office);
		const unknownEmail = await signIn(t.db, 'nobody@ontario.ca', password, office);
		expect(wrongPassword).toEqual({ ok: false, reason: 'invalid' });
		expect(unknownEmail).toEqual(wrongPassword);
	});

	it('refuses a disabled account and one that has not set a password yet', async () => {
		await t.db.updateTable('users').set({ disabled_at: Date.now() }).where('id', '=', userId).execute();
		expect(await signIn(t.db, email, password, office)).toEqual({ ok: false, reason: 'invalid' });
		await createUser(t.db, 'invited@ontario.ca');
		// Not even with the password that the unknown-email decoy is made of.
		expect(await signIn(t.db, 'invited@ontario.ca', 'decoy password that matches nothing', office)).toEqual({ ok: false, reason: 'invalid' });
	});

	it('locks an email after 5 failures, even against the right password', async () => {
		await failTimes(LIMITS.email);
		const locked = await signIn(t.db, email, password, office);
		expect(locked).toMatchObject({ ok: false, reason: 'locked' });
		expect(locked.ok === false && locked.reason === 'locked' && locked.minutes).toBeGreaterThan(0);
		// From another address too, and whatever the case of the email.
		expect(await signIn(t.db, email.toUpperCase(), password, '192.168.1.9')).toMatchObject({ reason: 'locked' });
	});

	it('does not lock after 4 failures', async () => {
		await failTimes(LIMITS.email - 1);
		expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: true });
	});

	it('keeps the lock across a restart', async () => {
		await failTimes(LIMITS.email);
		await t.db.destroy();
		const restarted = t.open();
		expect(await signIn(restarted, email, password, office)).toMatchObject({ ok: false, reason: 'locked' });
	});

	it('forgets failures older than 15 minutes', async () => {
		const longAgo = Date.now() - WINDOW_MS - 60_000;
		const keys = [{ kind: 'email', value: email } as const];
		for (let i = 0; i < LIMITS.email; i++) await recordFailure(t.db, keys, longAgo);
		expect(await minutesLockedOut(t.db, keys, longAgo)).toBeGreaterThan(0);
		expect(await minutesLockedOut(t.db, keys)).toBe(0);
		expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: true });
	});

	it('says how long until the oldest counted failure expires', async () => {
		const now = Date.now();
		const keys = [{ kind: 'email', value: email } as const];
		for (let i = 0; i < LIMITS.email; i++) await recordFailure(t.db, keys, now - 10 * 60_000);
		expect(await minutesLockedOut(t.db, keys, now)).toBe(5);
	});

	it('limits one address to 50 failures across different emails', async () => {
		for (let i = 0; i < LIMITS.address; i++) {
			expect(await signIn(t.db, `guess${i}@ontario.ca`, 'wrong password', office)).toEqual({ ok: false, reason: 'invalid' });
		}
		expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: false, reason: 'locked' });
		// Someone at another address is not affected.
		expect(await signIn(t.db, email, password, '10.0.0.2')).toMatchObject({ ok: true });
	});

	it('a successful sign-in clears the failures counted against the email', async () => {
		await failTimes(LIMITS.email - 1);
		expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: true });
		await failTimes(LIMITS.email - 1);
		expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: true });
	});
});
