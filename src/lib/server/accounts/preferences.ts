import type { Kysely } from 'kysely';
import type { DB, Locale } from '../db/schema';

export async function setPreferredLanguage(db: Kysely<DB>, userId: string, locale: Locale): Promise<void> {
	await db
		.updateTable('users')
		.set({ preferred_language: locale, updated_at: Date.now() })
		.where('id', '=', userId)
		.where('preferred_language', '!=', locale)
		.execute();
}
