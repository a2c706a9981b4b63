// Serialising the few transactions that must not interleave, across server processes.
//
// Unique constraints settle most races (one open quiz attempt, one record per person, course and
// cycle, one nudge a week). What they cannot settle is a decision read from rows another
// transaction may be writing: a status list position is the largest so far plus one; a limit is
// the number of rows so far. Two transactions on PostgreSQL (READ COMMITTED) each read the state
// before the other's write and both decide on it: two records given one position, a limit passed.
// Taking the name's lock first makes the second wait for the first to commit and then read what it
// wrote. (A person's progress takes their users row's lock: progress/repository.ts lockPersonProgress.)
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { touchLock } from './repository';

/** Names of the locks, so two callers that must exclude each other use the same one. */
export const lockNames = {
	/** The records' revocation list positions, handed out in order. */
	statusList: 'records:status-list',
	/** A rate limit counted inside a larger transaction. */
	rateLimit: (limitKey: string) => `rate:${limitKey}`
};

/**
 * Holds `name` until `trx` ends. Call it before reading what the decision depends on. The status
 * list is taken after a person's progress lock, never before, so two transactions never wait on each other.
 */
export async function lockFor(trx: Kysely<DB>, name: string, now = Date.now()): Promise<void> {
	if (!trx.isTransaction) throw new Error(`lockFor(${name}) outside a transaction would hold nothing`);
	await touchLock(trx, name, now);
}
