import type { Locale } from '$lib/paraglide/runtime';
import { cohortName } from '$lib/cohorts/name';
import type { Edition } from './edition';
import type { CompletionRecord } from './repository';
import { recordStatus, type RecordStatus } from './rule';

/** The cohort's name, as it was when the record was issued, in the reader's language. */
export const recordCohortName = (record: CompletionRecord, locale: Locale) => cohortName({ name: record.cohort_name, name_fr: record.cohort_name_fr }, locale);

/** A record as pages show it, in the reader's language. */
interface RecordView {
	id: string;
	code: string;
	status: RecordStatus;
	holderName: string;
	courseSlug: string;
	courseTitle: string;
	cohortName: string;
	contentVersion: string;
	edition: Edition | null;
	cycle: number;
	completedAt: number;
	issuedAt: number;
	expiresAt: number | null;
	revokedAt: number | null;
	revocationReason: string | null;
}

export function recordView(record: CompletionRecord, locale: Locale, now = Date.now(), edition: Edition | null = null): RecordView {
	return {
		id: record.id,
		code: record.code,
		status: recordStatus(record, now),
		holderName: record.holder_name,
		courseSlug: record.course_slug,
		courseTitle: locale === 'fr' ? record.course_title_fr : record.course_title_en,
		cohortName: recordCohortName(record, locale),
		contentVersion: record.content_version,
		edition,
		cycle: record.cycle,
		completedAt: record.completed_at,
		issuedAt: record.issued_at,
		expiresAt: record.expires_at,
		revokedAt: record.revoked_at,
		revocationReason: record.revocation_reason
	};
}

/** What a stranger holding the code may learn: no ids, no email, no reason for a revocation. */
export function publicView(record: CompletionRecord, locale: Locale, now = Date.now(), edition: Edition | null = null) {
	const view = recordView(record, locale, now, edition);
	return {
		code: view.code,
		status: view.status,
		holderName: view.holderName,
		courseTitle: view.courseTitle,
		cohortName: view.cohortName,
		edition: view.edition,
		completedAt: view.completedAt,
		issuedAt: view.issuedAt,
		expiresAt: view.expiresAt,
		revokedAt: view.revokedAt
	};
}

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

/** A record as the JSON API answers it: both languages, ISO dates, links to the human pages. */
export function apiView(record: CompletionRecord & { holder_email: string | null }, origin: string, successor: { id: string } | undefined, now = Date.now()) {
	return {
		id: record.id,
		code: record.code,
		status: recordStatus(record, now),
		holder: { id: record.user_id, name: record.holder_name, email: record.holder_email },
		course: { slug: record.course_slug, title: { en: record.course_title_en, fr: record.course_title_fr }, contentVersion: record.content_version },
		cohort: { id: record.cohort_id, name: record.cohort_name, nameFr: record.cohort_name_fr },
		cycle: record.cycle,
		completedAt: iso(record.completed_at),
		issuedAt: iso(record.issued_at),
		expiresAt: iso(record.expires_at),
		revokedAt: iso(record.revoked_at),
		revocationReason: record.revocation_reason,
		supersedes: record.supersedes_id,
		supersededBy: successor?.id ?? null,
		links: {
			verification: `${origin}/verify/${record.code}`,
			certificate: `${origin}/records/${record.id}`,
			pdf: `${origin}/records/${record.id}/certificate.pdf`,
			openBadge: `${origin}/records/${record.id}/credential.json`
		}
	};
}
