import { isHttpError } from '@sveltejs/kit';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { hitLimit, limitVerification, VERIFY_LIMIT } from '$lib/server/records/rate-limit';
import { freshDatabase, type TestDatabase } from './db';

const rows = async (t: TestDatabase) =>
	Number(
		(
			await t.db
				.selectFrom('rate_limit_hits')
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.executeTakeFirstOrThrow()
		).n
	);

describe('sliding window limit kept in the database', () => {
	let t: TestDatabase;
	beforeEach(async () => (t = await freshDatabase()));
	afterEach(() => t.cleanUp());

	it('allows up to the limit per key within the window, then says when to come back', async () => {
		const window = { name: 'test', limit: 3, windowMs: 60_000 };
		for (const at of [0, 10_000, 20_000]) expect(await hitLimit(t.db, window, '1.2.3.4', at)).toEqual({ allowed: true });
		expect(await hitLimit(t.db, window, '1.2.3.4', 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
		expect(await hitLimit(t.db, window, '5.6.7.8', 30_000)).toEqual({ allowed: true });
		// Another limit does not count this one's requests.
		expect(await hitLimit(t.db, { ...window, name: 'other' }, '1.2.3.4', 30_000)).toEqual({ allowed: true });
	});

	it('frees a slot as the oldest request leaves the window', async () => {
		const window = { name: 'test', limit: 2, windowMs: 60_000 };
		await hitLimit(t.db, window, 'a', 0);
		await hitLimit(t.db, window, 'a', 1_000);
		expect((await hitLimit(t.db, window, 'a', 59_999)).allowed).toBe(false);
		expect((await hitLimit(t.db, window, 'a', 60_001)).allowed).toBe(true);
	});

	it('does not count refused requests, so waiting is enough', async () => {
		const window = { name: 'test', limit: 1, windowMs: 10_000 };
		await hitLimit(t.db, window, 'a', 0);
		for (let at = 1_000; at < 10_000; at += 1_000) expect((await hitLimit(t.db, window, 'a', at)).allowed).toBe(false);
		expect((await hitLimit(t.db, window, 'a', 10_001)).allowed).toBe(true);
	});

	it('deletes what no longer counts, so the table holds one window of requests at most', async () => {
		const window = { name: 'test', limit: 5, windowMs: 60_000 };
		for (let i = 0; i < 1_000; i++) await hitLimit(t.db, window, `address ${i}`, i * 1_000);
		// Requests at 940 s … 999 s are still inside the window ending at 999 s.
		expect(await rows(t)).toBe(60);
	});
});

describe('the verification pages’ limit', () => {
	let t: TestDatabase;
	beforeEach(async () => (t = await freshDatabase()));
	afterEach(() => t.cleanUp());

	/** What limitVerification answers: the status, message and headers a visitor gets, or null when let through. */
	const lookUp = async (db = t.db, address = '198.51.100.7', now = Date.now()) => {
		const headers: Record<string, string> = {};
		try {
			await limitVerification(db, address, (set) => Object.assign(headers, set), now);
			return null;
		} catch (thrown) {
			if (!isHttpError(thrown)) throw thrown;
			return { status: thrown.status, message: thrown.body.message, headers };
		}
	};

	it(`answers 429 with Retry-After past ${VERIFY_LIMIT.limit} lookups in 10 minutes from one address, even after a restart`, async () => {
		const start = Date.now();
		for (let i = 0; i < VERIFY_LIMIT.limit - 1; i++) expect(await lookUp(t.db, undefined, start)).toBeNull();
		await t.db.destroy();
		const restarted = t.open();
		expect(await lookUp(restarted, undefined, start + 1_000)).toBeNull();
		const refused = await lookUp(restarted, undefined, start + 60_000);
		expect(refused).toEqual({
			status: 429,
			message: 'Too many records were looked up from your network. Wait 9 minutes, then try again.',
			headers: { 'retry-after': '540' }
		});
		// Another address is not affected; a second server process sharing the file sees the same count.
		expect(await lookUp(restarted, '203.0.113.5', start + 60_000)).toBeNull();
		expect((await lookUp(t.open(), undefined, start + 60_000))?.status).toBe(429);
		// The last minute says so in the singular.
		expect((await lookUp(restarted, undefined, start + 9.5 * 60_000))?.message).toBe(
			'Too many records were looked up from your network. Wait 1 minute, then try again.'
		);
		expect(await lookUp(restarted, undefined, start + VERIFY_LIMIT.windowMs + 1)).toBeNull();
	});
});
