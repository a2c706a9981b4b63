import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { newId } from '../ids';
import { deleteFailures, deleteFailuresOfKey, deleteFailuresUpTo, insertFailures, recentFailures } from './repository';

/**
 * The sign-in limit, kept in the database so a restart does not reset it and every process shares it.
 *
 * - One email from one address (the pair) has 5 free failures; after that it waits 1 minute from its
 *   last failure, doubling with each further failure up to 15 minutes. A person's own typos cost a
 *   minute; the same guesser on the same account gets about a dozen tries an hour.
 * - One address has 50 failures per 15 minutes whatever the emails: offices share one address
 *   behind NAT, so it needs room, but a guesser cannot spread over many accounts.
 * - One email has 100 failures per 15 minutes from all addresses together. Each address is held
 *   back by its pair delay to about nine failures on that email in 15 minutes, so reaching 100 takes
 *   a dozen addresses or more: a distributed attack, not a person mistyping on a phone and a laptop.
 *
 * Failures are counted whether or not the email has an account, so a lock never reveals which
 * emails exist. Attempts refused while locked are not counted: waiting is always enough. Each
 * attempt is written before the password is checked and counts against the others meanwhile, so a
 * burst of parallel guesses cannot all slip through before the first failure is recorded.
 */
export const WINDOW_MS = 15 * 60 * 1000;
export const LIMITS = { pair: 5, address: 50, email: 100 } as const;
export const PAIR_DELAY = { firstMs: 60_000, maxMs: 15 * 60_000, windowMs: 60 * 60_000 } as const;

export type Attempt = { email: string; address: string };

const keysOf = ({ email, address }: Attempt) => ({
	// An address never contains `|`, so the pair's key cannot collide with another pair's.
	pair: `pair:${address}|${email}`,
	address: `address:${address}`,
	email: `email:${email}`
});

/** The wait a pair has earned: none for its first failures, then doubling from its last one. */
function pairDelayMs(failures: number): number {
	if (failures < LIMITS.pair) return 0;
	return Math.min(PAIR_DELAY.maxMs, PAIR_DELAY.firstMs * 2 ** (failures - LIMITS.pair));
}

/** Milliseconds until a sliding window of `limit` failures has room again, or 0. */
async function windowWait(db: Kysely<DB>, key: string, limit: number, now: number, excluding: string[]): Promise<number> {
	const recent = await recentFailures(db, key, now - WINDOW_MS, limit, excluding);
	return recent.length >= limit ? recent[recent.length - 1] + WINDOW_MS - now : 0;
}

/**
 * Minutes this attempt must wait (rounded up), or 0 when it may go ahead; `excluding` names the
 * attempt's own rows, already written by `recordFailure`.
 */
export async function minutesLockedOut(db: Kysely<DB>, attempt: Attempt, now = Date.now(), excluding: string[] = []): Promise<number> {
	const keys = keysOf(attempt);
	// The delay stops growing at its cap, so counting a few past the point where it is reached is enough.
	const cappedAfter = LIMITS.pair + Math.ceil(Math.log2(PAIR_DELAY.maxMs / PAIR_DELAY.firstMs));
	const pair = await recentFailures(db, keys.pair, now - PAIR_DELAY.windowMs, cappedAfter + 1, excluding);
	const pairWait = pair.length > 0 ? pair[0] + pairDelayMs(pair.length) - now : 0;
	const wait = Math.max(
		pairWait,
		await windowWait(db, keys.address, LIMITS.address, now, excluding),
		await windowWait(db, keys.email, LIMITS.email, now, excluding)
	);
	return wait > 0 ? Math.ceil(wait / 60_000) : 0;
}

/** Counts an attempt as a failure (until `forgetAttempt`); returns its rows' ids. */
export async function recordFailure(db: Kysely<DB>, attempt: Attempt, now = Date.now()): Promise<string[]> {
	const rows = Object.values(keysOf(attempt)).map((limit_key) => ({ id: newId(), limit_key, at: now }));
	await insertFailures(db, rows);
	await deleteFailuresUpTo(db, now - Math.max(WINDOW_MS, PAIR_DELAY.windowMs));
	return rows.map((row) => row.id);
}

/** Takes back an attempt counted in advance: it was refused unchecked, or it succeeded. */
export async function forgetAttempt(db: Kysely<DB>, ids: string[]): Promise<void> {
	await deleteFailures(db, ids);
}

/**
 * A successful sign-in clears the pair's failures only: the address's count keeps limiting a
 * guesser behind it, and the email's keeps an attack spread over many addresses from starting over.
 */
export async function clearFailures(db: Kysely<DB>, attempt: Attempt): Promise<void> {
	await deleteFailuresOfKey(db, keysOf(attempt).pair);
}
