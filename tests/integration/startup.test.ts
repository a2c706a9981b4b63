import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '$lib/server/accounts/sign-in';
import { DEMO_COHORT_NAME, DEMO_TRAINEES, demoTraineeEmail } from '$lib/server/demo/seed';
import { startUp } from '$lib/server/startup';
import { countRows, freshDatabase, type TestDatabase } from './db';

const env = { SEED_DEMO: 'true', DEMO_PASSWORD: 'a demo password' };

describe('startUp', () => {
	let t: TestDatabase;
	beforeEach(async () => {
		t = await freshDatabase();
		vi.spyOn(console, 'info').mockImplementation(() => {});
	});
	afterEach(async () => {
		vi.restoreAllMocks();
		await t.cleanUp();
	});

	const emailsWhere = async (query: (db: TestDatabase['db']) => Promise<{ email: string }[]>) => (await query(t.db)).map((r) => r.email).sort();

	it('seeds a new install with an admin, an instructor, a manager and 50 trainees in one cohort', async () => {
		await startUp(t.db, env);

		const admins = await emailsWhere((db) => db.selectFrom('users').select('email').where('is_admin', '=', 1).execute());
		expect(admins).toEqual(['admin@demo.test']);

		const cohorts = await t.db.selectFrom('cohorts').selectAll().execute();
		expect(cohorts.map((c) => c.name)).toEqual([DEMO_COHORT_NAME]);
		const inCohort = (role: 'trainee' | 'instructor') =>
			emailsWhere((db) =>
				db
					.selectFrom('enrolments')
					.innerJoin('users', 'users.id', 'enrolments.user_id')
					.select('users.email')
					.where('enrolments.cohort_id', '=', cohorts[0].id)
					.where('enrolments.role', '=', role)
					.execute()
			);
		expect(await inCohort('instructor')).toEqual(['instructor@demo.test']);
		const trainees = await inCohort('trainee');
		expect(trainees).toHaveLength(DEMO_TRAINEES);
		expect(trainees).toEqual(Array.from({ length: DEMO_TRAINEES }, (_, i) => demoTraineeEmail(i + 1)));
	});

	it('gives the demo manager exactly trainees 01 to 10 as staff', async () => {
		await startUp(t.db, env);
		const staff = await emailsWhere((db) =>
			db
				.selectFrom('users')
				.innerJoin('users as manager', 'manager.id', 'users.manager_id')
				.select('users.email')
				.where('manager.email', '=', 'manager@demo.test')
				.execute()
		);
		expect(staff).toEqual(Array.from({ length: 10 }, (_, i) => demoTraineeEmail(i + 1)));
		const managed = await t.db.selectFrom('users').select('id').where('manager_id', 'is not', null).execute();
		expect(managed).toHaveLength(10);
	});

	it('lets every demo account sign in with DEMO_PASSWORD', async () => {
		await startUp(t.db, env);
		for (const email of ['admin@demo.test', 'instructor@demo.test', 'manager@demo.test', demoTraineeEmail(1), demoTraineeEmail(DEMO_TRAINEES)]) {
			expect(await signIn(t.db, email, env.DEMO_PASSWORD, '127.0.0.1'), email).toMatchObject({ ok: true });
		}
		expect(await signIn(t.db, 'admin@demo.test', 'bootcamp-demo', '127.0.0.2')).toEqual({ ok: false, reason: 'invalid' });
	});

	it('seeds nothing when SEED_DEMO is false', async () => {
		await startUp(t.db, { SEED_DEMO: 'false' });
		expect(await countRows(t.db, 'users')).toBe(0);
		expect(await t.db.selectFrom('cohorts').selectAll().execute()).toEqual([]);
	});

	it('running twice seeds only once', async () => {
		await startUp(t.db, env);
		const users = await countRows(t.db, 'users');
		const enrolments = await countRows(t.db, 'enrolments');
		await startUp(t.db, env);
		expect(await countRows(t.db, 'users')).toBe(users);
		expect(await countRows(t.db, 'enrolments')).toBe(enrolments);
		expect(await t.db.selectFrom('cohorts').selectAll().execute()).toHaveLength(1);
	});

	it('never seeds into a database that already has people', async () => {
		await startUp(t.db, { SEED_DEMO: 'false' });
		await t.db
			.insertInto('users')
			.values({
				id: 'real',
				email: 'real.admin@ontario.ca',
				display_name: 'Real Admin',
				preferred_language: 'en',
				ministry: '',
				branch: '',
				manager_id: null,
				password_hash: null,
				created_at: 0,
				updated_at: 0,
				disabled_at: null
			})
			.execute();
		await startUp(t.db, env);
		expect(await countRows(t.db, 'users')).toBe(1);
	});

	it('migrates a brand-new file itself before seeding it', async () => {
		const unmigrated = await freshDatabase({ migrate: false });
		try {
			await startUp(unmigrated.db, env);
			expect(await countRows(unmigrated.db, 'users')).toBe(DEMO_TRAINEES + 3);
		} finally {
			await unmigrated.cleanUp();
		}
	});
});
