import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { collate } from '../db/fold';
import { searchUsers } from './repository';

const PEOPLE_PAGE_SIZE = 100;

/**
 * People matching a search on name, email or ministry, for the admin's directory: `_` and `%`
 * are taken literally, case and accents ignored, and the page sorted in the reader's collation.
 */
export async function searchPeople(db: Kysely<DB>, query: string, locale: string) {
	const q = query.trim();
	const rows = await searchUsers(db, q, PEOPLE_PAGE_SIZE + 1);
	const people = rows.slice(0, PEOPLE_PAGE_SIZE);
	return { people: collate(people, (p) => p.display_name, locale), more: rows.length > PEOPLE_PAGE_SIZE };
}
