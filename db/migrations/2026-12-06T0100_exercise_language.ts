import type { Kysely } from 'kysely';

// The language a trainee writes an exercise's post in (issue #15): every exercise now takes English
// or French. Kept with the draft (the trainee's choice, before anything is submitted), the drill
// run (its messages arrive in that language) and the submission (the checks ran in it, and the
// instructor reads it). Null on a bilingual submission, which is in both. Everything before this
// was written in English except the bilingual pairs.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('exercise_drafts').addColumn('language', 'text').execute();
	await db.schema.alterTable('exercise_drill_runs').addColumn('language', 'text').execute();
	await db.schema.alterTable('exercise_submissions').addColumn('language', 'text').execute();
	await db.updateTable('exercise_drill_runs').set({ language: 'en' }).execute();
	await db.updateTable('exercise_submissions').set({ language: 'en' }).where('task', '!=', 'bilingual').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.alterTable('exercise_submissions').dropColumn('language').execute();
	await db.schema.alterTable('exercise_drill_runs').dropColumn('language').execute();
	await db.schema.alterTable('exercise_drafts').dropColumn('language').execute();
}
