import { sql, type Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { collate, foldedContains } from '../db/fold';

export const PEOPLE_PAGE_SIZE = 100;

/**
 * People matching a search on name, email or ministry, for the admin's directory: `_` and `%`
 * are taken literally, case and accents ignored, and the page sorted in the reader's collation.
 */
export async function searchPeople(db: Kysely<DB>, query: string, locale: string) {
	const q = query.trim();
	let select = db
		.selectFrom('users')
		.leftJoin('users as manager', 'manager.id', 'users.manager_id')
		.select(['users.id', 'users.email', 'users.display_name', 'users.ministry', 'users.is_admin', 'manager.display_name as manager_name'])
		.select((eb) => eb('users.password_hash', 'is not', null).as('active'))
		// Folded order picks the same first page as the collation would; the collator then orders it.
		.orderBy(sql`fold(${sql.ref('users.display_name')})`)
		.orderBy('users.id')
		.limit(PEOPLE_PAGE_SIZE + 1);
	if (q) {
		select = select.where((eb) =>
			eb.or([foldedContains(sql.ref('users.display_name'), q), foldedContains(sql.ref('users.email'), q), foldedContains(sql.ref('users.ministry'), q)])
		);
	}
	const rows = await select.execute();
	const people = rows.slice(0, PEOPLE_PAGE_SIZE).map((r) => ({ ...r, active: Boolean(r.active), is_admin: r.is_admin === 1 }));
	return { people: collate(people, (p) => p.display_name, locale), more: rows.length > PEOPLE_PAGE_SIZE };
}
