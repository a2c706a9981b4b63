import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { progressCsv, quizResultsCsv, teamCsv } from '$lib/server/dashboards/exports';
import { adminOverview, cohortDashboard, traineeDetail } from '$lib/server/dashboards/service';
import { staffMember, teamProgress } from '$lib/server/dashboards/staff';
import { recordProgress, type ProgressEventKind } from '$lib/server/progress/events';
import { newId } from '$lib/server/ids';
import { createUser, freshDatabase, sessionUser as user, type TestDatabase } from './db';

// A hand-computed cohort: four modules over 28 days (due Jan 13, 20, 27 and Feb 3), seen at
// noon on Jan 21, when two modules are due. The course is not in the catalog, so the modules
// are the ones recorded, in order of their names.
const DAY = 86_400_000;
const now = Date.parse('2027-01-21T17:00:00Z');
const COURSE = 'dashboard-test-course';
const mod = (slug: string, hasQuiz = false, hasExercise = false) => ({ slug, version: 'v1', hasQuiz, hasExercise });
const [M1, M2, M3, M4] = [mod('m1-welcome'), mod('m2-writing', true), mod('m3-review', false, true), mod('m4-wrap-up')];

describe('dashboards', () => {
	let t: TestDatabase;
	const ids: Record<string, string> = {};
	let cohort: string;
	let otherCohort: string;

	const step = (who: string, module: ReturnType<typeof mod>, kind: ProgressEventKind, daysAgo: number, details?: Record<string, unknown>, actor?: string) =>
		recordProgress(t.db, { userId: ids[who], cohortId: cohort, courseSlug: COURSE, module, kind, details, actorId: actor && ids[actor] }, now - daysAgo * DAY);
	const attempt = (who: string, daysAgo: number, score: number) => step(who, M2, 'quiz_attempted', daysAgo, { score, passed: score >= 80 });

	beforeAll(async () => {
		t = await freshDatabase();
		ids.admin = await createUser(t.db, 'admin@test', { is_admin: 1 });
		ids.manager = await createUser(t.db, 'manager@test');
		ids.teacher = await createUser(t.db, 'teacher@test');
		ids.otherTeacher = await createUser(t.db, 'other-teacher@test');
		const staff = { manager_id: ids.manager, ministry: 'Ministry of Health', branch: 'Communications' };
		ids.ada = await createUser(t.db, 'ada@test', { name: 'Ada Lovelace', ...staff });
		ids.bo = await createUser(t.db, 'bo@test', { name: 'Bo Côté', ...staff });
		ids.cy = await createUser(t.db, 'cy@test', { name: 'Cy Young', ministry: 'Ministry of Education' });
		ids.di = await createUser(t.db, 'di@test', { name: 'Di Prince', ministry: 'Ministry of Education' });
		ids.ed = await createUser(t.db, 'ed@test', { name: "=cmd|' /C calc'!A0", ministry: 'Ministry of Health' });
		ids.outsider = await createUser(t.db, 'outsider@test', { name: 'Out Sider' });

		cohort = newId();
		otherCohort = newId();
		await t.db
			.insertInto('cohorts')
			.values([
				{ id: cohort, name: 'Cohorte d’hiver', course_slug: COURSE, starts_on: '2027-01-06', ends_on: '2027-02-03', created_by: ids.admin, created_at: now },
				{ id: otherCohort, name: 'Spring', course_slug: COURSE, starts_on: '2027-04-01', ends_on: '2027-05-01', created_by: ids.admin, created_at: now }
			])
			.execute();
		const enrol = (cohortId: string, who: string, role: 'trainee' | 'instructor') => ({ cohort_id: cohortId, user_id: ids[who], role, created_at: now });
		await t.db
			.insertInto('enrolments')
			.values([
				enrol(cohort, 'teacher', 'instructor'),
				...['ada', 'bo', 'cy', 'di', 'ed'].map((who) => enrol(cohort, who, 'trainee')),
				enrol(otherCohort, 'otherTeacher', 'instructor'),
				enrol(otherCohort, 'outsider', 'trainee')
			])
			.execute();

		// Ada finished everything; her last own step was two days ago.
		await step('ada', M1, 'module_marked_complete', 12);
		await step('ada', M2, 'module_viewed', 10);
		await attempt('ada', 10, 85);
		await step('ada', M2, 'quiz_passed', 10);
		await step('ada', M3, 'exercise_submitted', 6);
		await step('ada', M3, 'exercise_approved', 5, {}, 'teacher');
		await step('ada', M4, 'module_marked_complete', 2);
		// Bo is on track (two modules) with an exercise waiting for review; he failed twice, then passed.
		await step('bo', M1, 'module_marked_complete', 11);
		await step('bo', M2, 'module_viewed', 9);
		await attempt('bo', 9, 40);
		await attempt('bo', 8.25, 50);
		await attempt('bo', 8, 90);
		await step('bo', M2, 'quiz_passed', 8);
		await step('bo', M3, 'exercise_submitted', 6);
		// Cy was asked for a revision three days ago (by the instructor) and has not answered.
		await step('cy', M1, 'module_marked_complete', 10);
		await step('cy', M3, 'exercise_submitted', 9);
		await step('cy', M3, 'exercise_revision_requested', 3, {}, 'teacher');
		// Di failed the quiz twice, fifteen days ago, and has not been back.
		await step('di', M1, 'module_viewed', 15);
		await step('di', M2, 'module_viewed', 15);
		await attempt('di', 15, 30);
		await attempt('di', 15, 45);
		// Ed never came.

		await t.db
			.insertInto('completion_records')
			.values({
				id: (ids.adaRecord = newId()),
				code: 'TEST-CODE-0001',
				user_id: ids.ada,
				course_slug: COURSE,
				cycle: 1,
				holder_name: 'Ada Lovelace',
				course_title_en: 'Test course',
				course_title_fr: 'Cours d’essai',
				content_version: 'v1',
				cohort_id: cohort,
				cohort_name: 'Cohorte d’hiver',
				completed_at: now - 2 * DAY,
				issued_at: now - 2 * DAY,
				status_list_index: 1
			})
			.execute();
	});
	afterAll(() => t.cleanUp());

	const dashboard = (query = '', as = user(ids.teacher)) => cohortDashboard(t.db, as, cohort, new URLSearchParams(query), 'en', now);

	it('sums the cohort exactly as computed by hand', async () => {
		const { figures } = await dashboard();
		expect(figures).toEqual({
			enrolled: 5,
			active: 2,
			finished: 1,
			onTrack: 1,
			behind: 3,
			atRisk: 3,
			atRiskOnTrack: 0,
			atRiskBehind: 3,
			waitingForReview: 1,
			revisionRequested: 1,
			expected: 2,
			modules: 4
		});
	});

	it('fills the matrix with each status, by name, and ranks the people at risk with their reasons', async () => {
		const data = await dashboard();
		expect(data.modules.map((m) => m.slug)).toEqual(['m1-welcome', 'm2-writing', 'm3-review', 'm4-wrap-up']);
		expect(data.matrix.rows.map((r) => [r.name, r.statuses, r.standing])).toEqual([
			["=cmd|' /C calc'!A0", ['not_started', 'not_started', 'not_started', 'not_started'], 'behind'],
			['Ada Lovelace', ['completed', 'completed', 'completed', 'completed'], 'finished'],
			['Bo Côté', ['completed', 'completed', 'needs_review', 'not_started'], 'on_track'],
			['Cy Young', ['completed', 'not_started', 'needs_revision', 'not_started'], 'behind'],
			['Di Prince', ['in_progress', 'in_progress', 'not_started', 'not_started'], 'behind']
		]);
		expect(data.atRisk.map((r) => [r.name, r.risks.map((risk) => risk.kind)])).toEqual([
			['Di Prince', ['quiz_failed', 'inactive']],
			["=cmd|' /C calc'!A0", ['inactive']],
			['Cy Young', ['revision_waiting']]
		]);
		// The instructor's revision request is not Cy's own activity: nine days, not three.
		expect(data.matrix.rows.find((r) => r.name === 'Cy Young')!.lastActiveAt).toBe(now - 9 * DAY);
	});

	it('filters and sorts from the query string', async () => {
		const names = async (query: string) => (await dashboard(query)).matrix.rows.map((r) => r.name);
		expect(await names('ministry=Ministry+of+Education')).toEqual(['Cy Young', 'Di Prince']);
		expect(await names('standing=behind&sort=activity')).toEqual(["=cmd|' /C calc'!A0", 'Di Prince', 'Cy Young']);
		expect(await names('status=needs_review')).toEqual(['Bo Côté']);
		// Bo's six quiet days count once five are enough; Ada has finished.
		expect(await names('inactive=5&standing=at_risk')).toEqual(["=cmd|' /C calc'!A0", 'Bo Côté', 'Cy Young', 'Di Prince']);
	});

	it('draws the funnel, the quiz scores and the burn-up from the same rows', async () => {
		const { charts } = await dashboard();
		expect(charts.funnel.map((s) => [s.slug, s.started, s.completed])).toEqual([
			['m1-welcome', 4, 3],
			['m2-writing', 3, 2],
			['m3-review', 3, 1],
			['m4-wrap-up', 1, 1]
		]);
		expect(charts.scores).toEqual([{ slug: 'm2-writing', title: 'm2-writing', attempts: 6, passed: 2, bands: [0, 0, 0, 1, 2, 1, 0, 0, 1, 1] }]);
		// Seven completions of twenty (5 people × 4 modules) by today; two modules of four due by the end of Jan 20.
		const today = charts.burnUp.find((p) => p.date === '2027-01-21')!;
		expect(today).toEqual({ date: '2027-01-21', expected: 50, actual: 35 });
		expect(charts.burnUp.at(-1)).toEqual({ date: '2027-02-03', expected: 100, actual: null });
	});

	it("shows one trainee's modules and timeline, newest first, with the instructor's steps named", async () => {
		const detail = await traineeDetail(t.db, user(ids.teacher), cohort, ids.cy, 'en', now);
		expect(detail.trainee.risks).toEqual([{ kind: 'revision_waiting', module: expect.objectContaining({ slug: 'm3-review' }), since: now - 3 * DAY }]);
		expect(detail.events.map((e) => [e.kind, e.module, e.byOther])).toEqual([
			['exercise_revision_requested', 'm3-review', 'teacher'],
			['exercise_submitted', 'm3-review', null],
			['module_completed', 'm1-welcome', null],
			['module_marked_complete', 'm1-welcome', null]
		]);
		const bo = await traineeDetail(t.db, user(ids.admin, { isAdmin: true }), cohort, ids.bo, 'en', now);
		expect(bo.events.filter((e) => e.kind === 'quiz_attempted').map((e) => [e.score, e.passed])).toEqual([
			[90, true],
			[50, false],
			[40, false]
		]);
		expect(bo.modules.map((m) => m.attempts)).toEqual([0, 3, 0, 0]);
		const ada = await traineeDetail(t.db, user(ids.teacher), cohort, ids.ada, 'en', now);
		expect(ada.recordId).toBe(ids.adaRecord);
	});

	it('gives admins every cohort with its figures', async () => {
		const overview = await adminOverview(t.db, user(ids.admin, { isAdmin: true }), now);
		const figures = Object.fromEntries(overview.cohorts.map((c) => [c.name, [c.enrolled, c.active, c.finished, c.behind]]));
		expect(figures).toEqual({ 'Cohorte d’hiver': [5, 2, 1, 3], Spring: [1, 0, 0, 0] });
		expect(overview.totals).toEqual({ enrolled: 6, active: 2, finished: 1, behind: 3 });
	});

	it('gives a manager their own staff only, with standing, expected finish and record', async () => {
		const team = await teamProgress(t.db, user(ids.manager, { isManager: true }), now);
		expect(team.map((p) => p.name)).toEqual(['Ada Lovelace', 'Bo Côté']);
		expect(team.map((p) => p.cohorts.map((c) => [c.completed, c.total, c.standing, c.finish, c.recordId]))).toEqual([
			[[4, 4, 'finished', { kind: 'finished', on: '2027-01-19' }, ids.adaRecord]],
			[[2, 4, 'on_track', { kind: 'on_schedule', on: '2027-02-03' }, null]]
		]);
		const bo = await staffMember(t.db, user(ids.manager, { isManager: true }), ids.bo, 'en', now);
		expect(bo.cohorts[0].modules.map((m) => m.status)).toEqual(['completed', 'completed', 'needs_review', 'not_started']);
	});

	describe('exports', () => {
		it('writes the roster’s progress as CSV with a BOM, accents intact and formulas defused', async () => {
			const file = await progressCsv(t.db, user(ids.teacher), cohort, 'en', now);
			expect(file.fileName).toBe('cohorte-d-hiver-progress-2027-01-21.csv');
			expect(file.body.startsWith('\uFEFFName,Email,Ministry,Branch,Standing,Modules completed')).toBe(true);
			const lines = file.body.slice(1).trimEnd().split('\r\n');
			expect(lines).toHaveLength(6);
			expect(lines).toContain(
				"'=cmd|' /C calc'!A0,ed@test,Ministry of Health,,Behind,0,4,,No activity at all since the start (15 days),Not started,Not started,Not started,Not started"
			);
			expect(lines.find((l) => l.startsWith('Bo Côté'))).toBe(
				'Bo Côté,bo@test,Ministry of Health,Communications,On track,2,4,2027-01-15,,Completed,Completed,Waiting for review,Not started'
			);
		});

		it('writes every quiz attempt with its number, score and outcome', async () => {
			const file = await quizResultsCsv(t.db, user(ids.teacher), cohort, 'en', now);
			const lines = file.body.slice(1).trimEnd().split('\r\n');
			expect(lines[0]).toBe('Name,Email,Module,Attempt,Submitted at,Score (%),Passed');
			expect(lines.filter((l) => l.startsWith('Bo Côté')).map((l) => l.split(',').slice(3).join(','))).toEqual([
				'1,2027-01-12 12:00,40,No',
				'2,2027-01-13 06:00,50,No',
				'3,2027-01-13 12:00,90,Yes'
			]);
		});

		it('writes the manager’s team with a link to each record', async () => {
			const file = await teamCsv(t.db, user(ids.manager, { isManager: true }), 'https://bootcamp.test', now);
			expect(file.body).toContain(
				`Ada Lovelace,ada@test,Ministry of Health,Communications,Cohorte d’hiver,4,4,Completed,Completed on 2027-01-19,https://bootcamp.test/records/${ids.adaRecord}`
			);
			expect(file.body).not.toContain('Cy Young');
		});

		it('records each export in the audit log', async () => {
			const actions = await t.db.selectFrom('audit_log').select('action').execute();
			expect(actions.map((a) => a.action)).toEqual(
				expect.arrayContaining(['cohort.progress_exported', 'cohort.quiz_results_exported', 'team.progress_exported'])
			);
		});
	});

	describe('permissions', () => {
		const forbidden = { status: 403 };

		it('refuses an instructor of another cohort everything about this one', async () => {
			const other = user(ids.otherTeacher);
			await expect(dashboard('', other)).rejects.toMatchObject(forbidden);
			await expect(traineeDetail(t.db, other, cohort, ids.ada, 'en', now)).rejects.toMatchObject(forbidden);
			await expect(progressCsv(t.db, other, cohort, 'en', now)).rejects.toMatchObject(forbidden);
			await expect(quizResultsCsv(t.db, other, cohort, 'en', now)).rejects.toMatchObject(forbidden);
		});

		it("refuses a manager someone who is not on their team, and the cohort's own pages", async () => {
			const manager = user(ids.manager, { isManager: true });
			await expect(staffMember(t.db, manager, ids.cy, 'en', now)).rejects.toMatchObject(forbidden);
			await expect(dashboard('', manager)).rejects.toMatchObject(forbidden);
			await expect(traineeDetail(t.db, manager, cohort, ids.ada, 'en', now)).rejects.toMatchObject(forbidden);
		});

		it('refuses a trainee the dashboard, the drill-down, the exports, the overview and the team view', async () => {
			const trainee = user(ids.ada);
			await expect(dashboard('', trainee)).rejects.toMatchObject(forbidden);
			await expect(traineeDetail(t.db, trainee, cohort, ids.ada, 'en', now)).rejects.toMatchObject(forbidden);
			await expect(progressCsv(t.db, trainee, cohort, 'en', now)).rejects.toMatchObject(forbidden);
			await expect(adminOverview(t.db, trainee, now)).rejects.toMatchObject(forbidden);
			await expect(teamProgress(t.db, trainee, now)).rejects.toMatchObject(forbidden);
		});

		it('answers 404 for someone who is not a trainee of the cohort', async () => {
			await expect(traineeDetail(t.db, user(ids.teacher), cohort, ids.outsider, 'en', now)).rejects.toMatchObject({ status: 404 });
		});
	});
});
