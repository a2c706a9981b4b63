import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { DB } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import { forbidden } from '../access';
import { writeAudit } from '../audit/log';
import { getCourse } from '../content/catalog';
import { collate } from '../db/fold';
import type { Locale } from '$lib/paraglide/runtime';
import { newId } from '../ids';
import { nextStatusListPosition, unusedRecordCode } from './issuance';
import { issuerKey } from './credentials/issuer';
import { openBadgeCredential, signCredential, verificationUrl } from './credentials/open-badge';
import { certificatePdf } from './pdf';
import { qrDataUrl } from './qr';
import {
	codeOf,
	contentVersionsFirstEarned,
	findRecord,
	holderOf,
	instructsHolderOf,
	insertRecord,
	latestRecordFor,
	listRecords,
	markRevoked,
	successorOf,
	type CompletionRecord
} from './repository';
import { recordView } from './views';
import { editionOf, type Edition } from './edition';

type Audience = 'holder' | 'manager' | 'instructor' | 'admin';

/**
 * The holder, their manager, admins and their instructors may see a record; anyone else gets
 * 403, and no record 404. Their instructors are those of the cohort the record was earned in,
 * and of a cohort of the same course the holder is a trainee in (whose timeline links to it).
 */
export async function recordFor(db: Kysely<DB>, viewer: SessionUser, id: string): Promise<{ record: CompletionRecord; audience: Audience }> {
	const record = await findRecord(db, id);
	if (!record) error(404, m.record_not_found());
	if (record.user_id === viewer.id) return { record, audience: 'holder' };
	if (viewer.isAdmin) return { record, audience: 'admin' };
	const holder = record.user_id ? await holderOf(db, record.user_id) : undefined;
	if (holder?.manager_id === viewer.id) return { record, audience: 'manager' };
	if (await instructsHolderOf(db, viewer.id, record)) return { record, audience: 'instructor' };
	forbidden();
}

/** The holder's language for their PDF and credential: their preference, unless the reader asks. */
async function holderLanguage(db: Kysely<DB>, record: CompletionRecord): Promise<Locale> {
	const holder = record.user_id ? await holderOf(db, record.user_id) : undefined;
	return holder?.preferred_language ?? 'en';
}

/** The course edition the record was earned on. */
export async function recordEdition(db: Kysely<DB>, record: CompletionRecord): Promise<Edition | null> {
	return editionOf(await contentVersionsFirstEarned(db, record.course_slug), record.content_version);
}

/** Everything the certificate page shows. */
export async function certificatePage(db: Kysely<DB>, viewer: SessionUser, id: string, origin: string, locale: Locale) {
	const { record, audience } = await recordFor(db, viewer, id);
	const verifyUrl = verificationUrl(origin, record.code, locale);
	const [successor, predecessorCode, language, qr, edition] = await Promise.all([
		successorOf(db, record.id),
		record.supersedes_id ? codeOf(db, record.supersedes_id) : Promise.resolve(undefined),
		holderLanguage(db, record),
		qrDataUrl(verifyUrl),
		recordEdition(db, record)
	]);
	return {
		record: recordView(record, locale, Date.now(), edition),
		audience,
		verifyUrl,
		qr,
		holderLanguage: language,
		replacedBy: successor ? { id: successor.id, code: successor.code } : null,
		replaces: predecessorCode ?? null
	};
}

/** The certificate as a PDF in the holder's language unless another is asked for. */
export async function certificateDownload(db: Kysely<DB>, viewer: SessionUser, id: string, origin: string, asked: Locale | null) {
	const { record } = await recordFor(db, viewer, id);
	const locale = asked ?? (await holderLanguage(db, record));
	return { bytes: await certificatePdf(record, { origin, locale, edition: await recordEdition(db, record) }), filename: `${record.code}-${locale}.pdf` };
}

/** The record as a signed Open Badges 3.0 credential, in the holder's language unless another is asked for. */
export async function credentialDownload(db: Kysely<DB>, viewer: SessionUser, id: string, origin: string, asked: Locale | null) {
	const { record } = await recordFor(db, viewer, id);
	const locale = asked ?? (await holderLanguage(db, record));
	const credential = openBadgeCredential(record, { origin, locale, course: getCourse(record.course_slug) });
	return { credential: await signCredential(credential, origin, await issuerKey()), filename: `${record.code}.json` };
}

/** The signed-in person's own records, newest first. */
export async function myRecords(db: Kysely<DB>, user: SessionUser, locale: Locale) {
	return (await listRecords(db, { userId: user.id })).map((record) => recordView(record, locale));
}

