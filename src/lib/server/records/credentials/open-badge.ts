import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { Course } from '../../content/types';
import type { CompletionRecord } from '../repository';
import { documentLoader, OPEN_BADGES_CONTEXT, VC_V2_CONTEXT } from './documents';
import { issuerDid, verificationMethodId, type IssuerKey } from './issuer';
import { encodeStatusList } from './status-list';

const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The public verification page; in French under /fr, for a French certificate's QR code. The credential's id is the English address. */
export const verificationUrl = (origin: string, code: string, locale: Locale = 'en') => `${origin}${locale === 'fr' ? '/fr' : ''}/verify/${code}`;
export const statusListUrl = (origin: string) => `${origin}/verify/status/revocation`;

/** What the course asked of the holder, in words: the achievement's criteria. */
export function criteriaNarrative(course: Course | undefined, locale: Locale): string {
	if (!course) return m.record_criteria_course({}, { locale });
	const rule = course.completion;
	const titles = (slugs: string[]) => slugs.map((slug) => course.modules.find((mod) => mod.slug === slug)?.title[locale] ?? slug).join(', ');
	const parts = [
		rule.modules === 'all' ? m.record_criteria_modules_all({}, { locale }) : m.record_criteria_modules_some({ modules: titles(rule.modules) }, { locale })
	];
	const hasQuiz = course.modules.some((mod) => mod.quizSource !== null);
	const hasExercise = course.modules.some((mod) => mod.exerciseSource !== null);
	if (Array.isArray(rule.quizzes_passed) && rule.quizzes_passed.length)
		parts.push(m.record_criteria_quizzes_some({ modules: titles(rule.quizzes_passed) }, { locale }));
	else if (rule.quizzes_passed === 'all' && hasQuiz) parts.push(m.record_criteria_quizzes_all({}, { locale }));
	if (Array.isArray(rule.exercises_approved) && rule.exercises_approved.length)
		parts.push(m.record_criteria_exercises_some({ modules: titles(rule.exercises_approved) }, { locale }));
	else if (rule.exercises_approved === 'all' && hasExercise) parts.push(m.record_criteria_exercises_all({}, { locale }));
	if (rule.min_quiz_average !== undefined && hasQuiz) parts.push(m.record_criteria_average({ percent: rule.min_quiz_average }, { locale }));
	return parts.join(' ');
}

/** The record as an Open Badges 3.0 `OpenBadgeCredential` (W3C VC 2.0 data model), unsigned. */
export function openBadgeCredential(record: CompletionRecord, options: { origin: string; locale: Locale; course?: Course }) {
	const { origin, locale, course } = options;
	const title = locale === 'fr' ? record.course_title_fr : record.course_title_en;
	return {
		'@context': [VC_V2_CONTEXT, OPEN_BADGES_CONTEXT],
		id: verificationUrl(origin, record.code),
		type: ['VerifiableCredential', 'OpenBadgeCredential'],
		name: m.record_credential_name({ course: title }, { locale }),
		issuer: { id: issuerDid(origin), type: ['Profile'], name: m.record_issuer({}, { locale }), url: `${origin}/` },
		validFrom: iso(record.issued_at),
		...(record.expires_at !== null && { validUntil: iso(record.expires_at) }),
		awardedDate: iso(record.completed_at),
		credentialSubject: {
			type: ['AchievementSubject'],
			identifier: [{ type: 'IdentityObject', identityType: 'name', hashed: false, identityHash: record.holder_name }],
			achievement: {
				id: `${origin}/courses/${record.course_slug}`,
				type: ['Achievement'],
				achievementType: 'CertificateOfCompletion',
				name: title,
				description: course?.summary[locale] ?? title,
				criteria: { narrative: criteriaNarrative(course, locale) },
				humanCode: record.code,
				version: record.content_version,
				inLanguage: locale === 'fr' ? 'fr-CA' : 'en-CA'
			}
		},
		credentialStatus: {
			id: `${statusListUrl(origin)}#${record.status_list_index}`,
			type: 'BitstringStatusListEntry',
			statusPurpose: 'revocation',
			statusListIndex: String(record.status_list_index),
			statusListCredential: statusListUrl(origin)
		}
	};
}

/** The revocation list every issued credential points to, unsigned. */
export function statusListCredential(origin: string, revokedIndexes: number[], now = Date.now()) {
	return {
		'@context': [VC_V2_CONTEXT],
		id: statusListUrl(origin),
		type: ['VerifiableCredential', 'BitstringStatusListCredential'],
		issuer: issuerDid(origin),
		validFrom: iso(now),
		credentialSubject: {
			id: `${statusListUrl(origin)}#list`,
			type: 'BitstringStatusList',
			statusPurpose: 'revocation',
			encodedList: encodeStatusList(revokedIndexes)
		}
	};
}

/**
 * Signs with the issuer's key as an eddsa-rdfc-2022 Data Integrity proof. The proof goes in an
 * array: VC 2.0 allows one object too, but 1EdTech's Open Badges 3.0 JSON schema wants the array.
 */
export async function signCredential(credential: object, origin: string, key: IssuerKey): Promise<Record<string, unknown>> {
	const did = issuerDid(origin);
	const keyPair = await Ed25519Multikey.from({ id: verificationMethodId(did, key), controller: did, ...key });
	const suite = new DataIntegrityProof({ signer: keyPair.signer(), cryptosuite });
	const signed: Record<string, unknown> = await vc.issue({ credential, suite, documentLoader: documentLoader() });
	return { ...signed, proof: Array.isArray(signed.proof) ? signed.proof : [signed.proof] };
}
