import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export const PEOPLE_PAGE_SIZE = 100;

/** People matching a search on name, email or ministry, for the admin's directory. */
export async function searchPeople(db: Kysely<DB>, query: string) {
	const q = query.trim().toLowerCase();
	let select = db
		.selectFrom('users')
		.leftJoin('users as manager', 'manager.id', 'users.manager_id')
		.select(['users.id', 'users.email', 'users.display_name', 'users.ministry', 'users.is_admin', 'manager.display_name as manager_name'])
		.select((eb) => eb('users.password_hash', 'is not', null).as('active'))
		.orderBy('users.display_name')
		.limit(PEOPLE_PAGE_SIZE + 1);
	if (q) {
		const like = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
		select = select.where((eb) =>
			eb.or([
				eb(eb.fn('lower', ['users.display_name']), 'like', like),
				eb('users.email', 'like', like),
				eb(eb.fn('lower', ['users.ministry']), 'like', like)
			])
		);
	}
	const rows = await select.execute();
	return {
		people: rows.slice(0, PEOPLE_PAGE_SIZE).map((r) => ({ ...r, active: Boolean(r.active), is_admin: r.is_admin === 1 })),
		more: rows.length > PEOPLE_PAGE_SIZE
	};
}
