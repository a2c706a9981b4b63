import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Kysely } from 'kysely';
import { migrateToLatest, openDatabase } from '$lib/server/db/index';
import type { DB } from '$lib/server/db/schema';
import { hashPassword } from '$lib/server/auth/password';
import { newId } from '$lib/server/ids';
import type { NewUser } from '$lib/server/db/schema';
import type { SessionUser } from '$lib/server/auth/sessions';

export interface TestDatabase {
	db: Kysely<DB>;
	/** The SQLite file, to open it again as a restarted server would. */
	path: string;
	/** Opens another connection to the same file; cleanUp closes it too. */
	open(): Kysely<DB>;
	cleanUp(): Promise<void>;
}

/** A new SQLite file in its own temporary folder, with every migration applied unless told otherwise. */
export async function freshDatabase({ migrate = true } = {}): Promise<TestDatabase> {
	const dir = await mkdtemp(join(tmpdir(), 'bootcamp-test-'));
	const path = join(dir, 'bootcamp.db');
	const opened: Kysely<DB>[] = [];
	const open = () => {
		const db = openDatabase(path);
		opened.push(db);
		return db;
	};
	const db = open();
	if (migrate) await migrateToLatest(db);
	return {
		db,
		path,
		open,
		async cleanUp() {
			for (const connection of opened) await connection.destroy();
			await rm(dir, { recursive: true, force: true });
		}
	};
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
