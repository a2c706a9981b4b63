import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { newId } from '../ids';

export const WINDOW_MS = 15 * 60 * 1000;
/** Failures allowed per window. Offices share one address behind NAT, so it gets more room. */
export const LIMITS = { email: 5, address: 50 } as const;

export type LimitKey = { kind: keyof typeof LIMITS; value: string };

const keyOf = (k: LimitKey) => `${k.kind}:${k.value}`;

/**
 * Minutes until the earliest key with too many recent failures frees up, or 0 when none is limited.
 * Kept in the database so a restart does not reset it.
 */
export async function minutesLockedOut(db: Kysely<DB>, keys: LimitKey[], now = Date.now()): Promise<number> {
	let wait = 0;
	for (const key of keys) {
		const recent = await db
			.selectFrom('sign_in_failures')
			.select('at')
			.where('limit_key', '=', keyOf(key))
			.where('at', '>', now - WINDOW_MS)
			.orderBy('at', 'desc')
			.limit(LIMITS[key.kind])
			.execute();
		if (recent.length >= LIMITS[key.kind]) {
			const oldestCounted = recent[recent.length - 1].at;
			wait = Math.max(wait, Math.ceil((oldestCounted + WINDOW_MS - now) / 60_000));
		}
	}
	return wait;
}

export async function recordFailure(db: Kysely<DB>, keys: LimitKey[], now = Date.now()): Promise<void> {
	await db
		.insertInto('sign_in_failures')
		.values(keys.map((key) => ({ id: newId(), limit_key: keyOf(key), at: now })))
		.execute();
	await db.deleteFrom('sign_in_failures').where('at', '<=', now - WINDOW_MS).execute();
}

/** A successful sign-in clears the email's count, not the address's. */
export async function clearFailures(db: Kysely<DB>, email: string): Promise<void> {
	await db.deleteFrom('sign_in_failures').where('limit_key', '=', keyOf({ kind: 'email', value: email })).execute();
}
