import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { requireAccess } from '$lib/server/access';
import type { SessionUser } from '$lib/server/auth/sessions';
import { createCohort } from '$lib/server/cohorts/service';
import { createUser, freshDatabase, type TestDatabase } from './db';

const cohortInput = { name: 'Cohort 1', courseSlug: 'social-media-bootcamp', startsOn: '2026-01-05', endsOn: '2026-02-27' };
const viewer = (id: string, isAdmin = false): SessionUser => ({
	id,
	email: `${id}@ontario.ca`,
	displayName: id,
	preferredLanguage: 'en',
	isAdmin,
	isManager: false
});

async function statusOf(promise: Promise<unknown>): Promise<number | 'granted'> {
	try {
		await promise;
		return 'granted';
	} catch (e) {
		if (isHttpError(e)) return e.status;
		throw e;
	}
}

describe('requireAccess, the one access guard', () => {
	let t: TestDatabase;
	let admin: SessionUser, instructor: SessionUser, trainee: SessionUser, outsider: SessionUser;
	let cohortId: string;
	beforeEach(async () => {
		t = await freshDatabase();
		admin = viewer(await createUser(t.db, 'admin@ontario.ca', { is_admin: 1 }), true);
		instructor = viewer(await createUser(t.db, 'instructor@ontario.ca'));
		trainee = viewer(await createUser(t.db, 'trainee@ontario.ca'));
		outsider = viewer(await createUser(t.db, 'outsider@ontario.ca'));
		cohortId = await createCohort(t.db, cohortInput, admin.id);
		const now = Date.now();
		await t.db
			.insertInto('enrolments')
			.values([
				{ cohort_id: cohortId, user_id: instructor.id, role: 'instructor', created_at: now },
				{ cohort_id: cohortId, user_id: trainee.id, role: 'trainee', created_at: now }
			])
			.execute();
	});
	afterEach(() => t.cleanUp());

	it("gives the cohort's staff (its instructors and admins) the cohort, and refuses its trainees and outsiders", async () => {
		expect(await requireAccess(t.db, instructor, 'cohort.staff', cohortId)).toMatchObject({ id: cohortId, name: 'Cohort 1' });
		expect(await requireAccess(t.db, admin, 'cohort.staff', cohortId)).toMatchObject({ id: cohortId });
		expect(await statusOf(requireAccess(t.db, trainee, 'cohort.staff', cohortId))).toBe(403);
		expect(await statusOf(requireAccess(t.db, outsider, 'cohort.staff', cohortId))).toBe(403);
	});

	it('answers 403 before 404, so a cohort id tells an outsider nothing', async () => {
		expect(await statusOf(requireAccess(t.db, outsider, 'cohort.staff', 'no-such-cohort'))).toBe(403);
		expect(await statusOf(requireAccess(t.db, admin, 'cohort.staff', 'no-such-cohort'))).toBe(404);
	});

	it('lets only administrators through as admin', async () => {
		expect(await requireAccess(t.db, admin, 'admin')).toBe(admin);
		expect(await statusOf(requireAccess(t.db, instructor, 'admin'))).toBe(403);
	});
});
