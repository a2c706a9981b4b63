import type { Kysely } from 'kysely';

// Requests counted against a limit (the public verification pages' lookups per address), kept in
// the database so a restart does not reset them and several server processes share them. Each row
// says when it stops counting, so any request can delete every expired row, whatever its limit.
// Sign-in failures are deleted by age too: index their `at`.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('rate_limit_hits')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('limit_key', 'text', (c) => c.notNull())
		.addColumn('at', 'bigint', (c) => c.notNull())
		.addColumn('expires_at', 'bigint', (c) => c.notNull())
		.execute();
	await db.schema.createIndex('rate_limit_hits_key_idx').on('rate_limit_hits').columns(['limit_key', 'at']).execute();
	await db.schema.createIndex('rate_limit_hits_expires_idx').on('rate_limit_hits').column('expires_at').execute();
	await db.schema.createIndex('sign_in_failures_at_idx').on('sign_in_failures').column('at').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('sign_in_failures_at_idx').execute();
	await db.schema.dropTable('rate_limit_hits').execute();
}