type RevokeResult = { ok: true } | { ok: false; reason: 'already_revoked' };

/** Revokes with the admin's reason; the record and its facts stay as they were issued. */
export async function revokeRecord(db: Kysely<DB>, admin: SessionUser, id: string, reason: string, now = Date.now()): Promise<RevokeResult> {
	if (!admin.isAdmin) forbidden();
	return db.transaction().execute(async (trx) => {
		const record = await findRecord(trx, id);
		if (!record) error(404, m.record_not_found());
		if (!(await markRevoked(trx, id, admin.id, reason, now))) return { ok: false as const, reason: 'already_revoked' as const };
		await writeAudit(
			trx,
			{
				actorId: admin.id,
				action: 'record.revoked',
				subjectUserId: record.user_id,
				cohortId: record.cohort_id,
				details: { record: id, code: record.code, reason }
			},
			now
		);
		return { ok: true as const };
	});
}

type ReissueResult = { ok: true; id: string } | { ok: false; reason: 'already_reissued' };

/**
 * Replaces a record with a new one (a new cycle that references it): the holder's current
 * name and the course's current title, the original's completion, cohort, content version and
 * expiry. The original is revoked with the same reason, never edited otherwise.
 */
export async function reissueRecord(db: Kysely<DB>, admin: SessionUser, id: string, reason: string, now = Date.now()): Promise<ReissueResult> {
	if (!admin.isAdmin) forbidden();
	return db.transaction().execute(async (trx) => {
		const original = await findRecord(trx, id);
		if (!original) error(404, m.record_not_found());
		if (await successorOf(trx, id)) return { ok: false as const, reason: 'already_reissued' as const };
		await markRevoked(trx, id, admin.id, reason, now);
		const [holder, latest] = original.user_id
			? await Promise.all([holderOf(trx, original.user_id), latestRecordFor(trx, original.user_id, original.course_slug)])
			: [undefined, undefined];
		const course = getCourse(original.course_slug);
		const record = await insertRecord(trx, {
			id: newId(),
			code: await unusedRecordCode(trx),
			user_id: original.user_id,
			course_slug: original.course_slug,
			cycle: Math.max(latest?.cycle ?? 0, original.cycle) + 1,
			holder_name: holder?.display_name ?? original.holder_name,
			course_title_en: course?.title.en ?? original.course_title_en,
			course_title_fr: course?.title.fr ?? original.course_title_fr,
			content_version: original.content_version,
			cohort_id: original.cohort_id,
			cohort_name: original.cohort_name,
			cohort_name_fr: original.cohort_name_fr,
			completed_at: original.completed_at,
			issued_at: now,
			expires_at: original.expires_at,
			supersedes_id: original.id,
			status_list_index: await nextStatusListPosition(trx)
		});
		if (!record) throw new Error(`Reissuing ${original.code}: a record for cycle ${original.cycle + 1} appeared meanwhile`);
		await writeAudit(
			trx,
			{
				actorId: admin.id,
				action: 'record.reissued',
				subjectUserId: original.user_id,
				cohortId: original.cohort_id,
				details: { record: original.id, code: original.code, newRecord: record.id, newCode: record.code, reason }
			},
			now
		);
		return { ok: true as const, id: record.id };
	});
}

export const ADMIN_RECORDS_PAGE = 200;

/**
 * Records for the admin's list, newest first. A search (case, accents and wildcards ignored)
 * lists the matches by holder in the reader's collation, each holder's newest first.
 */
export async function adminRecordList(db: Kysely<DB>, search: string, locale: Locale) {
	const rows = await listRecords(db, { search, limit: ADMIN_RECORDS_PAGE + 1 });
	const page = rows.slice(0, ADMIN_RECORDS_PAGE);
	return {
		records: (search.trim() ? collate(page, (row) => row.holder_name, locale) : page).map((row) => ({
			...recordView(row, locale),
			holderEmail: row.holder_email
		})),
		more: rows.length > ADMIN_RECORDS_PAGE
	};
}

/** One record with what replaced it or what it replaces, for the admin's revoke and reissue page. */
export async function adminRecordPage(db: Kysely<DB>, admin: SessionUser, id: string, locale: Locale) {
	if (!admin.isAdmin) forbidden();
	const record = await findRecord(db, id);
	if (!record) error(404, m.record_not_found());
	const [successor, replaces] = await Promise.all([successorOf(db, id), record.supersedes_id ? codeOf(db, record.supersedes_id) : Promise.resolve(undefined)]);
	return { record: recordView(record, locale), replacedBy: successor ?? null, replaces: replaces ?? null };
}
