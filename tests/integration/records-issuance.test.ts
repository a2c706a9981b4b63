import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { getCourse } from '$lib/server/content/catalog';
import { newId } from '$lib/server/ids';
import { recordProgress } from '$lib/server/progress/events';
import { insertRecord } from '$lib/server/records/repository';
import { verifyCode } from '$lib/server/records/verification';
import { freshDatabase, type TestDatabase } from './db';
import { enrolIn, finishCourse, finishModule, recordsOf, recordsWorld, RECORDS_COURSE } from './records-setup';

beforeAll(() => {
	process.env.FIXTURE_COURSES = 'true';
});

let t: TestDatabase;
let world: Awaited<ReturnType<typeof recordsWorld>>;
beforeEach(async () => {
	t = await freshDatabase();
	world = await recordsWorld(t.db);
});
afterEach(() => t.cleanUp());

const NOV_30 = Date.parse('2026-11-30T15:00:00Z');

describe('issuing completion records', () => {
	it('issues the record in the transaction that completes the last module, holding the facts of that moment', async () => {
		await finishModule(t.db, world, RECORDS_COURSE, 'start', NOV_30 - 2000);
		await finishModule(t.db, world, RECORDS_COURSE, 'practice', NOV_30 - 1000);
		expect(await recordsOf(t.db, world.userId)).toEqual([]);

		await finishModule(t.db, world, RECORDS_COURSE, 'finish', NOV_30);
		const course = getCourse(RECORDS_COURSE)!;
		const [record] = await recordsOf(t.db, world.userId);
		expect(record).toMatchObject({
			user_id: world.userId,
			course_slug: RECORDS_COURSE,
			cycle: 1,
			holder_name: 'Léa Côté-Tremblay',
			course_title_en: 'Records Course',
			course_title_fr: 'Cours des dossiers',
			content_version: course.version,
			cohort_id: world.cohortId,
			cohort_name: 'Cohorte d’automne',
			completed_at: NOV_30,
			issued_at: NOV_30,
			expires_at: Date.parse('2028-11-30T15:00:00Z'),
			status: 'active',
			revoked_at: null,
			supersedes_id: null
		});
		expect(record.id).toMatch(/^[a-z2-7]{24}$/);
		expect(record.code).toMatch(/^BC-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
		const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'record.issued').execute();
		expect(audit).toEqual([expect.objectContaining({ subject_user_id: world.userId, cohort_id: world.cohortId })]);
		expect(JSON.parse(audit[0].details)).toMatchObject({ record: record.id, code: record.code, course: RECORDS_COURSE, cycle: 1 });
	});

	it('issues nothing when the event is rolled back with the rest of its transaction', async () => {
		await finishModule(t.db, world, RECORDS_COURSE, 'start');
		await finishModule(t.db, world, RECORDS_COURSE, 'practice');
		const failing = t.db.transaction().execute(async (trx) => {
			await finishModule(trx, world, RECORDS_COURSE, 'finish');
			expect(await recordsOf(trx, world.userId)).toHaveLength(1);
			throw new Error('the rest of the request failed');
		});
		await expect(failing).rejects.toThrow('the rest of the request failed');
		expect(await recordsOf(t.db, world.userId)).toEqual([]);
	});

	it('issues one record per cohort, whatever happens after', async () => {
		await finishCourse(t.db, world);
		await finishCourse(t.db, world);
		await recordProgress(t.db, {
			...world,
			courseSlug: RECORDS_COURSE,
			module: { slug: 'start', version: 'v2', hasQuiz: false, hasExercise: false },
			kind: 'module_viewed'
		});
		expect(await recordsOf(t.db, world.userId)).toHaveLength(1);
	});

	it('completing the course again in a later cohort is a new certification cycle', async () => {
		await finishCourse(t.db, world);
		const later = await enrolIn(t.db, world.userId, world.adminId, RECORDS_COURSE, 'Recertification 2028', '2028-10-01');
		await finishCourse(t.db, { userId: world.userId, cohortId: later });
		const records = await recordsOf(t.db, world.userId);
		expect(records.map((r) => [r.cycle, r.cohort_id])).toEqual([
			[1, world.cohortId],
			[2, later]
		]);
		expect(new Set(records.map((r) => r.code)).size).toBe(2);
		expect(records[1].status_list_index).toBe(records[0].status_list_index + 1);
	});

	it('exactly one record when the last two modules complete at the same moment on two connections', async () => {
		await finishModule(t.db, world, RECORDS_COURSE, 'start');
		// Two server processes: two connections to one database, each event in its own transaction.
		// Neither may miss the other's completion (no record) nor both see it (two records): on SQLite
		// the second transaction waits for the first's write lock (BEGIN IMMEDIATE), on PostgreSQL for
		// the person's row lock (progress/events.ts), and then reads what the first one wrote.
		const second = t.open();
		await Promise.all([finishModule(t.db, world, RECORDS_COURSE, 'practice'), finishModule(second, world, RECORDS_COURSE, 'finish')]);

		expect(await recordsOf(t.db, world.userId)).toHaveLength(1);
		const completed = await t.db.selectFrom('progress_events').select('module_slug').where('kind', '=', 'module_completed').execute();
		expect(completed.map((e) => e.module_slug).sort()).toEqual(['finish', 'practice', 'start']);
		expect(await t.db.selectFrom('audit_log').select('id').where('action', '=', 'record.issued').execute()).toHaveLength(1);
	});

	it('the database itself refuses a second record for the same person, course and cycle', async () => {
		await finishCourse(t.db, world);
		const [record] = await recordsOf(t.db, world.userId);
		const duplicate = { ...record, id: newId(), code: 'BC-2222-3333', status_list_index: 99 };
		await expect(t.db.insertInto('completion_records').values(duplicate).execute()).rejects.toThrow(
			/UNIQUE constraint failed|duplicate key value violates unique constraint/
		);
		expect(await insertRecord(t.db, duplicate)).toBeUndefined();
		const { count } = await t.db
			.selectFrom('completion_records')
			.select(sql<number>`count(*)`.as('count'))
			.executeTakeFirstOrThrow();
		expect(count).toBe(1);
	});

	it('completing the fixture course issues one record', async () => {
		const cohortId = await enrolIn(t.db, world.userId, world.adminId, 'fixture-course', 'Fixture Cohort');
		await finishCourse(t.db, { userId: world.userId, cohortId }, 'fixture-course');
		const records = await recordsOf(t.db, world.userId);
		expect(records).toHaveLength(1);
		expect(records[0]).toMatchObject({ course_slug: 'fixture-course', course_title_en: 'Fixture Course', cohort_id: cohortId, status: 'active' });
		expect((await verifyCode(t.db, records[0].code, 'en')).record).toMatchObject({
			status: 'valid',
			holderName: 'Léa Côté-Tremblay',
			courseTitle: 'Fixture Course'
		});
	});
});
