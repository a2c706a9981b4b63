import type { Kysely } from 'kysely';

// The due dates an instructor set for a cohort's modules (the others are computed from the
// cohort's dates and the modules' estimated times), and each person's calendar feed: only the
// hash of its secret token is kept, one per person, replaced when they reset the link.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('cohort_module_due_dates')
		.addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
		.addColumn('module_slug', 'text', (c) => c.notNull())
		.addColumn('due_on', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.addPrimaryKeyConstraint('cohort_module_due_dates_pk', ['cohort_id', 'module_slug'])
		.execute();
	await db.schema
		.createTable('calendar_feeds')
		.addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
		.addColumn('token_hash', 'text', (c) => c.notNull().unique())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('calendar_feeds').execute();
	await db.schema.dropTable('cohort_module_due_dates').execute();
}
