import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import type { Course } from '../../content/types';
import type { CompletionRecord } from '../repository';
import { documentLoader } from './documents';
import { didDocument, issuerDid, type IssuerKey } from './issuer';
import { openBadgeCredential, signCredential } from './open-badge';

/**
 * Whether a credential signed for `before` (the record as one database held it) still verifies
 * against `after` (the same record as another database now serves it): the proof made over the
 * first is checked over the second, in both languages. Any changed field, date or name breaks it.
 * `courseOf` finds a course by slug (the catalog in the server, courses/ read from disk in a script).
 */
export async function signatureCarriesOver(
	before: CompletionRecord,
	after: CompletionRecord,
	origin: string,
	key: IssuerKey,
	courseOf: (slug: string) => Course | undefined
): Promise<boolean> {
	const loader = documentLoader({ [issuerDid(origin)]: didDocument(origin, key) });
	const suite = new DataIntegrityProof({ cryptosuite });
	for (const locale of ['en', 'fr'] as const) {
		const course = courseOf(before.course_slug);
		const signed = await signCredential(openBadgeCredential(before, { origin, locale, course }), origin, key);
		const served = { ...openBadgeCredential(after, { origin, locale, course: courseOf(after.course_slug) }), proof: signed.proof };
		// Revocation is a separate question (the status list): here only the signature over the data.
		const result = await vc.verifyCredential({ credential: served, suite, documentLoader: loader, checkStatus: async () => ({ verified: true }) });
		if (!result.verified) return false;
	}
	return true;
}
