import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { DB } from '../db/schema';
import { newId } from '../ids';
import { lockFor, lockNames } from '../coordination/locks';
import { deleteExpiredRateLimitHits, deleteRateLimitHit, insertRateLimitHit, rateLimitHitTimes } from './repository';

interface SlidingWindow {
	/** Names the limit, so two limits never count each other's requests. */
	name: string;
	limit: number;
	windowMs: number;
}

type LimitAnswer = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/**
 * Counts one request for `key` (a client's address) against a sliding window kept in the database,
 * so a restart does not reset it and every server process shares it. Refused requests are not
 * counted, so waiting is always enough. The request is written first and counted after: two
 * processes racing for the last slot may both be refused, never both let through. That holds
 * because each write is committed before its count. Inside a caller's transaction it is not (on
 * PostgreSQL the other process cannot see it yet), so there the key's lock makes a second
 * transaction wait for the first to commit before it counts.
 */
export async function hitLimit(db: Kysely<DB>, window: SlidingWindow, key: string, now = Date.now()): Promise<LimitAnswer> {
	const limitKey = `${window.name}:${key}`;
	if (db.isTransaction) await lockFor(db, lockNames.rateLimit(limitKey), now);
	const id = newId();
	await insertRateLimitHit(db, { id, limitKey, at: now, expiresAt: now + window.windowMs });
	// Every request also deletes what no limit counts any more: the table holds one window's worth.
	await deleteExpiredRateLimitHits(db, now);
	const counted = await rateLimitHitTimes(db, limitKey, now - window.windowMs, window.limit + 1);
	if (counted.length <= window.limit) return { allowed: true };
	await deleteRateLimitHit(db, id);
	return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((counted[0] + window.windowMs - now) / 1000)) };
}

/** Lookups per address: generous for a person or an office behind one address, slow for guessing. */
export const VERIFY_LIMIT: SlidingWindow = { name: 'verify', limit: 60, windowMs: 10 * 60_000 };

/** 429 (with Retry-After) once an address has looked up too many codes. */
export async function limitVerification(
	db: Kysely<DB>,
	address: string,
	setHeaders: (headers: Record<string, string>) => void,
	now = Date.now()
): Promise<void> {
	const answer = await hitLimit(db, VERIFY_LIMIT, address, now);
	if (answer.allowed) return;
	setHeaders({ 'retry-after': String(answer.retryAfterSeconds) });
	const minutes = Math.ceil(answer.retryAfterSeconds / 60);
	error(429, minutes === 1 ? m.verify_limit_one_minute() : m.verify_rate_limited({ minutes }));
}
