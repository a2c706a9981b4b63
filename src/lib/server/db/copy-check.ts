import type { Kysely } from 'kysely';
import { findRecord, listRecords } from '../records/repository';
import { signatureCarriesOver } from '../records/credentials/carry-over';
import type { IssuerKey } from '../records/credentials/issuer';
import type { Course } from '../content/types';
import { countMismatches } from './copy';
import type { DB } from './schema';

export interface CopyCheck {
	/** Tables whose row counts differ (none after a good copy). */
	counts: { name: string; source: number; target: number }[];
	records: number;
	/** Codes of the records whose credential, signed from the source, fails to verify over the target's copy. */
	broken: string[];
}

/** After a copy: the same rows per table, and every record's signature verifies over the target's copy of it. */
export async function checkCopy(
	source: Kysely<DB>,
	target: Kysely<DB>,
	origin: string,
	key: IssuerKey,
	courseOf: (slug: string) => Course | undefined
): Promise<CopyCheck> {
	const counts = await countMismatches(source, target);
	const broken: string[] = [];
	const records = await listRecords(source);
	for (const { id } of records) {
		const [before, after] = [await findRecord(source, id), await findRecord(target, id)];
		if (!before || !after || !(await signatureCarriesOver(before, after, origin, key, courseOf))) broken.push(before?.code ?? id);
	}
	return { counts, records: records.length, broken };
}
