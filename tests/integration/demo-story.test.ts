import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { getCourse } from '$lib/server/content/catalog';
import { startUp } from '$lib/server/startup';
import { awaitingReviewCount } from '$lib/server/exercises/repository';
import { quizStatistics } from '$lib/server/quizzes/staff';
import { freshDatabase, type TestDatabase } from './db';

const DAY = 86_400_000;
/** Every module of the bootcamp: a finished trainee has completed them all. */
const MODULES = getCourse('social-media-bootcamp')!.modules.length;
let t: TestDatabase;
let cohortId: string;

beforeAll(async () => {
	t = await freshDatabase({ migrate: false });
	await startUp(t.db, { SEED_DEMO: 'true', DEMO_PASSWORD: 'bootcamp-demo' });
	cohortId = (await t.db.selectFrom('cohorts').select('id').where('name', '=', 'Social Media Bootcamp — Cohort 1').executeTakeFirstOrThrow()).id;
}, 60_000);
afterAll(() => t.cleanUp());

async function completedPerTrainee() {
	const rows = await t.db
		.selectFrom('enrolments')
		.innerJoin('users', 'users.id', 'enrolments.user_id')
		.leftJoin('module_progress', (j) =>
			j
				.onRef('module_progress.user_id', '=', 'users.id')
				.onRef('module_progress.cohort_id', '=', 'enrolments.cohort_id')
				.on('module_progress.status', '=', 'completed')
		)
		.select(['users.email'])
		.select((eb) => eb.fn.count<number>('module_progress.module_slug').as('completed'))
		.where('enrolments.cohort_id', '=', cohortId)
		.where('enrolments.role', '=', 'trainee')
		.groupBy('users.email')
		.execute();
	return new Map(rows.map((r) => [r.email, Number(r.completed)]));
}

describe('the demo cohort tells a story on first start', () => {
	it('has a few trainees finished, with completion records, and most in modules 3 to 6', async () => {
		const completed = await completedPerTrainee();
		expect(completed.size).toBe(50);
		const finished = [...completed]
			.filter(([, n]) => n === MODULES)
			.map(([email]) => email)
			.sort();
		expect(finished).toEqual(['trainee01@demo.test', 'trainee02@demo.test', 'trainee03@demo.test']);
		const records = await t.db.selectFrom('completion_records').select(['holder_name', 'status']).where('cohort_id', '=', cohortId).execute();
		expect(records).toHaveLength(3);
		const inModules3to6 = [...completed.values()].filter((n) => n >= 2 && n <= 5).length;
		expect(inModules3to6).toBeGreaterThan(25);
		expect([...completed.values()].filter((n) => n === 0).length).toBeGreaterThanOrEqual(2);
	});

	it('has submissions waiting for review and exactly one revision requested', async () => {
		expect(await awaitingReviewCount(t.db, cohortId)).toBeGreaterThanOrEqual(5);
		const statuses = await t.db.selectFrom('module_progress').select('status').where('cohort_id', '=', cohortId).execute();
		expect(statuses.filter((s) => s.status === 'needs_revision')).toHaveLength(1);
		expect(statuses.filter((s) => s.status === 'needs_review').length).toBeGreaterThanOrEqual(5);
	});

	it('has some trainees stalled for two weeks and one who failed a quiz twice', async () => {
		const last = await t.db
			.selectFrom('progress_events')
			.select(['user_id'])
			.select((eb) => eb.fn.max('at').as('last'))
			.where('cohort_id', '=', cohortId)
			.groupBy('user_id')
			.execute();
		const stalled = last.filter((r) => Number(r.last) < Date.now() - 13 * DAY);
		expect(stalled.length).toBeGreaterThanOrEqual(5);
		const failed = await t.db.selectFrom('quiz_attempts').select('user_id').where('cohort_id', '=', cohortId).where('passed', '=', 0).execute();
		expect(failed.length).toBe(2);
		expect(new Set(failed.map((f) => f.user_id)).size).toBe(1);
	});

	it('never dates anything in the future', async () => {
		const future = await t.db.selectFrom('progress_events').select('id').where('at', '>', Date.now()).execute();
		expect(future).toEqual([]);
	});

	it('gives its quiz statistics an answer per question for every trainee who attempted, not one', async () => {
		const stats = await quizStatistics(t.db, cohortId, 'welcome', 'en');
		expect(stats.summary.traineesAttempted).toBeGreaterThan(30);
		expect(stats.questions.every((q) => q.answered === stats.summary.traineesAttempted)).toBe(true);
		expect(stats.questions.some((q) => q.facility !== null && q.facility < 1)).toBe(true);
	});
});
