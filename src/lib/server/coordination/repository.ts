// All of the coordination domain's SQL: the locks and settings several server processes share.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/**
 * Writes the name's row: a portable upsert. On PostgreSQL it holds the row's lock until the
 * transaction ends (a second writer of the same name waits, then sees what the first committed);
 * on SQLite any write holds the database's single write lock until then.
 */
export async function touchLock(trx: Kysely<DB>, name: string, now: number): Promise<void> {
	await trx
		.insertInto('shared_locks')
		.values({ name, locked_at: now })
		.onConflict((oc) => oc.column('name').doUpdateSet({ locked_at: now }))
		.execute();
}

/** The setting's value, writing `value` first when nobody has set it yet (the first writer wins). */
export async function settingOrSet(db: Kysely<DB>, name: string, value: string, now: number): Promise<string> {
	await db
		.insertInto('shared_settings')
		.values({ name, value, set_at: now })
		.onConflict((oc) => oc.column('name').doNothing())
		.execute();
	const row = await db.selectFrom('shared_settings').select('value').where('name', '=', name).executeTakeFirstOrThrow();
	return row.value;
}
