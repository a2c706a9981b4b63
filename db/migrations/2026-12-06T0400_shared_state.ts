import type { Kysely } from 'kysely';

// What several server processes on one database coordinate through.
//
// shared_locks: one row per name, written with an upsert at the start of a transaction that must not
// interleave with another for the same name (a trainee's progress in a cohort, the records' status
// list, a rate limit counted inside a transaction). On PostgreSQL the upsert takes the row's lock
// until commit, so the second transaction waits and then reads what the first committed; on SQLite
// the write takes the database's one write lock. Both engines, one portable statement.
//
// shared_settings: values every process must agree on, set once by the first process that needs
// them (the records' public signing key: a process started with another key refuses to sign).
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('shared_locks')
		.addColumn('name', 'text', (c) => c.primaryKey())
		.addColumn('locked_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema
		.createTable('shared_settings')
		.addColumn('name', 'text', (c) => c.primaryKey())
		.addColumn('value', 'text', (c) => c.notNull())
		.addColumn('set_at', 'bigint', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('shared_settings').execute();
	await db.schema.dropTable('shared_locks').execute();
}
