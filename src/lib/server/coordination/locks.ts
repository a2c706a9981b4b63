// Serialising the few transactions that must not interleave, across server processes.
//
// Unique constraints settle most races (one open quiz attempt, one record per person, course and
// cycle, one nudge a week). What they cannot settle is a decision read from several rows: a
// module's status is read, changed and written back; a course's completion is judged from every
// module's status; a status list position is the largest so far plus one. Two transactions on two
// connections each read the state before the other's write (PostgreSQL's READ COMMITTED, or two
// SQLite connections whose reads started first), and both decide on it: a lost fact, a record
// nobody issues, two records given one position. Taking the name's lock first makes the second
// wait for the first to commit and then read what it wrote.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { touchLock } from './repository';

/** Names of the locks, so two callers that must exclude each other use the same one. */
export const lockNames = {
	/** A trainee's progress in one cohort: module statuses and the completion judged from them. */
	progress: (cohortId: string, userId: string) => `progress:${cohortId}:${userId}`,
	/** The records' revocation list positions, handed out in order. */
	statusList: 'records:status-list',
	/** A rate limit counted inside a larger transaction. */
	rateLimit: (limitKey: string) => `rate:${limitKey}`
};

/**
 * Holds `name` until `trx` ends. Call it before reading what the decision depends on. Always take
 * progress before the status list (the only nesting), so two transactions never wait on each other.
 */
export async function lockFor(trx: Kysely<DB>, name: string, now = Date.now()): Promise<void> {
	if (!trx.isTransaction) throw new Error(`lockFor(${name}) outside a transaction would hold nothing`);
	await touchLock(trx, name, now);
}
