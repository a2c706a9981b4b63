import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { newId } from '../ids';
import { insertAuditEntry } from './repository';

interface AuditEntry {
	actorId: string | null;
	action: string;
	subjectUserId?: string | null;
	cohortId?: string | null;
	details?: Record<string, unknown>;
}

/** The audit log is append-only: this is the only function that writes to it. */
export async function writeAudit(db: Kysely<DB>, entry: AuditEntry, at = Date.now()): Promise<void> {
	await insertAuditEntry(db, {
		id: newId(),
		at,
		actorId: entry.actorId,
		action: entry.action,
		subjectUserId: entry.subjectUserId ?? null,
		cohortId: entry.cohortId ?? null,
		details: entry.details ?? {}
	});
}
