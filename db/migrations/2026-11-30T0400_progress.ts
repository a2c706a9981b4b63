import type { Kysely } from 'kysely';

// Progress: an append-only event log and, written in the same transaction, each person's
// derived status per module (so the two never disagree and dashboards need no replay).
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('progress_events')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
		.addColumn('course_slug', 'text', (c) => c.notNull())
		.addColumn('module_slug', 'text', (c) => c.notNull())
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('content_version', 'text', (c) => c.notNull())
		.addColumn('at', 'bigint', (c) => c.notNull())
		.addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
		.execute();
	await db.schema.createIndex('progress_events_person_idx').on('progress_events').columns(['cohort_id', 'user_id', 'at']).execute();
	await db.schema.createIndex('progress_events_cohort_at_idx').on('progress_events').columns(['cohort_id', 'at']).execute();

	await db.schema
		.createTable('module_progress')
		.addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('module_slug', 'text', (c) => c.notNull())
		.addColumn('status', 'text', (c) => c.notNull())
		.addColumn('viewed_at', 'bigint')
		.addColumn('marked_complete_at', 'bigint')
		.addColumn('quiz_passed_at', 'bigint')
		.addColumn('exercise_submitted_at', 'bigint')
		.addColumn('exercise_approved_at', 'bigint')
		.addColumn('revision_requested_at', 'bigint')
		.addColumn('completed_at', 'bigint')
		.addColumn('content_version', 'text', (c) => c.notNull())
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.addPrimaryKeyConstraint('module_progress_pk', ['cohort_id', 'user_id', 'module_slug'])
		.execute();
	await db.schema.createIndex('module_progress_user_idx').on('module_progress').column('user_id').execute();
	await db.schema.createIndex('module_progress_cohort_status_idx').on('module_progress').columns(['cohort_id', 'module_slug', 'status']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('module_progress').execute();
	await db.schema.dropTable('progress_events').execute();
}
