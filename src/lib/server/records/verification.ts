import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { DB } from '../db/schema';
import type { Locale } from '../content/types';
import { normaliseRecordCode } from './codes';
import { issuerKey } from './credentials/issuer';
import { signCredential, statusListCredential } from './credentials/open-badge';
import { findRecordByCode, revokedStatusIndexes, successorOf } from './repository';
import { SlidingWindowLimiter } from './rate-limit';
import { publicView } from './views';

/** Lookups per address: generous for a person or an office behind one address, slow for guessing. */
export const VERIFY_LIMIT = { requests: 60, windowMs: 10 * 60_000 };
const limiter = new SlidingWindowLimiter(VERIFY_LIMIT.requests, VERIFY_LIMIT.windowMs);

/** 429 (with Retry-After) once an address has looked up too many codes. */
export function limitVerification(address: string, setHeaders: (headers: Record<string, string>) => void, now = Date.now()): void {
	const result = limiter.hit(address, now);
	if (result.allowed) return;
	setHeaders({ 'retry-after': String(result.retryAfterSeconds) });
	error(429, m.verify_rate_limited({ minutes: Math.ceil(result.retryAfterSeconds / 60) }));
}

/** What the public verification page shows for a code; 404 when there is no such record. */
export async function verifyCode(db: Kysely<DB>, code: string, locale: Locale, now = Date.now()) {
	const normalised = normaliseRecordCode(code);
	const record = normalised ? await findRecordByCode(db, normalised) : undefined;
	if (!record) error(404, m.verify_not_found());
	const successor = await successorOf(db, record.id);
	return { record: publicView(record, locale, now), replacedBy: successor?.code ?? null };
}

let cached: { key: string; credential: Record<string, unknown> } | undefined;

/** The signed revocation list, signed again only when a revocation changed it. */
export async function signedStatusList(db: Kysely<DB>, origin: string) {
	const revoked = await revokedStatusIndexes(db);
	const key = `${origin}|${revoked.sort((a, b) => a - b).join(',')}`;
	if (cached?.key !== key) cached = { key, credential: await signCredential(statusListCredential(origin, revoked), origin, await issuerKey()) };
	return cached.credential;
}
