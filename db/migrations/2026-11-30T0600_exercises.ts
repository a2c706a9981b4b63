import type { Kysely } from 'kysely';

// Simulated-post exercises. Submissions and reviews are records: never updated, never deleted
// by the app; a revision is a new submission and a later review a new row. Drafts are the only
// rows rewritten in place. A drill run keeps its start time so that response times are measured
// on the server, against when each inject was delivered.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('exercise_drafts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('module_slug', 'text', (c) => c.notNull())
		.addColumn('slot', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('platform', 'text', (c) => c.notNull())
		.addColumn('posts', 'text', (c) => c.notNull())
		.addColumn('client_saved_at', 'bigint', (c) => c.notNull())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.addUniqueConstraint('exercise_drafts_slot_uq', ['cohort_id', 'user_id', 'module_slug', 'slot'])
		.execute();

	await db.schema
		.createTable('exercise_drill_runs')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('course_slug', 'text', (c) => c.notNull())
		.addColumn('module_slug', 'text', (c) => c.notNull())
		.addColumn('content_version', 'text', (c) => c.notNull())
		.addColumn('started_at', 'bigint', (c) => c.notNull())
		.addColumn('time_scale', 'real', (c) => c.notNull().defaultTo(1))
		.execute();
	await db.schema
		.createIndex('exercise_drill_runs_person_idx')
		.on('exercise_drill_runs')
		.columns(['cohort_id', 'user_id', 'module_slug', 'started_at'])
		.execute();

	await db.schema
		.createTable('exercise_drill_answers')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('run_id', 'text', (c) => c.notNull().references('exercise_drill_runs.id').onDelete('cascade'))
		.addColumn('inject_id', 'text', (c) => c.notNull())
		.addColumn('platform', 'text', (c) => c.notNull())
		.addColumn('text', 'text', (c) => c.notNull())
		.addColumn('check_results', 'text', (c) => c.notNull())
		.addColumn('checks_version', 'text', (c) => c.notNull())
		.addColumn('delivered_at', 'bigint', (c) => c.notNull())
		.addColumn('answered_at', 'bigint', (c) => c.notNull())
		.addColumn('response_ms', 'bigint', (c) => c.notNull())
		.addColumn('standard_ms', 'bigint', (c) => c.notNull())
		.addUniqueConstraint('exercise_drill_answers_inject_uq', ['run_id', 'inject_id'])
		.execute();

	await db.schema
		.createTable('exercise_submissions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('course_slug', 'text', (c) => c.notNull())
		.addColumn('module_slug', 'text', (c) => c.notNull())
		.addColumn('version', 'integer', (c) => c.notNull())
		.addColumn('task', 'text', (c) => c.notNull())
		.addColumn('content_version', 'text', (c) => c.notNull())
		.addColumn('platform', 'text', (c) => c.notNull())
		.addColumn('posts', 'text', (c) => c.notNull())
		.addColumn('check_results', 'text', (c) => c.notNull())
		.addColumn('checks_version', 'text', (c) => c.notNull())
		.addColumn('drill_run_id', 'text', (c) => c.references('exercise_drill_runs.id').onDelete('restrict'))
		.addColumn('started_at', 'bigint', (c) => c.notNull())
		.addColumn('submitted_at', 'bigint', (c) => c.notNull())
		.addUniqueConstraint('exercise_submissions_version_uq', ['cohort_id', 'user_id', 'module_slug', 'version'])
		.execute();
	await db.schema.createIndex('exercise_submissions_queue_idx').on('exercise_submissions').columns(['cohort_id', 'submitted_at']).execute();

	await db.schema
		.createTable('exercise_reviews')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('submission_id', 'text', (c) => c.notNull().references('exercise_submissions.id').onDelete('cascade'))
		.addColumn('reviewer_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('reviewer_name', 'text', (c) => c.notNull())
		.addColumn('decision', 'text', (c) => c.notNull())
		.addColumn('levels', 'text', (c) => c.notNull())
		.addColumn('score', 'integer', (c) => c.notNull())
		.addColumn('max_score', 'integer', (c) => c.notNull())
		.addColumn('comments', 'text', (c) => c.notNull())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('exercise_reviews_submission_idx').on('exercise_reviews').columns(['submission_id', 'created_at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['exercise_reviews', 'exercise_submissions', 'exercise_drill_answers', 'exercise_drill_runs', 'exercise_drafts']) {
		await db.schema.dropTable(table).execute();
	}
}
