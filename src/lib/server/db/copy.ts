import { sql, type Kysely } from 'kysely';
import type { DB } from './schema';

// Moving a whole SQLite database into an empty PostgreSQL one (`npm run db:copy`, scripts/db-copy.ts).
// Generic over the tables: whatever the migrations made is copied, column by column, so a later
// migration needs no change here.

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema: the tables are read from the database
type AnyDb = Kysely<any>;

interface Column {
	name: string;
	notNull: boolean;
	pk: number;
}

interface Table {
	name: string;
	columns: Column[];
	/** Tables it references, and through which columns. */
	references: { table: string; column: string }[];
}

export class CopyRefused extends Error {}

const BOOKKEEPING = /^(sqlite_|kysely_)/;

/** The source's tables, columns and foreign keys, read from SQLite itself. */
async function sqliteTables(source: AnyDb): Promise<Table[]> {
	const { rows } = await sql<{ name: string }>`select name from sqlite_master where type = 'table' order by name`.execute(source);
	const tables: Table[] = [];
	for (const { name } of rows.filter((r) => !BOOKKEEPING.test(r.name))) {
		const columns = await sql<{ name: string; notnull: number; pk: number }>`select name, "notnull", pk from pragma_table_info(${name})`.execute(source);
		const keys = await sql<{ table: string; from: string }>`select "table", "from" from pragma_foreign_key_list(${name})`.execute(source);
		tables.push({
			name,
			columns: columns.rows.map((c) => ({ name: c.name, notNull: c.notnull === 1, pk: c.pk })),
			references: keys.rows.map((k) => ({ table: k.table, column: k.from }))
		});
	}
	return tables;
}

/**
 * An order in which every table comes after the tables it references. Where references go round in
 * a circle (a user's manager is a user; a user belongs to the cohort a user created), one nullable
 * column of the circle is left out of the order: its values are written null first and set once
 * every row exists ("deferred"). PostgreSQL checks foreign keys at each statement, so this is needed.
 */
export function copyOrder(tables: Table[]): { order: string[]; deferred: Map<string, string[]> } {
	const deferred = new Map<string, string[]>();
	const defer = (table: string, column: string) => deferred.set(table, [...(deferred.get(table) ?? []), column]);
	const byName = new Map(tables.map((t) => [t.name, t]));
	const pending = new Map(
		tables.map((t) => {
			const edges = t.references.filter((r) => byName.has(r.table));
			for (const r of edges.filter((e) => e.table === t.name)) defer(t.name, r.column);
			return [t.name, edges.filter((e) => e.table !== t.name)];
		})
	);
	const order: string[] = [];
	while (pending.size) {
		const ready = [...pending].find(([, edges]) => edges.every((e) => !pending.has(e.table)));
		if (ready) {
			order.push(ready[0]);
			pending.delete(ready[0]);
			continue;
		}
		// A circle: break it at a nullable reference.
		const [name, edges] =
			[...pending].find(([n, es]) => es.some((e) => pending.has(e.table) && !byName.get(n)!.columns.find((c) => c.name === e.column)!.notNull)) ?? [];
		if (!name || !edges)
			throw new Error(`The tables ${[...pending.keys()].join(', ')} reference each other through required columns: they cannot be copied in order`);
		const edge = edges.find((e) => pending.has(e.table) && !byName.get(name)!.columns.find((c) => c.name === e.column)!.notNull)!;
		defer(name, edge.column);
		pending.set(
			name,
			edges.filter((e) => e !== edge)
		);
	}
	return { order, deferred };
}

async function migrationsOf(db: AnyDb): Promise<string[]> {
	try {
		const { rows } = await sql<{ name: string }>`select name from kysely_migration order by name`.execute(db);
		return rows.map((r) => r.name);
	} catch {
		return [];
	}
}

async function countOf(db: AnyDb, table: string): Promise<number> {
	const { rows } = await sql<{ n: number | string }>`select count(*) as n from ${sql.table(table)}`.execute(db);
	return Number(rows[0].n);
}

async function postgresColumns(target: AnyDb, table: string): Promise<string[]> {
	const { rows } = await sql<{
		column_name: string;
	}>`select column_name from information_schema.columns where table_schema = current_schema() and table_name = ${table}`.execute(target);
	return rows.map((r) => r.column_name).sort();
}

export interface CopySummary {
	tables: { name: string; rows: number }[];
	rows: number;
	ms: number;
}

