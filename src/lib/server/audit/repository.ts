import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export async function insertAuditEntry(
	db: Kysely<DB>,
	row: {
		id: string;
		at: number;
		actorId: string | null;
		action: string;
		subjectUserId: string | null;
		cohortId: string | null;
		details: Record<string, unknown>;
	}
): Promise<void> {
	await db
		.insertInto('audit_log')
		.values({
			id: row.id,
			at: row.at,
			actor_id: row.actorId,
			action: row.action,
			subject_user_id: row.subjectUserId,
			cohort_id: row.cohortId,
			details: JSON.stringify(row.details)
		})
		.execute();
}
