import SQLite from 'better-sqlite3';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql, type Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '$lib/server/db/index';
import { beginImmediate } from '$lib/server/db/sqlite';
import type { DB } from '$lib/server/db/schema';

// Two server processes on one SQLite file are two connections to it; here, two better-sqlite3
// handles in one test process, which SQLite locks against each other exactly as it would two
// processes. These run on SQLite whichever engine the rest of the suite uses.
describe('SQLite shared by several processes', () => {
	let dir: string;
	let path: string;
	const opened: Kysely<DB>[] = [];
	const open = () => {
		const db = openDatabase(path);
		opened.push(db);
		return db;
	};

	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'bootcamp-sqlite-'));
		path = join(dir, 'bootcamp.db');
		await migrateToLatest(open());
	});

	afterEach(async () => {
		for (const db of opened.splice(0)) await db.destroy();
		await rm(dir, { recursive: true, force: true });
	});

	const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

	/** Reads how many audit rows there are, waits (as a transaction awaiting other work does), then adds one more. */
	async function readThenWrite(db: Kysely<DB>, id: string) {
		await db.transaction().execute(async (trx) => {
			const { n } = await trx
				.selectFrom('audit_log')
				.select((eb) => eb.fn.countAll<number>().as('n'))
				.executeTakeFirstOrThrow();
			await pause(60);
			await trx
				.insertInto('audit_log')
				.values({ id, at: Number(n), actor_id: null, action: 'counted', subject_user_id: null, cohort_id: null, details: '{}' })
				.execute();
		});
	}

	it('lets a second writer wait its turn and see the first one’s write, instead of failing', async () => {
		const [a, b] = [open(), open()];
		await Promise.all([readThenWrite(a, 'first'), readThenWrite(b, 'second')]);
		const rows = await a.selectFrom('audit_log').select('at').orderBy('at').execute();
		// Each saw what the other committed before it: 0 then 1, never 0 and 0 (a lost update).
		expect(rows.map((r) => r.at)).toEqual([0, 1]);
	});

	it('ten connections writing at once all succeed, one after another', async () => {
		const all = Array.from({ length: 10 }, () => open());
		await Promise.all(all.map((db, i) => readThenWrite(db, `w${i}`)));
		const rows = await all[0].selectFrom('audit_log').select('at').orderBy('at').execute();
		expect(rows.map((r) => r.at)).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
	});

	it('waits without blocking the process, and gives up with SQLITE_BUSY after its bound', async () => {
		const holder = new SQLite(path);
		holder.exec('begin immediate');
		const waiter = new SQLite(path);
		let ticks = 0;
		const timer = setInterval(() => ticks++, 10);
		const started = Date.now();
		const error = await beginImmediate(waiter, async () => waiter.exec('begin immediate'), 400).catch((e: unknown) => e);
		clearInterval(timer);
		expect(String((error as { code?: string }).code)).toMatch(/^SQLITE_BUSY/);
		expect(Date.now() - started).toBeGreaterThanOrEqual(400);
		expect(ticks, 'timers ran while it waited').toBeGreaterThan(10);
		holder.exec('rollback');
		await beginImmediate(waiter, async () => waiter.exec('begin immediate'), 400);
		waiter.exec('rollback');
		holder.close();
		waiter.close();
	});

	it('a transaction begins with BEGIN IMMEDIATE: it holds the write lock before its first write', async () => {
		const db = open();
		const other = new SQLite(path);
		other.pragma('busy_timeout = 0');
		await db.transaction().execute(async (trx) => {
			await sql`select 1`.execute(trx);
			expect(() => other.exec('begin immediate')).toThrow(/locked|busy/i);
		});
		other.exec('begin immediate');
		other.exec('rollback');
		other.close();
	});
});
