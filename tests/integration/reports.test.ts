import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Kysely, KyselyPlugin } from 'kysely';
import type { SessionUser } from '$lib/server/auth/sessions';
import type { DB } from '$lib/server/db/schema';
import { cohortDashboard } from '$lib/server/dashboards/service';
import { recordProgress, type ProgressEventKind } from '$lib/server/progress/events';
import { ministriesReport, ministriesReportCsv } from '$lib/server/reports/service';
import { newId } from '$lib/server/ids';
import { createUser, freshDatabase, sessionUser as user, type TestDatabase } from './db';

// Two cohorts of a course outside the catalog (its modules are the ones recorded), seen on
// Jan 21: Winter (Jan 1–29, module 1 due Jan 15, so one module is expected) and Spring (March:
// nothing due yet). Ada is in both.
const now = Date.parse('2027-01-21T17:00:00Z');
const DAY = 86_400_000;
const COURSE = 'report-test-course';
const mod = (slug: string) => ({ slug, version: 'v1', hasQuiz: false, hasExercise: false });
const [M1, M2] = [mod('m1-start'), mod('m2-finish')];

/** A connection that counts the queries it runs. */
function counted(db: Kysely<DB>) {
	const counter = { queries: 0 };
	const plugin: KyselyPlugin = {
		transformQuery: (args) => {
			counter.queries += 1;
			return args.node;
		},
		transformResult: async (args) => args.result
	};
	return { db: db.withPlugin(plugin), counter };
}

