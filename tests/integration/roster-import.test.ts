import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findInvitation } from '$lib/server/accounts/invitations';
import { createCohort } from '$lib/server/cohorts/service';
import { applyRosterImport, planRosterImport } from '$lib/server/rosters/import';
import { countRows, createUser, freshDatabase, type TestDatabase } from './db';

const header = 'Email,Name,Ministry,Branch,Manager email,Language';
const roster = (...lines: string[]) => [header, ...lines].join('\n');

const amelie = 'amelie.tremblay@ontario.ca,Amélie Tremblay,Ministry of Health,Communications,morgan.lee@ontario.ca,fr';
const bilal = 'bilal.singh@ontario.ca,Bilal Singh,Ministry of Health,Communications,morgan.lee@ontario.ca,';
const chloe = 'chloe.gagnon@ontario.ca,Chloé Gagnon,Ministry of Education,Digital Engagement,,en';
const firstRoster = roster(amelie, bilal, chloe);

describe('roster import', () => {
	let t: TestDatabase;
	let adminId: string;
	let cohortId: string;
	beforeEach(async () => {
		t = await freshDatabase();
		adminId = await createUser(t.db, 'admin@ontario.ca', { is_admin: 1 });
		cohortId = await createCohort(t.db, { name: 'Cohort 1', courseSlug: 'social-media-bootcamp', startsOn: '2026-01-05', endsOn: '2026-02-27' }, adminId);
	});
	afterEach(() => t.cleanUp());

	const counts = async () => ({
		users: await countRows(t.db, 'users'),
		enrolments: await countRows(t.db, 'enrolments'),
		invitations: await countRows(t.db, 'invitations'),
		audit: await countRows(t.db, 'audit_log')
	});
	const userByEmail = (email: string) => t.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
	const traineesOf = async (cohort: string) =>
		(
			await t.db
				.selectFrom('enrolments')
				.innerJoin('users', 'users.id', 'enrolments.user_id')
				.select(['users.email', 'enrolments.role'])
				.where('enrolments.cohort_id', '=', cohort)
				.orderBy('users.email')
				.execute()
		).map((r) => `${r.email}:${r.role}`);
	const apply = async (csv: string) => {
		const result = await applyRosterImport(t.db, cohortId, csv, adminId);
		if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.plan.problems)}`);
		return result;
	};

	it('the preview says what would happen and writes nothing', async () => {
		const before = await counts();
		const plan = await planRosterImport(t.db, cohortId, firstRoster, adminId);
		expect(plan.problems).toEqual([]);
		expect(plan.rows.map((r) => [r.email, r.change, r.enrol])).toEqual([
			['amelie.tremblay@ontario.ca', 'create', true],
			['bilal.singh@ontario.ca', 'create', true],
			['chloe.gagnon@ontario.ca', 'create', true]
		]);
		expect(plan.newManagers).toEqual(['morgan.lee@ontario.ca']);
		expect(await counts()).toEqual(before);
	});

	it('creates the people, enrols them as trainees, creates their manager and gives everyone new a link', async () => {
		const result = await apply(firstRoster);

		expect(await traineesOf(cohortId)).toEqual(['amelie.tremblay@ontario.ca:trainee', 'bilal.singh@ontario.ca:trainee', 'chloe.gagnon@ontario.ca:trainee']);
		const manager = await userByEmail('morgan.lee@ontario.ca');
		const amelieRow = await userByEmail('amelie.tremblay@ontario.ca');
		expect(amelieRow).toMatchObject({
			display_name: 'Amélie Tremblay',
			ministry: 'Ministry of Health',
			branch: 'Communications',
			preferred_language: 'fr',
			manager_id: manager.id,
			password_hash: null
		});
		expect((await userByEmail('bilal.singh@ontario.ca')).manager_id).toBe(manager.id);
		expect((await userByEmail('chloe.gagnon@ontario.ca')).manager_id).toBeNull();

		expect(result.links.map((l) => l.email).sort()).toEqual([
			'amelie.tremblay@ontario.ca',
			'bilal.singh@ontario.ca',
			'chloe.gagnon@ontario.ca',
			'morgan.lee@ontario.ca'
		]);
		for (const link of result.links) {
			expect(await findInvitation(t.db, link.token)).toMatchObject({ status: 'valid', email: link.email, purpose: 'invite' });
		}

		const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'roster.imported').execute();
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ actor_id: adminId, cohort_id: cohortId });
		expect(JSON.parse(audit[0].details)).toMatchObject({ create: 3, update: 0, unchanged: 0, newManagers: 1 });
	});

	it('links staff to a manager who is already in the system, without a new account or link for them', async () => {
		const managerId = await createUser(t.db, 'morgan.lee@ontario.ca', { password: 'manager password' });
		const result = await apply(firstRoster);
		expect(result.plan.newManagers).toEqual([]);
		expect((await userByEmail('amelie.tremblay@ontario.ca')).manager_id).toBe(managerId);
		expect(result.links.map((l) => l.email)).not.toContain('morgan.lee@ontario.ca');
	});

	it('links staff to a manager listed in the same file', async () => {
		const result = await apply(roster('darius.nguyen@ontario.ca,Darius Nguyen,,,emilie.roy@ontario.ca,', 'emilie.roy@ontario.ca,Émilie Roy,,,,'));
		expect(result.plan.newManagers).toEqual([]);
		const emilie = await userByEmail('emilie.roy@ontario.ca');
		expect((await userByEmail('darius.nguyen@ontario.ca')).manager_id).toBe(emilie.id);
		expect(result.links).toHaveLength(2);
	});

	it('importing the same file again changes nothing', async () => {
		await apply(firstRoster);
		const before = await counts();
		const enrolled = await traineesOf(cohortId);

		const plan = await planRosterImport(t.db, cohortId, firstRoster, adminId);
		expect(plan.rows.map((r) => [r.change, r.enrol])).toEqual([
			['unchanged', false],
			['unchanged', false],
			['unchanged', false]
		]);
		expect(plan.newManagers).toEqual([]);

		const again = await apply(firstRoster);
		expect(again.links).toEqual([]);
		expect(await traineesOf(cohortId)).toEqual(enrolled);
		// Only the import itself is recorded.
		expect(await counts()).toEqual({ ...before, audit: before.audit + 1 });
	});

	it('a changed name or ministry updates that person without duplicating them', async () => {
		await apply(firstRoster);
		const bilalBefore = await userByEmail('bilal.singh@ontario.ca');
		const usersBefore = await countRows(t.db, 'users');

		const changed = roster(amelie, 'bilal.singh@ontario.ca,Bilal A. Singh,Ministry of Transportation,Communications,morgan.lee@ontario.ca,', chloe);
		const plan = await planRosterImport(t.db, cohortId, changed, adminId);
		expect(plan.rows.map((r) => r.change)).toEqual(['unchanged', 'update', 'unchanged']);

		const result = await apply(changed);
		expect(result.links).toEqual([]);
		expect(await countRows(t.db, 'users')).toBe(usersBefore);
		expect(await userByEmail('bilal.singh@ontario.ca')).toMatchObject({
			id: bilalBefore.id,
			display_name: 'Bilal A. Singh',
			ministry: 'Ministry of Transportation'
		});
		expect(await traineesOf(cohortId)).toHaveLength(3);
	});

	it('an admin’s change to an existing person is audited with what changed, old and new', async () => {
		await apply(firstRoster);
		const bilalId = (await userByEmail('bilal.singh@ontario.ca')).id;
		await apply(roster(amelie, 'bilal.singh@ontario.ca,Bilal A. Singh,Ministry of Health,Communications,jasmine.ahmed@ontario.ca,fr', chloe));

		const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'user.updated').execute();
		expect(audit).toHaveLength(1);
		expect(audit[0]).toMatchObject({ actor_id: adminId, subject_user_id: bilalId, cohort_id: cohortId });
		expect(JSON.parse(audit[0].details)).toEqual({
			line: 3,
			changes: {
				name: { from: 'Bilal Singh', to: 'Bilal A. Singh' },
				language: { from: 'en', to: 'fr' },
				manager: { from: 'morgan.lee@ontario.ca', to: 'jasmine.ahmed@ontario.ca' }
			}
		});
	});

	it('people an import creates belong to that cohort; people it only enrols do not', async () => {
		await createUser(t.db, 'chloe.gagnon@ontario.ca', { name: 'Chloé Gagnon' });
		await apply(firstRoster);
		expect((await userByEmail('amelie.tremblay@ontario.ca')).created_in_cohort_id).toBe(cohortId);
		expect((await userByEmail('morgan.lee@ontario.ca')).created_in_cohort_id).toBe(cohortId);
		expect((await userByEmail('chloe.gagnon@ontario.ca')).created_in_cohort_id).toBeNull();
	});

	it('a changed manager moves the person to that manager', async () => {
		await apply(firstRoster);
		await apply(roster(amelie.replace('morgan.lee@ontario.ca', 'jasmine.ahmed@ontario.ca'), bilal, chloe));
		const newManager = await userByEmail('jasmine.ahmed@ontario.ca');
		expect((await userByEmail('amelie.tremblay@ontario.ca')).manager_id).toBe(newManager.id);
	});

	it('emails that differ only in case are the same person', async () => {
		await apply(firstRoster);
		const before = await counts();
		const shouting = roster(
			amelie.replace('amelie.tremblay@ontario.ca', 'Amelie.Tremblay@ONTARIO.CA').replace('morgan.lee@ontario.ca', 'Morgan.Lee@Ontario.ca'),
			bilal,
			chloe
		);
		const plan = await planRosterImport(t.db, cohortId, shouting, adminId);
		expect(plan.rows.map((r) => r.change)).toEqual(['unchanged', 'unchanged', 'unchanged']);
		expect(plan.newManagers).toEqual([]);
		await apply(shouting);
		expect((await counts()).users).toBe(before.users);
	});

	it('enrols people who already have an account, without a new link', async () => {
		await createUser(t.db, 'chloe.gagnon@ontario.ca', { name: 'Chloé Gagnon', password: 'already active' });
		const result = await apply(firstRoster);
		expect(result.plan.rows.find((r) => r.email === 'chloe.gagnon@ontario.ca')).toMatchObject({ enrol: true });
		expect(await traineesOf(cohortId)).toContain('chloe.gagnon@ontario.ca:trainee');
		expect(result.links.map((l) => l.email)).not.toContain('chloe.gagnon@ontario.ca');
	});

	it('a file with one bad line writes nothing at all', async () => {
		const before = await counts();
		const result = await applyRosterImport(t.db, cohortId, roster(amelie, 'not-an-email,Somebody,,,,', chloe), adminId);
		expect(result.ok).toBe(false);
		expect(result.plan.problems).toEqual([{ line: 3, code: 'email_invalid', value: 'not-an-email' }]);
		expect(await counts()).toEqual(before);
	});

	it('refuses to turn the cohort’s instructor into a trainee, and writes nothing', async () => {
		const instructorId = await createUser(t.db, 'chloe.gagnon@ontario.ca');
		await t.db.insertInto('enrolments').values({ cohort_id: cohortId, user_id: instructorId, role: 'instructor', created_at: Date.now() }).execute();
		const before = await counts();
		const result = await applyRosterImport(t.db, cohortId, firstRoster, adminId);
		expect(result.ok).toBe(false);
		expect(result.plan.problems).toEqual([{ line: 4, code: 'already_instructor', value: 'chloe.gagnon@ontario.ca' }]);
		expect(await counts()).toEqual(before);
	});

	it('someone in one cohort can be imported into another without a second account', async () => {
		await apply(firstRoster);
		const users = await countRows(t.db, 'users');
		const second = await createCohort(t.db, { name: 'Cohort 2', courseSlug: 'social-media-bootcamp', startsOn: '2026-03-02', endsOn: '2026-04-24' }, adminId);
		const result = await applyRosterImport(t.db, second, roster(chloe), adminId);
		expect(result.ok && result.plan.rows).toEqual([expect.objectContaining({ change: 'unchanged', enrol: true })]);
		expect(await traineesOf(second)).toEqual(['chloe.gagnon@ontario.ca:trainee']);
		expect(await countRows(t.db, 'users')).toBe(users);
	});
});
