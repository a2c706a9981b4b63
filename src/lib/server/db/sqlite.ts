import SQLite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { CompiledQuery, Kysely, SqliteDialect, SqliteDriver, type DatabaseConnection, type Dialect } from 'kysely';
import { fold } from './fold';
import { isRetryableConflict } from './engine';
import type { DB } from './schema';

/** How long one statement outside a transaction waits for another process's write lock. */
const BUSY_TIMEOUT_MS = 5000;
/** How long `BEGIN IMMEDIATE` keeps trying (each try waits a little, then the event loop runs). */
export const BEGIN_RETRY_MS = 15_000;

/** Opens (creating if needed) the SQLite file, with the settings every connection needs. */
export function openSqlite(path: string): Kysely<DB> {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new SQLite(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
	sqlite.pragma('synchronous = NORMAL');
	// Search ignores case and accents through fold(): SQLite has no such function, so it gets the
	// app's own. PostgreSQL defines an equivalent in SQL (migration 2026-12-06T0300_postgres).
	sqlite.function('fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? fold(text) : text));
	return new Kysely<DB>({ dialect: immediateSqliteDialect(sqlite) });
}

/**
 * Kysely's own SQLite dialect, except that transactions begin with `BEGIN IMMEDIATE`.
 *
 * A plain `BEGIN` takes the write lock only at the transaction's first write. When two processes
 * share the file, a transaction that has read and then wants to write while the other holds the
 * lock cannot wait (its snapshot would be stale): SQLite refuses it at once with SQLITE_BUSY,
 * busy_timeout or not. `BEGIN IMMEDIATE` takes the write lock first, so the transaction waits its
 * turn and then reads what the other one wrote. better-sqlite3 waits synchronously, so each try
 * waits only briefly and the retries sleep asynchronously: the process keeps serving meanwhile.
 */
function immediateSqliteDialect(sqlite: SQLite.Database): Dialect {
	const database = withStatementCache(sqlite);
	const kyselys = new SqliteDialect({ database });
	return {
		createAdapter: () => kyselys.createAdapter(),
		createDriver: () => new ImmediateSqliteDriver({ database }, sqlite),
		createQueryCompiler: () => kyselys.createQueryCompiler(),
		createIntrospector: (db) => kyselys.createIntrospector(db)
	};
}

class ImmediateSqliteDriver extends SqliteDriver {
	constructor(
		config: ConstructorParameters<typeof SqliteDriver>[0],
		private readonly sqlite: SQLite.Database
	) {
		super(config);
	}

	async beginTransaction(connection: DatabaseConnection): Promise<void> {
		await beginImmediate(this.sqlite, () => connection.executeQuery(CompiledQuery.raw('begin immediate')));
	}
}

/** Runs `begin` (a `BEGIN IMMEDIATE`) until it gets the write lock, for at most BEGIN_RETRY_MS. */
export async function beginImmediate(sqlite: SQLite.Database, begin: () => Promise<unknown>, limitMs = BEGIN_RETRY_MS): Promise<void> {
	const giveUpAt = Date.now() + limitMs;
	for (let attempt = 1; ; attempt++) {
		sqlite.pragma('busy_timeout = 25');
		try {
			await begin();
			return;
		} catch (error) {
			if (!isRetryableConflict(error) || Date.now() >= giveUpAt) throw error;
		} finally {
			sqlite.pragma(`busy_timeout = ${BUSY_TIMEOUT_MS}`);
		}
		// 5, 10, 20, 40 ms… up to 100 ms, with jitter so that waiting processes do not move in step.
		await new Promise((resolve) => setTimeout(resolve, Math.min(100, 5 * 2 ** attempt) * (0.5 + Math.random())));
	}
}

/**
 * Kysely prepares every query anew; the app runs the same few hundred SQL texts over and over,
 * and preparing was the largest single cost of a page. better-sqlite3 statements are reusable,
 * so keep the most recent ones.
 */
function withStatementCache(sqlite: SQLite.Database, size = 500) {
	const cache = new Map<string, SQLite.Statement>();
	return {
		close: () => sqlite.close(),
		prepare(sql: string) {
			let statement = cache.get(sql);
			if (statement) {
				cache.delete(sql);
			} else {
				statement = sqlite.prepare(sql);
				if (cache.size >= size) cache.delete(cache.keys().next().value!);
			}
			cache.set(sql, statement);
			return statement;
		}
	};
}
