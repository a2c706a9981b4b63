import { PostgresAdapter, type Kysely } from 'kysely';

/**
 * The two engines the app runs on. Almost every query is Kysely's portable builder and runs on
 * both unchanged; the few places that must differ ask `engineOf(db)` (it works on a transaction
 * too) rather than guessing from configuration.
 */
export type Engine = 'sqlite' | 'postgres';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any schema, any transaction
export function engineOf(db: Kysely<any>): Engine {
	return db.getExecutor().adapter instanceof PostgresAdapter ? 'postgres' : 'sqlite';
}

const codeOf = (error: unknown) => (typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code) : '');

/**
 * A unique or primary key refused a row: SQLite's SQLITE_CONSTRAINT_UNIQUE / _PRIMARYKEY, or
 * PostgreSQL's 23505 (unique_violation). On PostgreSQL the error also aborts the transaction it
 * happened in: catch it outside `db.transaction()`, or use `onConflict(…).doNothing()` inside.
 */
export function isUniqueViolation(error: unknown): boolean {
	const code = codeOf(error);
	return code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY' || code === '23505';
}

/**
 * Another transaction was in the way and this one should simply run again: SQLite's
 * SQLITE_BUSY (another process holds the write lock past every wait), PostgreSQL's 40001
 * (serialization_failure) and 40P01 (deadlock_detected).
 */
export function isRetryableConflict(error: unknown): boolean {
	const code = codeOf(error);
	return code.startsWith('SQLITE_BUSY') || code === '40001' || code === '40P01';
}
