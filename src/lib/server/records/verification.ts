import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { DB } from '../db/schema';
import type { Locale } from '$lib/paraglide/runtime';
import { normaliseRecordCode } from './codes';
import { issuerKey } from './credentials/issuer';
import { signCredential, statusListCredential } from './credentials/open-badge';
import { contentVersionsFirstEarned, findRecordByCode, revokedStatusIndexes, successorOf } from './repository';
import { editionOf } from './edition';
import { publicView } from './views';

/** What the public verification page shows for a code; 404 when there is no such record. */
export async function verifyCode(db: Kysely<DB>, code: string, locale: Locale, now = Date.now()) {
	const normalised = normaliseRecordCode(code);
	const record = normalised ? await findRecordByCode(db, normalised) : undefined;
	if (!record) error(404, m.verify_not_found());
	const [successor, versions] = await Promise.all([successorOf(db, record.id), contentVersionsFirstEarned(db, record.course_slug)]);
	return { record: publicView(record, locale, now, editionOf(versions, record.content_version)), replacedBy: successor?.code ?? null };
}

let cached: { key: string; credential: Record<string, unknown> } | undefined;

/** The signed revocation list, signed again only when a revocation changed it. */
export async function signedStatusList(db: Kysely<DB>, origin: string) {
	const revoked = await revokedStatusIndexes(db);
	const key = `${origin}|${revoked.sort((a, b) => a - b).join(',')}`;
	if (cached?.key !== key) cached = { key, credential: await signCredential(statusListCredential(origin, revoked), origin, await issuerKey()) };
	return cached.credential;
}
