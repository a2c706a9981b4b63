import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createHash } from 'node:crypto';
import type { Kysely } from 'kysely';
import pg from 'pg';
import { migrations } from '../../db/migrations/index';
import { migrateToLatest, openDatabase, type Engine } from '$lib/server/db/index';
import type { DB } from '$lib/server/db/schema';
import { hashPassword } from '$lib/server/auth/password';
import { newId } from '$lib/server/ids';
import type { NewUser } from '$lib/server/db/schema';
import type { SessionUser } from '$lib/server/auth/sessions';

export interface TestDatabase {
	db: Kysely<DB>;
	/** A file in this database's own temporary folder (the SQLite file there; a key file may sit beside it). */
	path: string;
	/** What openDatabase() takes to reach this database: the SQLite file, or a postgres:// address. */
	target: string;
	/** Opens another connection (SQLite) or pool (PostgreSQL) to the same database; cleanUp closes it too. */
	open(): Kysely<DB>;
	cleanUp(): Promise<void>;
}

/**
 * TEST_DATABASE_URL (a postgres:// address of a server where the tests may create databases, such
 * as the throw-away cluster of `npm run test:pg`) runs the integration tests on PostgreSQL; without
 * it they run on SQLite.
 */
export const testEngine: Engine = process.env.TEST_DATABASE_URL ? 'postgres' : 'sqlite';

/**
 * A new database, with every migration applied unless told otherwise: a SQLite file in its own
 * temporary folder, or on PostgreSQL a new database copied from a migrated template (made once
 * per set of migrations; copying it takes some 50 ms where migrating takes seconds).
 */
export async function freshDatabase({ migrate = true } = {}): Promise<TestDatabase> {
	const dir = await mkdtemp(join(tmpdir(), 'bootcamp-test-'));
	const path = join(dir, 'bootcamp.db');
	const server = process.env.TEST_DATABASE_URL;
	let target = path;
	let drop = async () => {};
	if (server) {
		const name = `bootcamp_test_${newId()
			.toLowerCase()
			.replace(/[^a-z0-9]/g, '')}`;
		await createPostgresDatabase(server, name, migrate ? await migratedTemplate(server) : 'template0');
		target = databaseUrl(server, name);
		drop = async () => void (await adminQuery(server, `drop database if exists "${name}" with (force)`));
	}
	const opened: Kysely<DB>[] = [];
	const open = () => {
		const db = openDatabase(target);
		opened.push(db);
		return db;
	};
	const db = open();
	if (migrate && !server) await migrateToLatest(db);
	return {
		db,
		path,
		target,
		open,
		async cleanUp() {
			for (const connection of opened) await connection.destroy();
			await drop();
			await rm(dir, { recursive: true, force: true });
		}
	};
}

const databaseUrl = (server: string, name: string) => {
	const url = new URL(server);
	url.pathname = `/${name}`;
	return url.toString();
};

async function adminQuery(server: string, text: string) {
	const client = new pg.Client({ connectionString: server });
	await client.connect();
	try {
		return await client.query(text);
	} finally {
		await client.end();
	}
}

let fileCopy = true;

async function createPostgresDatabase(server: string, name: string, template: string) {
	// Copying a template refuses while anyone else is connected to it; another test file's copy may
	// be under way at this very moment, so try again briefly.
	for (let attempt = 1; ; attempt++) {
		try {
			// FILE_COPY (PostgreSQL 15+) copies a small template's files in some 150 ms where the
			// default WAL_LOG takes 450 ms; older servers do not know the option and get the default.
			await adminQuery(server, `create database "${name}" template "${template}"${fileCopy ? ' strategy file_copy' : ''}`);
			return;
		} catch (error) {
			if (fileCopy && /strategy/i.test(String(error))) {
				fileCopy = false;
				continue;
			}
			if (attempt >= 50 || !/being accessed by other users/.test(String(error))) throw error;
			await new Promise((resolve) => setTimeout(resolve, 20 * attempt));
		}
	}
}

/** The migrated template for the current migrations, made by whichever test file asks first. */
async function migratedTemplate(server: string): Promise<string> {
	const name = `bootcamp_template_${createHash('sha256').update(Object.keys(migrations).join()).digest('hex').slice(0, 12)}`;
	const client = new pg.Client({ connectionString: server });
	await client.connect();
	try {
		// One creator at a time, across the test processes.
		await client.query('select pg_advisory_lock(1717)');
		const exists = await client.query('select 1 from pg_database where datname = $1', [name]);
		if (exists.rowCount) return name;
		await client.query(`create database "${name}_new" template template0`);
		const db = openDatabase(databaseUrl(server, `${name}_new`));
		try {
			await migrateToLatest(db);
		} finally {
			await db.destroy();
		}
		await client.query(`alter database "${name}_new" rename to "${name}"`);
		return name;
	} finally {
		await client.query('select pg_advisory_unlock(1717)').catch(() => {});
		await client.end();
	}
}

/** Adds one person; with a password they can sign in, without one they are still invited. */
export async function createUser(db: Kysely<DB>, email: string, options: { password?: string; name?: string } & Partial<NewUser> = {}): Promise<string> {
	const { password, name, ...extra } = options;
	const id = newId();
	const now = Date.now();
	await db
		.insertInto('users')
		.values({
			id,
			email,
			display_name: name ?? email.split('@')[0],
			preferred_language: 'en',
			ministry: '',
			branch: '',
			manager_id: null,
			password_hash: password ? await hashPassword(password) : null,
			created_at: now,
			updated_at: now,
			disabled_at: null,
			...extra
		})
		.execute();
	return id;
}

export async function countRows(db: Kysely<DB>, table: 'users' | 'enrolments' | 'invitations' | 'sessions' | 'audit_log'): Promise<number> {
	const { count } = await db
		.selectFrom(table)
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.executeTakeFirstOrThrow();
	return Number(count);
}

/** The signed-in person a service sees: `<id>@test`, English, neither admin nor manager unless `extra` says. */
export const sessionUser = (id: string, extra: Partial<SessionUser> = {}): SessionUser => ({
	id,
	email: `${id}@test`,
	displayName: id,
	preferredLanguage: 'en',
	isAdmin: false,
	isManager: false,
	...extra
});
