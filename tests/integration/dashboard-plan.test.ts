import { CompiledQuery, type Compilable } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as dashboards from '$lib/server/dashboards/repository';
import { freshDatabase, testEngine, type TestDatabase } from './db';

// The dashboards stay fast at 10,000 trainees only while every heavy read is a search in an
// index (see db/migrations/2026-11-30T0800_dashboard_indexes.ts), never a scan of a whole table.
// SQLite's plan does not depend on the amount of data until ANALYZE runs, so an empty database
// shows the plan a large one gets. (EXPLAIN QUERY PLAN is SQLite's own: this test is about SQLite.)
// SQLite's EXPLAIN QUERY PLAN: PostgreSQL has its own planner, which rightly scans tables this small;
// its indexes are the same ones, so the plans are checked on SQLite only.
describe.skipIf(testEngine === 'postgres')('dashboard query plans', () => {
	let t: TestDatabase;
	beforeAll(async () => {
		t = await freshDatabase();
	});
	afterAll(() => t.cleanUp());

	const plan = async (query: Compilable) => {
		const { sql, parameters } = query.compile();
		const result = await t.db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${sql}`, [...parameters]));
		return result.rows.map((row) => row.detail);
	};

	it.each([
		[
			'trainees per number of completed modules (admin overview)',
			() => dashboards.completionHistogramQuery(t.db, ['a', 'b']),
			'module_progress_cohort_status_person_idx'
		],
		['active trainees per cohort (admin overview)', () => dashboards.activeByCohortQuery(t.db, ['a', 'b'], 0), 'progress_events_cohort_recent_idx'],
		['last activity per person (cohort)', () => dashboards.lastActivityQuery(t.db, 'a'), 'progress_events_cohort_actor_idx'],
		['quiz attempts (cohort)', () => dashboards.quizAttemptsQuery(t.db, 'a'), 'progress_events_cohort_kind_idx'],
		['module statuses (cohort)', () => dashboards.cohortProgressQuery(t.db, 'a'), 'module_progress_'],
		['completed modules of a manager’s staff (team view)', () => dashboards.staffCompletionsQuery(t.db, 'm'), 'module_progress_user_idx']
	])('%s searches an index instead of scanning a table', async (_name, query, index) => {
		const details = await plan(query());
		expect(details.join('\n')).toContain(index);
		expect(details.filter((d) => /^SCAN (progress_events|module_progress)\b/.test(d))).toEqual([]);
	});

	it('leaves one person’s completed count (the home page) on the person’s own index', async () => {
		const query = t.db.selectFrom('module_progress').select('cohort_id').where('user_id', '=', 'u').where('status', '=', 'completed').groupBy('cohort_id');
		expect((await plan(query)).join('\n')).toContain('module_progress_user_idx');
	});
});
