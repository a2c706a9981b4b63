import { sql, type Kysely } from 'kysely';

// Quizzes: each attempt keeps the questions drawn and their order, the answers (drafts until
// submitted), the score and its times. Uniqueness holds the attempt limit under concurrency:
// one number per attempt, and at most one unfinished attempt per person and quiz.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('quiz_attempts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('course_slug', 'text', (c) => c.notNull())
		.addColumn('module_slug', 'text', (c) => c.notNull())
		.addColumn('attempt_number', 'integer', (c) => c.notNull())
		.addColumn('content_version', 'text', (c) => c.notNull())
		.addColumn('layout', 'text', (c) => c.notNull())
		.addColumn('responses', 'text', (c) => c.notNull().defaultTo('{}'))
		.addColumn('started_at', 'bigint', (c) => c.notNull())
		.addColumn('saved_at', 'bigint')
		.addColumn('deadline_at', 'bigint')
		.addColumn('submitted_at', 'bigint')
		.addColumn('score', 'real')
		.addColumn('passed', 'integer')
		.addColumn('results', 'text')
		.addUniqueConstraint('quiz_attempts_number_unique', ['cohort_id', 'user_id', 'module_slug', 'attempt_number'])
		.execute();
	await sql`create unique index quiz_attempts_one_open on quiz_attempts (cohort_id, user_id, module_slug) where submitted_at is null`.execute(db);
	await db.schema.createIndex('quiz_attempts_cohort_module_idx').on('quiz_attempts').columns(['cohort_id', 'module_slug', 'submitted_at']).execute();

	await db.schema
		.createTable('quiz_extra_attempts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('course_slug', 'text', (c) => c.notNull())
		.addColumn('module_slug', 'text', (c) => c.notNull())
		.addColumn('granted_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('reason', 'text', (c) => c.notNull())
		.addColumn('granted_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('quiz_extra_attempts_person_idx').on('quiz_extra_attempts').columns(['cohort_id', 'user_id', 'module_slug']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('quiz_extra_attempts').execute();
	await db.schema.dropTable('quiz_attempts').execute();
}
