import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findInvitation } from '$lib/server/accounts/invitations';
import { addInstructor, createCohort, reissuePendingInvitations } from '$lib/server/cohorts/service';
import { countRows, createUser, freshDatabase, type TestDatabase } from './db';

const cohort = { name: 'Cohort 1', courseSlug: 'social-media-bootcamp', startsOn: '2026-01-05', endsOn: '2026-02-27' };

describe('cohorts', () => {
	let t: TestDatabase;
	let adminId: string;
	beforeEach(async () => {
		t = await freshDatabase();
		adminId = await createUser(t.db, 'admin@ontario.ca', { is_admin: 1 });
	});
	afterEach(() => t.cleanUp());

	const enrolments = (cohortId: string) => t.db.selectFrom('enrolments').select(['user_id', 'role']).where('cohort_id', '=', cohortId).execute();

	it('creating a cohort records who created it', async () => {
		const id = await createCohort(t.db, cohort, adminId);
		expect(await t.db.selectFrom('cohorts').selectAll().where('id', '=', id).executeTakeFirst()).toMatchObject({
			name: 'Cohort 1',
			course_slug: 'social-media-bootcamp',
			starts_on: '2026-01-05',
			ends_on: '2026-02-27',
			created_by: adminId
		});
		const audit = await t.db.selectFrom('audit_log').selectAll().where('cohort_id', '=', id).execute();
		expect(audit).toEqual([expect.objectContaining({ action: 'cohort.created', actor_id: adminId })]);
	});

	it('adding an instructor with an unknown email changes nothing', async () => {
		const id = await createCohort(t.db, cohort, adminId);
		const audit = await countRows(t.db, 'audit_log');
		expect(await addInstructor(t.db, id, 'nobody@ontario.ca', adminId)).toBe(false);
		expect(await enrolments(id)).toEqual([]);
		expect(await countRows(t.db, 'audit_log')).toBe(audit);
	});

	it('adds an existing person as instructor, by email in any case, and promotes a trainee', async () => {
		const id = await createCohort(t.db, cohort, adminId);
		const isabelle = await createUser(t.db, 'isabelle.roy@ontario.ca');
		expect(await addInstructor(t.db, id, ' Isabelle.Roy@Ontario.ca', adminId)).toBe(true);
		expect(await enrolments(id)).toEqual([{ user_id: isabelle, role: 'instructor' }]);

		const trainee = await createUser(t.db, 'trainee@ontario.ca');
		await t.db.insertInto('enrolments').values({ cohort_id: id, user_id: trainee, role: 'trainee', created_at: Date.now() }).execute();
		expect(await addInstructor(t.db, id, 'trainee@ontario.ca', adminId)).toBe(true);
		expect(await addInstructor(t.db, id, 'trainee@ontario.ca', adminId)).toBe(true);
		expect((await enrolments(id)).filter((e) => e.user_id === trainee)).toEqual([{ user_id: trainee, role: 'instructor' }]);
	});

	it('new links go only to people in the cohort who have not set a password', async () => {
		const id = await createCohort(t.db, cohort, adminId);
		const other = await createCohort(t.db, { ...cohort, name: 'Cohort 2' }, adminId);
		const enrol = async (cohortId: string, userId: string) =>
			t.db.insertInto('enrolments').values({ cohort_id: cohortId, user_id: userId, role: 'trainee', created_at: Date.now() }).execute();
		await enrol(id, await createUser(t.db, 'pending@ontario.ca', { name: 'Pending Person' }));
		await enrol(id, await createUser(t.db, 'active@ontario.ca', { password: 'already signed in' }));
		await enrol(other, await createUser(t.db, 'elsewhere@ontario.ca'));

		const { links } = await reissuePendingInvitations(t.db, id, adminId);
		expect(links.map((l) => [l.email, l.name])).toEqual([['pending@ontario.ca', 'Pending Person']]);
		expect(await findInvitation(t.db, links[0].token)).toMatchObject({ status: 'valid', email: 'pending@ontario.ca' });
	});
});
