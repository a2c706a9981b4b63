import type pg from 'pg';
import { Kysely, PostgresDialect } from 'kysely';
import type { DB } from './schema';

let pgTypes: typeof pg.types | undefined;

/** PostgreSQL type ids whose text pg would otherwise hand over as strings. */
const INT8 = 20;
const NUMERIC = 1700;

function int8(text: string): number {
	const value = Number(text);
	if (!Number.isSafeInteger(value)) throw new RangeError(`A bigint beyond 2^53 came back from PostgreSQL: ${text}`);
	return value;
}

/**
 * The one place where PostgreSQL's values are made to look like SQLite's, so repositories see
 * the same JavaScript types on both engines: times are `bigint` columns (ms since the epoch) and
 * `count(*)` is a bigint, which pg returns as strings to be safe beyond 2^53; ms since the epoch
 * and row counts are far below it, so they become numbers (anything larger fails loudly).
 * `sum()`/`avg()` give `numeric`: numbers too. Booleans stay `integer` columns (0/1) in the
 * schema, as on SQLite, so they need nothing here.
 */
const types = {
	getTypeParser(oid: number, format?: 'text' | 'binary') {
		if (oid === INT8) return int8;
		if (oid === NUMERIC) return Number;
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- pg-types' overloads
		return (pgTypes!.getTypeParser as any)(oid, format);
	}
};

/** A pool of connections to the PostgreSQL database at `url` (postgres://user:pass@host:port/name). */
export function openPostgres(url: string, { max = 10 }: { max?: number } = {}): Kysely<DB> {
	// pg is loaded with the first query, not at start: a server on SQLite never needs it (40 ms).
	const pool = async () => {
		const { default: driver } = await import('pg');
		pgTypes = driver.types;
		const created = new driver.Pool({ connectionString: url, max, types });
		// An idle connection the server dropped (a restart, a failover) must not crash the process:
		// the pool discards it and the next query opens another.
		created.on('error', (error) => console.error('PostgreSQL connection lost:', error.message));
		return created;
	};
	return new Kysely<DB>({ dialect: new PostgresDialect({ pool }) });
}