describe('ministries report', () => {
	let t: TestDatabase;
	const ids: Record<string, string> = {};
	const cohorts = { winter: newId(), spring: newId() };
	let admin: SessionUser;

	const step = (who: string, cohort: string, module: ReturnType<typeof mod>, kind: ProgressEventKind) =>
		recordProgress(t.db, { userId: ids[who], cohortId: cohort, courseSlug: COURSE, module, kind, actorId: ids[who] }, now - 2 * DAY);
	const enrol = async (cohort: string, who: string, role: 'trainee' | 'instructor' = 'trainee') =>
		t.db.insertInto('enrolments').values({ cohort_id: cohort, user_id: ids[who], role, created_at: now }).execute();

	beforeAll(async () => {
		t = await freshDatabase();
		ids.admin = await createUser(t.db, 'admin@test', { is_admin: 1 });
		ids.teacher = await createUser(t.db, 'teacher@test');
		const health = { ministry: 'Ministry of Health', branch: 'Communications' };
		ids.ada = await createUser(t.db, 'ada@test', health);
		ids.bo = await createUser(t.db, 'bo@test', { ...health, ministry: 'ministry of health ' });
		ids.cy = await createUser(t.db, 'cy@test', { ministry: 'Ministry of Health', branch: 'Web' });
		ids.di = await createUser(t.db, 'di@test', { ministry: 'Ministry of Education' });
		ids.ed = await createUser(t.db, 'ed@test');
		ids.fay = await createUser(t.db, 'fay@test', { ministry: 'Ministry of Education', branch: '=HYPERLINK("http://evil.test")' });
		admin = user(ids.admin, { isAdmin: true });
		await t.db
			.insertInto('cohorts')
			.values([
				{ id: cohorts.winter, name: 'Winter', course_slug: COURSE, starts_on: '2027-01-01', ends_on: '2027-01-29', created_by: ids.admin, created_at: now },
				{ id: cohorts.spring, name: 'Spring', course_slug: COURSE, starts_on: '2027-03-01', ends_on: '2027-03-29', created_by: ids.admin, created_at: now }
			])
			.execute();
		await enrol(cohorts.winter, 'teacher', 'instructor');
		for (const who of ['ada', 'bo', 'cy', 'di', 'ed']) await enrol(cohorts.winter, who);
		for (const who of ['ada', 'fay']) await enrol(cohorts.spring, who);

		await step('ada', cohorts.winter, M1, 'module_marked_complete'); // finished
		await step('ada', cohorts.winter, M2, 'module_marked_complete');
		await step('bo', cohorts.winter, M1, 'module_marked_complete'); // on track: one of one due
		await step('cy', cohorts.winter, M1, 'module_viewed'); // started, behind
		await step('ed', cohorts.winter, M1, 'module_marked_complete'); // on track, no ministry recorded
		await step('fay', cohorts.spring, M1, 'module_viewed'); // on track: nothing due yet
		// di (Winter) and ada (Spring) have opened nothing: not started.
	});

	afterAll(() => t.cleanUp());

	const report = (params = '', viewer = admin, db = t.db) => ministriesReport(db, viewer, new URLSearchParams(params), 'en', now);

	it('counts each enrolment once, in one column, by ministry and branch, with totals', async () => {
		const { report: figures } = await report();
		expect(figures.cohorts).toBe(2);
		expect(figures.totals).toEqual({ enrolled: 7, finished: 1, onTrack: 3, behind: 1, notStarted: 2 });
		expect(figures.ministries.map((m) => [m.ministry, m.enrolled, m.finished, m.onTrack, m.behind, m.notStarted])).toEqual([
			['Ministry of Education', 2, 0, 1, 0, 1],
			['Ministry of Health', 4, 1, 1, 1, 1],
			['', 1, 0, 1, 0, 0]
		]);
		const health = figures.ministries[1];
		expect(health.branches.map((b) => [b.branch, b.enrolled, b.finished, b.onTrack, b.behind, b.notStarted])).toEqual([
			['Communications', 3, 1, 1, 0, 1],
			['Web', 1, 0, 0, 1, 0]
		]);
	});

	it('agrees with the cohort dashboard on who is finished, on track and behind', async () => {
		const dashboard = await cohortDashboard(t.db, admin, cohorts.winter, new URLSearchParams(), 'en', now);
		const { report: winter } = await report(`cohort=${cohorts.winter}`);
		expect(winter.totals.finished).toBe(dashboard.figures.finished);
		// The dashboard counts Di, who has opened nothing, as behind; the report shows her as not started.
		expect(winter.totals.behind + winter.totals.notStarted).toBe(dashboard.figures.behind);
		expect(winter.totals.onTrack).toBe(dashboard.figures.onTrack);
	});

	it('filters to one cohort or one course, and lists both for the filter', async () => {
		const spring = await report(`cohort=${cohorts.spring}`);
		expect(spring.report.totals).toEqual({ enrolled: 2, finished: 0, onTrack: 1, behind: 0, notStarted: 1 });
		expect(spring.cohorts.map((c) => c.name)).toEqual(['Spring', 'Winter']);
		expect(spring.courses).toEqual([{ slug: COURSE, title: COURSE }]);
		expect((await report(`course=${COURSE}`)).report.totals.enrolled).toBe(7);
	});

	it('answers 400, not a 500, for a cohort or course that does not exist or is malformed', async () => {
		for (const params of [`cohort=${newId()}`, 'cohort=../../etc', 'course=no-such-course', 'course=%00']) {
			await expect(report(params)).rejects.toMatchObject({ status: 400 });
		}
	});

	it('refuses everyone but administrators, the cohort’s own instructor included', async () => {
		for (const viewer of [user(ids.teacher), user(ids.ada), user(ids.bo, { isManager: true })]) {
			await expect(report('', viewer)).rejects.toMatchObject({ status: 403 });
			await expect(ministriesReportCsv(t.db, viewer, new URLSearchParams(), 'en', now)).rejects.toMatchObject({ status: 403 });
		}
	});

	it('exports the same figures as CSV, with a BOM, subtotals, totals and formulas defused', async () => {
		const file = await ministriesReportCsv(t.db, admin, new URLSearchParams(), 'en', now);
		expect(file.fileName).toBe('ministries-completion-2027-01-21.csv');
		expect(file.body.startsWith('\uFEFF')).toBe(true);
		expect(file.body.slice(1).trimEnd().split('\r\n')).toEqual([
			'Ministry,Branch,Enrolled,Finished,Finished (%),On track,On track (%),Behind,Behind (%),Not started,Not started (%)',
			'Ministry of Education,"\'=HYPERLINK(""http://evil.test"")",1,0,0,1,100,0,0,0,0',
			'Ministry of Education,Not recorded,1,0,0,0,0,0,0,1,100',
			'Ministry of Education,All branches,2,0,0,1,50,0,0,1,50',
			'Ministry of Health,Communications,3,1,33,1,33,0,0,1,33',
			'Ministry of Health,Web,1,0,0,0,0,1,100,0,0',
			'Ministry of Health,All branches,4,1,25,1,25,1,25,1,25',
			'Not recorded,Not recorded,1,0,0,1,100,0,0,0,0',
			'Not recorded,All branches,1,0,0,1,100,0,0,0,0',
			'All ministries,,7,1,14,3,43,1,14,2,29'
		]);
		const audit = await t.db.selectFrom('audit_log').select(['action', 'actor_id']).where('action', '=', 'report.ministries_exported').execute();
		expect(audit).toEqual([{ action: 'report.ministries_exported', actor_id: ids.admin }]);
	});

	it('runs the same number of queries for 10 people as for 60 (no query per person)', async () => {
		const { db, counter } = counted(t.db);
		await report('', admin, db); // the course's recorded modules are remembered for a minute
		counter.queries = 0;
		await report('', admin, db);
		const before = counter.queries;
		for (let i = 0; i < 50; i++) {
			ids[`extra${i}`] = await createUser(t.db, `extra${i}@test`, { ministry: `Ministry ${i % 5}`, branch: `Branch ${i % 3}` });
			await enrol(i % 2 ? cohorts.winter : cohorts.spring, `extra${i}`);
			if (i % 4 === 0) await step(`extra${i}`, i % 2 ? cohorts.winter : cohorts.spring, M1, 'module_marked_complete');
		}
		counter.queries = 0;
		const { report: bigger } = await report('', admin, db);
		expect(bigger.totals.enrolled).toBe(57);
		expect(counter.queries).toBe(before);
		// Per report: the cohorts, the people, the due dates instructors set; per cohort: four reads.
		expect(before).toBeLessThanOrEqual(3 + 4 * 2);
	});
});
