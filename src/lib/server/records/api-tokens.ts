import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { writeAudit } from '../audit/log';
import { generateToken, hashToken } from '../auth/tokens';
import { newId } from '../ids';
import { findUsableToken, insertApiToken, markApiTokenRevoked, touchApiToken } from './repository';

/** "bc_" makes a leaked token easy to recognise (and to search for in code and logs). */
const PREFIX = 'bc_';
const TOKEN_SHAPE = /^bc_[a-z2-7]{32}$/;
/** Writing last_used_at on every call would turn each read into a write; once a minute is plenty. */
const TOUCH_EVERY_MS = 60_000;

/** Makes a token for an admin. The token itself is returned once, here; only its hash is kept. */
export async function createApiToken(db: Kysely<DB>, ownerId: string, label: string, now = Date.now()): Promise<{ id: string; token: string }> {
	const token = PREFIX + generateToken();
	const id = newId();
	await db.transaction().execute(async (trx) => {
		await insertApiToken(trx, { id, token_hash: hashToken(token), label, owner_id: ownerId, created_at: now });
		await writeAudit(trx, { actorId: ownerId, action: 'api_token.created', details: { token: id, label } }, now);
	});
	return { id, token };
}

export async function revokeApiToken(db: Kysely<DB>, id: string, actorId: string, now = Date.now()): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const revoked = await markApiTokenRevoked(trx, id, actorId, now);
		if (revoked) await writeAudit(trx, { actorId, action: 'api_token.revoked', details: { token: id } }, now);
		return revoked;
	});
}

/** The token behind an `Authorization: Bearer …` header, or null for a missing, malformed, unknown or revoked one. */
export async function authenticateApiToken(db: Kysely<DB>, authorization: string | null, now = Date.now()) {
	const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
	if (!match || !TOKEN_SHAPE.test(match[1])) return null;
	const token = await findUsableToken(db, hashToken(match[1]));
	if (!token) return null;
	if (token.last_used_at === null || now - token.last_used_at > TOUCH_EVERY_MS) await touchApiToken(db, token.id, now);
	return { id: token.id, ownerId: token.owner_id };
}
