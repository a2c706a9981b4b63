import SQLite from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { Kysely, Migrator, SqliteDialect, type MigrationProvider } from 'kysely';
import { migrations } from '../../../../db/migrations/index';
import { DEFAULT_DATABASE_PATH, serverConfig } from '../config';
import { fold } from './fold';
import type { DB } from './schema';

/** Opens (creating if needed) the SQLite file, with the settings every connection needs. */
export function openDatabase(path: string = DEFAULT_DATABASE_PATH): Kysely<DB> {
	if (path !== ':memory:') mkdirSync(dirname(path), { recursive: true });
	const sqlite = new SQLite(path);
	sqlite.pragma('journal_mode = WAL');
	sqlite.pragma('foreign_keys = ON');
	sqlite.pragma('busy_timeout = 5000');
	sqlite.pragma('synchronous = NORMAL');
	// Search ignores case and accents through fold(): SQLite has no such function, so it gets the
	// app's own. PostgreSQL will define fold(text) as lower(unaccent(text)) in its migration.
	sqlite.function('fold', { deterministic: true }, (text: unknown) => (typeof text === 'string' ? fold(text) : text));
	return new Kysely<DB>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) });
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

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** Applies every pending migration; throws with the failing migration's name. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- migrations run on a database of any schema, as Kysely types them
export async function migrateToLatest(db: Kysely<any>): Promise<string[]> {
	const migrator = new Migrator({ db, provider });
	const { error, results } = await migrator.migrateToLatest();
	if (error) {
		const failed = results?.find((r) => r.status === 'Error')?.migrationName ?? 'unknown';
		throw new Error(`Migration ${failed} failed: ${String(error)}`, { cause: error });
	}
	return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}

let shared: Kysely<DB> | undefined;

/** The server's one connection, at DATABASE_PATH. */
export function db(): Kysely<DB> {
	shared ??= openDatabase(serverConfig().databasePath);
	return shared;
}
