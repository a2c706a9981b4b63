import type { Kysely } from 'kysely';

// The values a course leaves to each ministry (a response-time standard, an approval path):
// an instructor sets them per cohort, in both languages. The course's defaults apply otherwise.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('cohort_settings')
		.addColumn('cohort_id', 'text', (c) => c.notNull().references('cohorts.id').onDelete('cascade'))
		.addColumn('key', 'text', (c) => c.notNull())
		.addColumn('value_en', 'text', (c) => c.notNull())
		.addColumn('value_fr', 'text', (c) => c.notNull())
		.addColumn('updated_by', 'text', (c) => c.references('users.id').onDelete('set null'))
		.addColumn('updated_at', 'bigint', (c) => c.notNull())
		.addPrimaryKeyConstraint('cohort_settings_pk', ['cohort_id', 'key'])
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('cohort_settings').execute();
}
