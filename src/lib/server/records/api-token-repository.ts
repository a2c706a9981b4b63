import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export async function insertApiToken(db: Kysely<DB>, token: { id: string; token_hash: string; label: string; owner_id: string; created_at: number }) {
	await db.insertInto('api_tokens').values(token).execute();
}

/** Every token, newest first, with its owner's name; never the hash. */
export async function listApiTokens(db: Kysely<DB>) {
	return db
		.selectFrom('api_tokens')
		.innerJoin('users as owner', 'owner.id', 'api_tokens.owner_id')
		.select(['api_tokens.id', 'api_tokens.label', 'api_tokens.created_at', 'api_tokens.last_used_at', 'api_tokens.revoked_at', 'owner.display_name as owner_name'])
		.orderBy('api_tokens.created_at', 'desc')
		.execute();
}

/** The token with this hash, if its owner is still an admin with an account that works. */
export async function findUsableToken(db: Kysely<DB>, tokenHash: string) {
	return db
		.selectFrom('api_tokens')
		.innerJoin('users as owner', 'owner.id', 'api_tokens.owner_id')
		.select(['api_tokens.id', 'api_tokens.owner_id', 'api_tokens.last_used_at'])
		.where('api_tokens.token_hash', '=', tokenHash)
		.where('api_tokens.revoked_at', 'is', null)
		.where('owner.is_admin', '=', 1)
		.where('owner.disabled_at', 'is', null)
		.executeTakeFirst();
}

export async function touchApiToken(db: Kysely<DB>, id: string, at: number) {
	await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** False when there is no such token or it was already revoked. */
export async function markApiTokenRevoked(db: Kysely<DB>, id: string, by: string, at: number): Promise<boolean> {
	const result = await db
		.updateTable('api_tokens')
		.set({ revoked_at: at, revoked_by: by })
		.where('id', '=', id)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}
