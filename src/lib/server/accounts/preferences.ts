import type { Kysely } from 'kysely';
import type { Locale } from '$lib/paraglide/runtime';
import type { DB } from '../db/schema';
import { updatePreferredLanguage } from './repository';

export async function setPreferredLanguage(db: Kysely<DB>, userId: string, locale: Locale): Promise<void> {
	await updatePreferredLanguage(db, userId, locale, Date.now());
}