/**
 * Copies every row of `source` (SQLite) into `target` (PostgreSQL, migrated to the same
 * migrations, empty) in one transaction: all of it or nothing. Throws CopyRefused, before writing
 * anything, when the two are at different migrations or the target holds any row.
 */
export async function copyDatabase(source: Kysely<DB>, target: Kysely<DB>, progress: (table: string, rows: number) => void = () => {}): Promise<CopySummary> {
	const started = Date.now();
	const [from, to] = [await migrationsOf(source), await migrationsOf(target)];
	if (from.join() !== to.join()) {
		const missing = from.filter((m) => !to.includes(m));
		const ahead = to.filter((m) => !from.includes(m));
		throw new CopyRefused(
			[
				'The two databases are not at the same migrations.',
				missing.length ? `The target lacks: ${missing.join(', ')}.` : '',
				ahead.length ? `The source lacks: ${ahead.join(', ')} (run \`npm run db:migrate\` with DATABASE_PATH set to it first).` : ''
			]
				.filter(Boolean)
				.join(' ')
		);
	}
	const tables = await sqliteTables(source);
	const filled: string[] = [];
	for (const table of tables) {
		const expected = table.columns.map((c) => c.name).sort();
		const actual = await postgresColumns(target, table.name);
		if (expected.join() !== actual.join())
			throw new CopyRefused(`The table ${table.name} has columns ${actual.join(', ') || '(none)'} in the target, ${expected.join(', ')} in the source.`);
		const rows = await countOf(target, table.name);
		if (rows) filled.push(`${table.name} (${rows})`);
	}
	if (filled.length)
		throw new CopyRefused(
			`The target database is not empty: ${filled.join(', ')}. db:copy only fills an empty, migrated database: create a new one (createdb) and run it again.`
		);

	const { order, deferred } = copyOrder(tables);
	const byName = new Map(tables.map((t) => [t.name, t]));
	const copied: { name: string; rows: number }[] = [];
	await target.transaction().execute(async (trx) => {
		for (const name of order) {
			const table = byName.get(name)!;
			const later = deferred.get(name) ?? [];
			const columns = table.columns.map((c) => c.name);
			const batch = Math.max(1, Math.min(1000, Math.floor(60_000 / columns.length)));
			let count = 0;
			for (let last = -Infinity; ;) {
				// Pages in rowid order: a large table never has to fit in memory.
				const { rows } = await sql<
					Record<string, unknown> & { _rowid: number }
				>`select rowid as _rowid, * from ${sql.table(name)} where rowid > ${last === -Infinity ? Number.MIN_SAFE_INTEGER : last} order by rowid limit ${batch}`.execute(
					source
				);
				if (!rows.length) break;
				last = rows[rows.length - 1]._rowid;
				const values = rows.map((row) => sql`(${sql.join(columns.map((c) => (later.includes(c) ? null : row[c])))})`);
				await sql`insert into ${sql.table(name)} (${sql.join(columns.map((c) => sql.id(c)))}) values ${sql.join(values)}`.execute(trx);
				count += rows.length;
				progress(name, count);
			}
			copied.push({ name, rows: count });
		}
		// The references left out of the order, now that every row they point to exists.
		for (const [name, columns] of deferred) {
			const key = byName
				.get(name)!
				.columns.filter((c) => c.pk > 0)
				.sort((a, b) => a.pk - b.pk)
				.map((c) => c.name);
			for (const column of columns) {
				const { rows } = await sql<
					Record<string, unknown>
				>`select ${sql.join([...key, column].map((c) => sql.id(c)))} from ${sql.table(name)} where ${sql.id(column)} is not null`.execute(source);
				for (const row of rows) {
					await sql`update ${sql.table(name)} set ${sql.id(column)} = ${row[column]} where ${sql.join(
						key.map((k) => sql`${sql.id(k)} = ${row[k]}`),
						sql` and `
					)}`.execute(trx);
				}
			}
		}
	});
	const rows = copied.reduce((sum, t) => sum + t.rows, 0);
	return { tables: copied.sort((a, b) => a.name.localeCompare(b.name)), rows, ms: Date.now() - started };
}

/** Tables whose row counts differ between the two databases (empty: they all agree). */
export async function countMismatches(source: Kysely<DB>, target: Kysely<DB>): Promise<{ name: string; source: number; target: number }[]> {
	const mismatches = [];
	for (const { name } of await sqliteTables(source)) {
		const [a, b] = [await countOf(source, name), await countOf(target, name)];
		if (a !== b) mismatches.push({ name, source: a, target: b });
	}
	return mismatches;
}
