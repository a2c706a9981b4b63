import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import type { SessionUser } from '$lib/server/auth/sessions';
import { createCohort } from '$lib/server/cohorts/service';
import { certificateDownload, certificatePage, recordFor } from '$lib/server/records/service';
import { createUser, freshDatabase, type TestDatabase } from './db';
import { enrolIn, finishCourse, RECORDS_COURSE, recordsOf, recordsWorld } from './records-setup';

beforeAll(() => {
	process.env.FIXTURE_COURSES = 'true';
	process.env.ISSUER_KEY_PATH = '/nonexistent/never-used-by-these-tests.json';
});

let t: TestDatabase;
let world: Awaited<ReturnType<typeof recordsWorld>>;
let recordId: string;
beforeEach(async () => {
	t = await freshDatabase();
	world = await recordsWorld(t.db);
	await finishCourse(t.db, world);
	[{ id: recordId }] = await recordsOf(t.db, world.userId);
});
afterEach(() => t.cleanUp());

const statusOf = async (promise: Promise<unknown>) => {
	try {
		await promise;
		return 200;
	} catch (error) {
		if (isHttpError(error)) return error.status;
		throw error;
	}
};

async function instructorOf(cohortId: string, email: string): Promise<SessionUser> {
	const id = await createUser(t.db, email, { name: email });
	await t.db.insertInto('enrolments').values({ cohort_id: cohortId, user_id: id, role: 'instructor', created_at: Date.now() }).execute();
	return { id, email, displayName: email, preferredLanguage: 'en', isAdmin: false, isManager: false };
}

describe('an instructor and their trainees’ records', () => {
	it('the instructor of the cohort the record was earned in opens the certificate and its PDF', async () => {
		const instructor = await instructorOf(world.cohortId, 'teacher@ontario.ca');
		expect((await recordFor(t.db, instructor, recordId)).audience).toBe('instructor');
		const page = await certificatePage(t.db, instructor, recordId, 'http://bootcamp.test', 'en');
		expect(page.record.holderName).toBe('Léa Côté-Tremblay');
		const pdf = await certificateDownload(t.db, instructor, recordId, 'http://bootcamp.test', 'en');
		expect(Buffer.from(pdf.bytes).subarray(0, 5).toString()).toBe('%PDF-');
	});

	it('the instructor of another cohort, even of the same course, is refused', async () => {
		const otherCohort = await createCohort(
			t.db,
			{ name: 'Another cohort', courseSlug: RECORDS_COURSE, startsOn: '2026-11-01', endsOn: '2027-12-31' },
			world.adminId
		);
		const other = await instructorOf(otherCohort, 'other-teacher@ontario.ca');
		expect(await statusOf(recordFor(t.db, other, recordId))).toBe(403);
		expect(await statusOf(certificatePage(t.db, other, recordId, 'http://bootcamp.test', 'en'))).toBe(403);
		expect(await statusOf(certificateDownload(t.db, other, recordId, 'http://bootcamp.test', 'en'))).toBe(403);
	});

	it('a later cohort of the course that the holder joins as trainee lets its instructor see the record its timeline links to', async () => {
		const laterCohort = await enrolIn(t.db, world.userId, world.adminId, RECORDS_COURSE, 'Later cohort', '2027-01-01');
		const later = await instructorOf(laterCohort, 'later-teacher@ontario.ca');
		expect((await recordFor(t.db, later, recordId)).audience).toBe('instructor');
	});

	it('being a trainee of the same cohort is not enough', async () => {
		const peerId = await createUser(t.db, 'peer@ontario.ca', { name: 'Peer' });
		await t.db.insertInto('enrolments').values({ cohort_id: world.cohortId, user_id: peerId, role: 'trainee', created_at: Date.now() }).execute();
		const peer = { ...world.trainee, id: peerId, email: 'peer@ontario.ca' };
		expect(await statusOf(recordFor(t.db, peer, recordId))).toBe(403);
	});

	it('leaves the manager rule as it was: their own staff only', async () => {
		expect((await recordFor(t.db, world.manager, recordId)).audience).toBe('manager');
		const otherManagerId = await createUser(t.db, 'boss@ontario.ca', { name: 'Other Boss' });
		expect(await statusOf(recordFor(t.db, { ...world.manager, id: otherManagerId, email: 'boss@ontario.ca' }, recordId))).toBe(403);
	});
});
