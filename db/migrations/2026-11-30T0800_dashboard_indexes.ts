import type { Kysely } from 'kysely';

// Indexes for the dashboards (issue #6), each serving one grouped read so that a 500-trainee
// cohort and a 10,000-trainee overview are answered from the index without visiting rows.
export async function up(db: Kysely<any>): Promise<void> {
	// Each person's latest own event in a cohort (last activity, "no activity for N days").
	await db.schema.createIndex('progress_events_cohort_actor_idx').on('progress_events').columns(['cohort_id', 'actor_id', 'at']).execute();
	// A cohort's quiz attempts, without reading its other events.
	await db.schema.createIndex('progress_events_cohort_kind_idx').on('progress_events').columns(['cohort_id', 'kind', 'at']).execute();
	// Who was active in the last 7 days in each cohort (the admin overview), without visiting rows.
	await db.schema.createIndex('progress_events_cohort_recent_idx').on('progress_events').columns(['cohort_id', 'at', 'actor_id', 'user_id']).execute();
	// Completed modules per trainee in each cohort (the admin overview). Cohort first: an index
	// led by status would tempt SQLite into reading every completed row for one person's count.
	await db.schema.createIndex('module_progress_cohort_status_person_idx').on('module_progress').columns(['cohort_id', 'status', 'user_id']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const index of [
		'module_progress_cohort_status_person_idx',
		'progress_events_cohort_recent_idx',
		'progress_events_cohort_kind_idx',
		'progress_events_cohort_actor_idx'
	]) {
		await db.schema.dropIndex(index).execute();
	}
}
