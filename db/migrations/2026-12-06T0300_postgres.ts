import { PostgresAdapter, sql, type Kysely } from 'kysely';

// What PostgreSQL needs that SQLite has by other means (issue #17); nothing on SQLite.
//
// fold(text): search ignores case and accents (src/lib/server/db/fold.ts). SQLite gets the app's
// own JavaScript function at every connection; PostgreSQL gets the same in SQL, with no extension
// (unaccent would also turn œ into oe and ß into ss, which the app's fold() does not): translate()
// maps each letter to what fold() makes of it and deletes combining accents, then lower() takes
// care of ASCII, which it does alike in every locale. The map is computed here, once, from
// Unicode's decompositions (which Unicode promises never to change) for the Latin, Greek and
// Cyrillic blocks.
//
// The two `real` columns are single precision on PostgreSQL (an 8-byte float on SQLite): a score
// of 2/3 must read back as it was written, so they become double precision there.
export async function up(db: Kysely<any>): Promise<void> {
	if (!isPostgres(db)) return;
	const { from, to } = foldMap();
	await sql`create or replace function fold(text) returns text language sql immutable strict parallel safe as $$ select lower(translate($1, ${sql.lit(from)}, ${sql.lit(to)})) $$`.execute(
		db
	);
	await db.schema
		.alterTable('quiz_attempts')
		.alterColumn('score', (c) => c.setDataType('double precision'))
		.execute();
	await db.schema
		.alterTable('exercise_drill_runs')
		.alterColumn('time_scale', (c) => c.setDataType('double precision'))
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	if (!isPostgres(db)) return;
	await db.schema
		.alterTable('exercise_drill_runs')
		.alterColumn('time_scale', (c) => c.setDataType('real'))
		.execute();
	await db.schema
		.alterTable('quiz_attempts')
		.alterColumn('score', (c) => c.setDataType('real'))
		.execute();
	await sql`drop function if exists fold(text)`.execute(db);
}

function isPostgres(db: Kysely<any>): boolean {
	return db.getExecutor().adapter instanceof PostgresAdapter;
}

/** Pairs of letters (from, to) for translate(): each non-ASCII letter whose fold is another single letter, then the combining marks (deleted). */
function foldMap(): { from: string; to: string } {
	const fold = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
	let from = '';
	let to = '';
	for (const [start, end] of [
		[0x00c0, 0x024f],
		[0x0370, 0x04ff],
		[0x1e00, 0x1eff]
	]) {
		for (let code = start; code <= end; code++) {
			const letter = String.fromCodePoint(code);
			const folded = fold(letter);
			if (folded !== letter && [...folded].length === 1 && letter.normalize('NFC') === letter) {
				from += letter;
				to += folded;
			}
		}
	}
	for (let code = 0x0300; code <= 0x036f; code++) from += String.fromCodePoint(code);
	return { from, to };
}
