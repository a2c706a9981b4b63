import type { Kysely } from 'kysely';

// Reminders to trainees: sent by an instructor (sent_by, with an optional personal note) or by the
// automatic nudge (sent_by null). An automatic nudge carries the Ontario week it was sent in
// (week_key, e.g. 2026-W49); the unique key makes "at most one nudge a week per person and cohort"
// the database's rule, so two server processes running the job at once cannot both send one.
// Manual reminders leave week_key null (nulls never collide in a unique index).
// A cohort's nudge setting lives in its own table (no row: the default). Managers opt in to the
// weekly digest (digest_subscriptions), and each digest sent is one row keyed by manager and week.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('reminders')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('sent_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('kind', 'text', (c) => c.notNull())
		.addColumn('note', 'text')
		.addColumn('week_key', 'text')
		.addColumn('at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('reminders_week_key').unique().on('reminders').columns(['user_id', 'cohort_id', 'kind', 'week_key']).execute();
	await db.schema.createIndex('reminders_person_idx').on('reminders').columns(['cohort_id', 'user_id', 'at']).execute();

	await db.schema
		.createTable('reminder_settings')
		.addColumn('cohort_id', 'text', (c) => c.primaryKey().references('cohorts.id').onDelete('cascade'))
		.addColumn('nudge_after_days', 'integer', (c) => c.notNull())
		.addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('digest_subscriptions')
		.addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
		.addColumn('subscribed_at', 'bigint', (c) => c.notNull())
		.execute();

	await db.schema
		.createTable('digests_sent')
		.addColumn('manager_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('week_key', 'text', (c) => c.notNull())
		.addColumn('at', 'bigint', (c) => c.notNull())
		.addPrimaryKeyConstraint('digests_sent_pk', ['manager_id', 'week_key'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('digests_sent').execute();
	await db.schema.dropTable('digest_subscriptions').execute();
	await db.schema.dropTable('reminder_settings').execute();
	await db.schema.dropTable('reminders').execute();
}
