import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '$lib/server/accounts/sign-in';
import { validateSessionToken } from '$lib/server/auth/sessions';
import { LIMITS, minutesLockedOut, PAIR_DELAY, recordFailure, WINDOW_MS } from '$lib/server/auth/rate-limit';
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

	it('locks an email at one address after 5 failures, even against the right password', async () => {
		await failTimes(LIMITS.pair);
		const locked = await signIn(t.db, email, password, office);
		expect(locked).toMatchObject({ ok: false, reason: 'locked' });
		expect(locked.ok === false && locked.reason === 'locked' && locked.minutes).toBeGreaterThan(0);
		// Whatever the case of the email.
		expect(await signIn(t.db, email.toUpperCase(), password, office)).toMatchObject({ reason: 'locked' });
	});

	it('does not lock after 4 failures', async () => {
		await failTimes(LIMITS.pair - 1);
		expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: true });
	});

	it('keeps the lock across a restart', async () => {
		await failTimes(LIMITS.pair);
		await t.db.destroy();
		const restarted = t.open();
		expect(await signIn(restarted, email, password, office)).toMatchObject({ ok: false, reason: 'locked' });
	});

	it('forgets failures older than 15 minutes', async () => {
		const longAgo = Date.now() - WINDOW_MS - 60_000;
		const attempt = { email, address: office };
		for (let i = 0; i < LIMITS.pair; i++) await recordFailure(t.db, attempt, longAgo);
		expect(await minutesLockedOut(t.db, attempt, longAgo)).toBeGreaterThan(0);
		expect(await minutesLockedOut(t.db, attempt)).toBe(0);
		expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: true });
	});

	it('says how long until the oldest failure counted against the email expires', async () => {
		const now = Date.now();
		for (let i = 0; i < LIMITS.email; i++) await recordFailure(t.db, { email, address: `10.1.${i >> 8}.${i & 255}` }, now - 10 * 60_000);
		expect(await minutesLockedOut(t.db, { email, address: '10.2.0.1' }, now)).toBe(5);
	});

	it('limits one address to 50 failures across different emails', async () => {
		for (let i = 0; i < LIMITS.address; i++) {
			expect(await signIn(t.db, `guess${i}@ontario.ca`, 'wrong password', office)).toEqual({ ok: false, reason: 'invalid' });
		}
		expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: false, reason: 'locked' });
		// Someone at another address is not affected.
		expect(await signIn(t.db, email, password, '10.0.0.2')).toMatchObject({ ok: true });
	});

	it('a successful sign-in clears the failures counted against the email at that address', async () => {
		await failTimes(LIMITS.pair - 1);
		expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: true });
		await failTimes(LIMITS.pair - 1);
		expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: true });
	});

	describe('cannot be used to keep someone out', () => {
		const attacker = '203.0.113.66';
		const adminEmail = 'admin@ontario.ca';
		const adminPassword = 'the admin knows this one';
		beforeEach(() => vi.useFakeTimers({ toFake: ['Date'], now: Date.now() }));
		afterEach(() => vi.useRealTimers());
		const minutes = (result: Awaited<ReturnType<typeof signIn>>) => (result.ok === false && result.reason === 'locked' ? result.minutes : 0);

		it("an attacker's failures from one address do not stop the admin signing in from theirs", async () => {
			await createUser(t.db, adminEmail, { password: adminPassword, is_admin: 1 });
			for (let i = 0; i < 30; i++) {
				await signIn(t.db, adminEmail, 'guess ' + i, attacker);
				vi.advanceTimersByTime(20_000);
			}
			// The attacker is held back, even if they stumble on the password now…
			expect(await signIn(t.db, adminEmail, adminPassword, attacker)).toMatchObject({ ok: false, reason: 'locked' });
			// …but the admin at their own address is not.
			expect(await signIn(t.db, adminEmail, adminPassword, '10.0.0.7')).toMatchObject({ ok: true });
		});

		it('makes one email at one address wait longer after each further failure, up to 15 minutes', async () => {
			const waits = async (who: string, address: string) => {
				const seen: number[] = [];
				await failTimes(LIMITS.pair, who, address);
				for (let i = 0; i < 6; i++) {
					const wait = minutes(await signIn(t.db, who, password, address));
					seen.push(wait);
					vi.advanceTimersByTime(wait * 60_000);
					expect(await signIn(t.db, who, 'wrong password', address), 'free again once the wait is over').toEqual({ ok: false, reason: 'invalid' });
				}
				return seen;
			};
			const known = await waits(email, office);
			expect(known).toEqual([1, 2, 4, 8, 15, 15]);
			expect(PAIR_DELAY.maxMs).toBe(known.at(-1)! * 60_000);
			// An email with no account is treated exactly alike: the lock says nothing about who exists.
			vi.setSystemTime(Date.now() - 60 * 60_000);
			expect(await waits('nobody@ontario.ca', '10.0.0.3')).toEqual(known);
		});

		it('a burst of parallel guesses gets no more tries than guesses one after the other', async () => {
			const results = await Promise.all(Array.from({ length: 20 }, (_, i) => signIn(t.db, email, `guess ${i}`, attacker)));
			expect(results.filter((r) => r.ok === false && r.reason === 'invalid').length).toBeLessThanOrEqual(LIMITS.pair);
			expect(results.every((r) => !r.ok)).toBe(true);
			// Refused guesses do not count: the wait is the one five failures earn.
			expect(minutes(await signIn(t.db, email, password, attacker))).toBeLessThanOrEqual(1);
			expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: true });
		});

		it('a wrong password during the wait is refused without making the wait longer', async () => {
			await failTimes(LIMITS.pair);
			expect(minutes(await signIn(t.db, email, 'wrong password', office))).toBe(1);
			vi.advanceTimersByTime(30_000);
			expect(minutes(await signIn(t.db, email, 'wrong password', office))).toBe(1);
			vi.advanceTimersByTime(30_001);
			expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: true });
		});

		it('locks the email everywhere once a distributed attack reaches 100 failures in 15 minutes, and only then', async () => {
			const bots = Array.from({ length: LIMITS.email / LIMITS.pair }, (_, i) => `198.51.100.${i + 1}`);
			for (const bot of bots) {
				await failTimes(bot === bots.at(-1) ? LIMITS.pair - 1 : LIMITS.pair, email, bot);
				vi.advanceTimersByTime(5_000);
			}
			// One short of the ceiling the real person still gets in, and that does not reset the count.
			expect(await signIn(t.db, email, password, office)).toMatchObject({ ok: true });
			await failTimes(1, email, bots.at(-1));
			expect(LIMITS.email).toBe(100);
			const locked = await signIn(t.db, email, password, office);
			expect(locked).toMatchObject({ ok: false, reason: 'locked' });
			// Until the oldest of the 100, made 100 seconds ago, leaves the window.
			expect(minutes(locked)).toBe(14);
			// The same from any other address, and the same for an email with no account.
			expect(await signIn(t.db, email, password, '10.0.0.99')).toEqual(locked);
			for (const bot of bots) {
				await failTimes(LIMITS.pair, 'nobody@ontario.ca', bot.replace('198.51.100', '192.0.2'));
				vi.advanceTimersByTime(5_000);
			}
			expect(await signIn(t.db, 'nobody@ontario.ca', password, office)).toEqual(locked);
			// The count survives a restart, and lifts once the failures leave the 15-minute window.
			await t.db.destroy();
			const restarted = t.open();
			expect(await signIn(restarted, email, password, office)).toMatchObject({ ok: false, reason: 'locked' });
			vi.advanceTimersByTime(WINDOW_MS);
			expect(await signIn(restarted, email, password, office)).toMatchObject({ ok: true });
		});
	});
});
