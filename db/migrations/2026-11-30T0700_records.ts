import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Completion records (issue #7) and the API tokens that read them.
// A record's facts are copied at issue time (holder's name, course title, cohort name) so a
// later rename never changes what was certified; revocation only fills the revoked_* columns.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('completion_records')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('code', 'text', (c) => c.notNull().unique())
		.addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('course_slug', 'text', (c) => c.notNull())
		// The certification cycle: 1 for the first completion, +1 for each recertification or reissue.
		.addColumn('cycle', 'integer', (c) => c.notNull())
		.addColumn('holder_name', 'text', (c) => c.notNull())
		.addColumn('course_title_en', 'text', (c) => c.notNull())
		.addColumn('course_title_fr', 'text', (c) => c.notNull())
		.addColumn('content_version', 'text', (c) => c.notNull())
		.addColumn('cohort_id', 'text', (c) => c.references('cohorts.id').onDelete('set null'))
		.addColumn('cohort_name', 'text', (c) => c.notNull())
		.addColumn('completed_at', 'bigint', (c) => c.notNull())
		.addColumn('issued_at', 'bigint', (c) => c.notNull())
		.addColumn('expires_at', 'bigint')
		.addColumn('status', 'text', (c) =>
			c
				.notNull()
				.defaultTo('active')
				.check(sql`status in ('active', 'revoked')`)
		)
		.addColumn('revoked_at', 'bigint')
		.addColumn('revoked_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('revocation_reason', 'text')
		.addColumn('supersedes_id', 'text', (c) => c.references('completion_records.id').unique())
		.addColumn('status_list_index', 'integer', (c) => c.notNull().unique())
		.addUniqueConstraint('completion_records_cycle_uq', ['user_id', 'course_slug', 'cycle'])
		.execute();
	await db.schema.createIndex('completion_records_cohort_idx').on('completion_records').column('cohort_id').execute();
	await db.schema.createIndex('completion_records_user_idx').on('completion_records').columns(['user_id', 'course_slug']).execute();

	await db.schema
		.createTable('api_tokens')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('label', 'text', (c) => c.notNull())
		.addColumn('owner_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('last_used_at', 'bigint')
		.addColumn('revoked_at', 'bigint')
		.addColumn('revoked_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('api_tokens').execute();
	await db.schema.dropTable('completion_records').execute();
}
