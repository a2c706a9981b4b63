import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createCohort, renameCohort } from '$lib/server/cohorts/service';
import { homeFor } from '$lib/server/home';
import { calendarOf } from '$lib/server/schedule/feed';
import { progressCsv } from '$lib/server/dashboards/exports';
import { cohortDashboard } from '$lib/server/dashboards/service';
import { teamProgress } from '$lib/server/dashboards/staff';
import { certificatePage } from '$lib/server/records/service';
import { createUser, freshDatabase, sessionUser, type TestDatabase } from './db';
import { finishCourse, RECORDS_COURSE, recordsOf } from './records-setup';

const ORIGIN = 'https://bootcamp.test';
let t: TestDatabase;
let ids: { admin: string; trainee: string; manager: string; cohort: string };
beforeEach(async () => {
	process.env.FIXTURE_COURSES = 'true';
	t = await freshDatabase();
	const admin = await createUser(t.db, 'admin@ontario.ca', { is_admin: 1 });
	const manager = await createUser(t.db, 'manager@ontario.ca');
	const trainee = await createUser(t.db, 'zoe@ontario.ca', { name: 'Zoé', preferred_language: 'fr', manager_id: manager });
	const cohort = await createCohort(
		t.db,
		{ name: 'Spring cohort', nameFr: 'Cohorte du printemps', courseSlug: RECORDS_COURSE, startsOn: '2026-11-01', endsOn: '2027-01-31' },
		admin
	);
	await t.db.insertInto('enrolments').values({ cohort_id: cohort, user_id: trainee, role: 'trainee', created_at: Date.now() }).execute();
	ids = { admin, trainee, manager, cohort };
});
afterEach(() => t.cleanUp());

const trainee = () => sessionUser(ids.trainee);
const admin = () => sessionUser(ids.admin, { isAdmin: true });

describe('a cohort’s French name', () => {
	it('is what French pages, feeds and exports show, and English ones keep the English name', async () => {
		expect((await homeFor(t.db, trainee(), 'fr')).learning[0].cohortName).toBe('Cohorte du printemps');
		expect((await homeFor(t.db, trainee(), 'en')).learning[0].cohortName).toBe('Spring cohort');
		expect((await homeFor(t.db, admin(), 'fr')).admin?.cohorts.map((c) => c.name)).toEqual(['Cohorte du printemps']);
		expect(await calendarOf(t.db, ids.trainee, 'fr', ORIGIN)).toContain('Cohorte du printemps');
		expect(await calendarOf(t.db, ids.trainee, 'en', ORIGIN)).not.toContain('printemps');
		expect((await progressCsv(t.db, admin(), ids.cohort, 'fr')).fileName).toMatch(/^cohorte-du-printemps-/);
		expect((await cohortDashboard(t.db, admin(), ids.cohort, new URLSearchParams(), 'fr')).cohort.name).toBe('Cohorte du printemps');
		const team = await teamProgress(t.db, sessionUser(ids.manager, { isManager: true }), Date.now(), 'fr');
		expect(team[0].cohorts[0].name).toBe('Cohorte du printemps');
	});

	it('falls back to the English name where the cohort has none', async () => {
		await renameCohort(t.db, ids.cohort, { name: 'Spring cohort', nameFr: null }, ids.admin);
		expect((await homeFor(t.db, trainee(), 'fr')).learning[0].cohortName).toBe('Spring cohort');
	});

	it('is changed with the audit log saying from what to what; the same names again change nothing', async () => {
		expect(await renameCohort(t.db, ids.cohort, { name: 'Spring cohort', nameFr: 'Cohorte printanière' }, ids.admin)).toBe(true);
		expect(await renameCohort(t.db, ids.cohort, { name: 'Spring cohort', nameFr: 'Cohorte printanière' }, ids.admin)).toBe(false);
		const audit = await t.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'cohort.renamed').execute();
		expect(audit).toHaveLength(1);
		expect(JSON.parse(String(audit[0].details))).toEqual({
			from: { name: 'Spring cohort', nameFr: 'Cohorte du printemps' },
			to: { name: 'Spring cohort', nameFr: 'Cohorte printanière' }
		});
	});

	it('is kept on a record as it was when the record was issued', async () => {
		await finishCourse(t.db, { userId: ids.trainee, cohortId: ids.cohort });
		const [record] = await recordsOf(t.db, ids.trainee);
		await renameCohort(t.db, ids.cohort, { name: 'Renamed', nameFr: 'Renommée' }, ids.admin);
		const page = await certificatePage(t.db, trainee(), record.id, ORIGIN, 'fr');
		expect(page.record.cohortName).toBe('Cohorte du printemps');
		expect(page.record.edition).toEqual({ version: 1, since: record.completed_at });
		expect(page.verifyUrl).toBe(`${ORIGIN}/fr/verify/${record.code}`);
	});
});
