import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { newId } from '../ids';

export interface AuditEntry {
	actorId: string | null;
	action: string;
	subjectUserId?: string | null;
	cohortId?: string | null;
	details?: Record<string, unknown>;
}

/** The audit log is append-only: this is the only function that writes to it. */
export async function writeAudit(db: Kysely<DB>, entry: AuditEntry, at = Date.now()): Promise<void> {
	await db
		.insertInto('audit_log')
		.values({
			id: newId(),
			at,
			actor_id: entry.actorId,
			action: entry.action,
			subject_user_id: entry.subjectUserId ?? null,
			cohort_id: entry.cohortId ?? null,
			details: JSON.stringify(entry.details ?? {})
		})
		.execute();
}
