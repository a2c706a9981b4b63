import type { Kysely } from 'kysely';

// A cohort's name in French, shown wherever the page or the recipient is French. Nullable: a
// cohort without one shows its English name (cohortName() in src/lib/cohorts/name.ts). A record
// keeps the names the cohort had when it was issued, so it keeps the French one too.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('cohorts').addColumn('name_fr', 'text').execute();
	await db.schema.alterTable('completion_records').addColumn('cohort_name_fr', 'text').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('completion_records').dropColumn('cohort_name_fr').execute();
	await db.schema.alterTable('cohorts').dropColumn('name_fr').execute();
}
