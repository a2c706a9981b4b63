import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrateToLatest, openDatabase } from '$lib/server/db/index';
import { copyDatabase, CopyRefused } from '$lib/server/db/copy';
import { checkCopy } from '$lib/server/db/copy-check';
import { getCourse } from '$lib/server/content/catalog';
import type { DB } from '$lib/server/db/schema';
import { issuerKey } from '$lib/server/records/credentials/issuer';
import { revokeRecord } from '$lib/server/records/service';
import { createUser, freshDatabase, sessionUser, testEngine, type TestDatabase } from './db';
import { finishCourse, recordsOf, recordsWorld, useTestCoursesAndIssuerKey } from './records-setup';

const ORIGIN = 'https://bootcamp.test';
useTestCoursesAndIssuerKey();

// A pilot cohort's SQLite file moved into the shared PostgreSQL database. Needs PostgreSQL: runs in
// `npm run test:pg` (TEST_DATABASE_URL), not in the SQLite pass.
describe.skipIf(testEngine !== 'postgres')('npm run db:copy', () => {
	let dir: string;
	let source: Kysely<DB>;
	let target: TestDatabase;
	let world: Awaited<ReturnType<typeof recordsWorld>>;

	beforeEach(async () => {
		dir = await mkdtemp(join(tmpdir(), 'bootcamp-copy-'));
		source = openDatabase(join(dir, 'pilot.db'));
		await migrateToLatest(source);
		world = await recordsWorld(source);
		await finishCourse(source, world);
		// A second person who completes and whose record is revoked; a manager of a manager.
		const other = await createUser(source, 'sam@ontario.ca', { name: 'Sam Ørsted', manager_id: world.userId });
		await finishCourse(source, { userId: other, cohortId: world.cohortId });
		const [revoked] = await recordsOf(source, other);
		await revokeRecord(source, sessionUser(world.adminId, { isAdmin: true }), revoked.id, 'Issued in error');
		target = await freshDatabase();
	});

	afterEach(async () => {
		await source.destroy();
		await target.cleanUp();
		await rm(dir, { recursive: true, force: true });
	});

	const everything = async (db: Kysely<DB>) => ({
		users: await db.selectFrom('users').selectAll().orderBy('id').execute(),
		cohorts: await db.selectFrom('cohorts').selectAll().orderBy('id').execute(),
		records: await db.selectFrom('completion_records').selectAll().orderBy('id').execute(),
		events: await db.selectFrom('progress_events').selectAll().orderBy('id').execute(),
		audit: await db.selectFrom('audit_log').selectAll().orderBy('id').execute()
	});

	it('moves every row, references included, and every record still verifies', async () => {
		const summary = await copyDatabase(source, target.db);
		expect(summary.tables.find((t) => t.name === 'completion_records')?.rows).toBe(2);
		expect(summary.rows).toBeGreaterThan(20);
		expect(await everything(target.db)).toEqual(await everything(source));
		const check = await checkCopy(source, target.db, ORIGIN, await issuerKey(), getCourse);
		expect(check).toEqual({ counts: [], records: 2, broken: [] });
	});

	it('notices a record that changed on the way, and a table that lost a row', async () => {
		await copyDatabase(source, target.db);
		const [record] = await recordsOf(target.db, world.userId);
		await target.db.updateTable('completion_records').set({ holder_name: 'Lea Cote-Tremblay' }).where('id', '=', record.id).execute();
		await target.db.deleteFrom('sessions').execute();
		await target.db.deleteFrom('audit_log').where('action', '=', 'record.revoked').execute();
		const check = await checkCopy(source, target.db, ORIGIN, await issuerKey(), getCourse);
		expect(check.broken).toEqual([record.code]);
		expect(check.counts).toEqual([{ name: 'audit_log', source: expect.any(Number), target: expect.any(Number) }]);
	});

	it('refuses a target that holds anything, and writes nothing', async () => {
		await createUser(target.db, 'someone@ontario.ca');
		await expect(copyDatabase(source, target.db)).rejects.toThrow(CopyRefused);
		await expect(copyDatabase(source, target.db)).rejects.toThrow(/not empty: users \(1\)/);
		expect(await target.db.selectFrom('cohorts').select('id').execute()).toEqual([]);
	});

	it('refuses databases at different migrations', async () => {
		const behind = await freshDatabase({ migrate: false });
		try {
			await expect(copyDatabase(source, behind.db)).rejects.toThrow(/not at the same migrations\. The target lacks: 2026-11-30T0300_foundation/);
		} finally {
			await behind.cleanUp();
		}
	});
});
