import { Kysely, Migrator, type MigrationProvider } from 'kysely';
import { migrations } from '../../../../db/migrations/index';
import { DEFAULT_DATABASE_PATH, serverConfig } from '../config';
import { queryCounter } from '../http/request-metrics';
import { openPostgres } from './postgres';
import { openSqlite } from './sqlite';
import type { DB } from './schema';

export { engineOf, isRetryableConflict, isUniqueViolation, type Engine } from './engine';

/** A `postgres://` or `postgresql://` address: the app's database is PostgreSQL there. */
export const isPostgresUrl = (target: string) => /^postgres(ql)?:\/\//i.test(target);

/**
 * Opens the database at `target`: a PostgreSQL address (a connection pool, Kysely's own
 * PostgresDialect) or a SQLite file path (created if needed; ':memory:' too). Both give the
 * same Kysely<DB>; `engineOf(db)` says which it is for the rare query that must differ.
 */
export function openDatabase(target: string = DEFAULT_DATABASE_PATH): Kysely<DB> {
	return isPostgresUrl(target) ? openPostgres(target, { max: serverConfig().databasePoolSize }) : openSqlite(target);
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

/** The server's one database: DATABASE_URL (PostgreSQL) when set, else the SQLite file at DATABASE_PATH. */
export function db(): Kysely<DB> {
	if (!shared) {
		const config = serverConfig();
		shared = openDatabase(config.database);
		if (config.requestMetrics) shared = shared.withPlugin(queryCounter);
	}
	return shared;
}

/** The database's address for messages and logs: the file path, or the PostgreSQL address without its password. */
export function databaseLabel(target: string): string {
	if (!isPostgresUrl(target)) return target;
	try {
		const url = new URL(target);
		if (url.password) url.password = '***';
		return url.toString();
	} catch {
		return 'postgres://…';
	}
}
