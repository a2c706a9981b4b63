import type { Kysely } from 'kysely';

// Frozen once landed: a change to the schema is a new migration.
// Times are integer milliseconds since the epoch; ids are random text so the
// same schema runs on PostgreSQL later without sequences.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('users')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('email', 'text', (c) => c.notNull().unique())
		.addColumn('display_name', 'text', (c) => c.notNull())
		.addColumn('preferred_language', 'text', (c) => c.notNull().defaultTo('en'))
		.addColumn('ministry', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('branch', 'text', (c) => c.notNull().defaultTo(''))
		.addColumn('manager_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('password_hash', 'text')
		.addColumn('is_admin', 'integer', (c) => c.notNull().defaultTo(0))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.addColumn('disabled_at', 'bigint')
		.execute();
	await db.schema.createIndex('users_manager_idx').on('users').column('manager_id').execute();

	await db.schema
		.createTable('sessions')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('expires_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('sessions_user_idx').on('sessions').column('user_id').execute();

	await db.schema
		.createTable('cohorts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('name', 'text', (c) => c.notNull())
		.addColumn('course_slug', 'text', (c) => c.notNull())
		.addColumn('starts_on', 'text', (c) => c.notNull())
		.addColumn('ends_on', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('enrolments')
		.addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('role', 'text', (c) => c.notNull())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addPrimaryKeyConstraint('enrolments_pk', ['cohort_id', 'user_id'])
		.execute();
	await db.schema.createIndex('enrolments_user_idx').on('enrolments').column('user_id').execute();

	await db.schema
		.createTable('invitations')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('purpose', 'text', (c) => c.notNull())
		.addColumn('created_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('expires_at', 'bigint', (c) => c.notNull())
		.addColumn('used_at', 'bigint')
		.execute();
	await db.schema.createIndex('invitations_user_idx').on('invitations').column('user_id').execute();

	await db.schema
		.createTable('audit_log')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('at', 'bigint', (c) => c.notNull())
		.addColumn('actor_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('action', 'text', (c) => c.notNull())
		.addColumn('subject_user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('cohort_id', 'text', (c) => c.references('cohorts.id').onDelete('set null'))
		.addColumn('details', 'text', (c) => c.notNull().defaultTo('{}'))
		.execute();
	await db.schema.createIndex('audit_log_at_idx').on('audit_log').column('at').execute();
	await db.schema.createIndex('audit_log_subject_idx').on('audit_log').column('subject_user_id').execute();

	await db.schema
		.createTable('sign_in_failures')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('limit_key', 'text', (c) => c.notNull())
		.addColumn('at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('sign_in_failures_key_idx').on('sign_in_failures').columns(['limit_key', 'at']).execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	for (const table of ['sign_in_failures', 'audit_log', 'invitations', 'enrolments', 'cohorts', 'sessions', 'users']) {
		await db.schema.dropTable(table).execute();
	}
}
