import type { Kysely, Transaction } from 'kysely';
import type { DB, ModuleProgressTable, ModuleStatus } from '../db/schema';
import { newId } from '../ids';
import { issueRecordIfEarned } from '../records/issuance';
import { moduleStatus, type ModuleFacts, type ModuleRequirements } from './status';

/** Every kind of progress event, and which fact of the module it sets or clears. */
const effects = {
	module_viewed: { viewed_at: 'now' },
	module_marked_complete: { marked_complete_at: 'now' },
	quiz_attempted: {},
	quiz_passed: { quiz_passed_at: 'now' },
	exercise_submitted: { exercise_submitted_at: 'now', revision_requested_at: 'clear' },
	exercise_revision_requested: { revision_requested_at: 'now' },
	exercise_approved: { exercise_approved_at: 'now', revision_requested_at: 'clear' },
	module_completed: {}
} as const satisfies Record<string, Partial<Record<keyof ModuleProgressTable, 'now' | 'clear'>>>;

export type ProgressEventKind = keyof typeof effects;

export interface ProgressEvent {
	userId: string;
	cohortId: string;
	courseSlug: string;
	module: { slug: string; version: string } & ModuleRequirements;
	kind: ProgressEventKind;
	actorId?: string | null;
	details?: Record<string, unknown>;
}

const factsOf = (row: Partial<ModuleProgressTable>): ModuleFacts => ({
	viewed: row.viewed_at != null,
	markedComplete: row.marked_complete_at != null,
	quizPassed: row.quiz_passed_at != null,
	exerciseSubmitted: row.exercise_submitted_at != null,
	exerciseApproved: row.exercise_approved_at != null,
	revisionRequested: row.revision_requested_at != null
});

async function insertEvent(trx: Kysely<DB>, event: ProgressEvent, kind: ProgressEventKind, at: number) {
	await trx
		.insertInto('progress_events')
		.values({
			id: newId(),
			user_id: event.userId,
			cohort_id: event.cohortId,
			course_slug: event.courseSlug,
			module_slug: event.module.slug,
			kind,
			content_version: event.module.version,
			at,
			actor_id: event.actorId ?? event.userId,
			details: JSON.stringify(event.details ?? {})
		})
		.execute();
}

/**
 * Appends the event and rewrites the module's derived status in the same transaction, adding
 * a `module_completed` event when this one completes the module. Pass a transaction to make
 * it part of a larger write (a quiz submission, a review).
 */
export async function recordProgress(
	db: Kysely<DB> | Transaction<DB>,
	event: ProgressEvent,
	at = Date.now()
): Promise<{ before: ModuleStatus; after: ModuleStatus }> {
	const write = async (trx: Kysely<DB>) => {
		const key = { cohort_id: event.cohortId, user_id: event.userId, module_slug: event.module.slug };
		const current = await trx
			.selectFrom('module_progress')
			.selectAll()
			.where('cohort_id', '=', key.cohort_id)
			.where('user_id', '=', key.user_id)
			.where('module_slug', '=', key.module_slug)
			.executeTakeFirst();
		const before: ModuleStatus = current?.status ?? 'not_started';
		const next: Partial<ModuleProgressTable> = { ...current };
		for (const [column, effect] of Object.entries(effects[event.kind]) as [keyof ModuleProgressTable, 'now' | 'clear'][]) {
			(next as Record<string, unknown>)[column] = effect === 'now' ? ((current?.[column] as number | null) ?? at) : null;
		}
		const after = before === 'completed' ? 'completed' : moduleStatus(event.module, factsOf(next));
		const row: ModuleProgressTable = {
			...key,
			status: after,
			viewed_at: next.viewed_at ?? null,
			marked_complete_at: next.marked_complete_at ?? null,
			quiz_passed_at: next.quiz_passed_at ?? null,
			exercise_submitted_at: next.exercise_submitted_at ?? null,
			exercise_approved_at: next.exercise_approved_at ?? null,
			revision_requested_at: next.revision_requested_at ?? null,
			completed_at: current?.completed_at ?? (after === 'completed' ? at : null),
			content_version: event.module.version,
			updated_at: at
		};
		await insertEvent(trx, event, event.kind, at);
		if (current) {
			await trx
				.updateTable('module_progress')
				.set(row)
				.where('cohort_id', '=', key.cohort_id)
				.where('user_id', '=', key.user_id)
				.where('module_slug', '=', key.module_slug)
				.execute();
		} else {
			await trx.insertInto('module_progress').values(row).execute();
		}
		if (before !== 'completed' && after === 'completed') {
			await insertEvent(trx, event, 'module_completed', at);
			await issueRecordIfEarned(trx, { userId: event.userId, cohortId: event.cohortId, courseSlug: event.courseSlug, at });
		}
		return { before, after };
	};
	return db.isTransaction ? write(db) : db.transaction().execute(write);
}
