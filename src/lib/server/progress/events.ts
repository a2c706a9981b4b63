import type { Kysely, Transaction } from 'kysely';
import type { DB, ModuleProgressTable, ModuleStatus } from '../db/schema';
import type { CourseModule } from '../content/types';
import { issueRecordIfEarned } from '../records/issuance';
import { insertProgressEvent, lockPersonProgress, moduleProgressOf, saveModuleProgress } from './repository';
import { factsOfRow, moduleStatus, type ModuleRequirements } from './status';

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

/** A module as a progress event names it: its version, and what completes it. */
export const progressModule = (module: CourseModule): ProgressEvent['module'] => ({
	slug: module.slug,
	version: module.version,
	hasQuiz: module.quizSource !== null,
	hasExercise: module.exerciseSource !== null
});

const insertEvent = (db: Kysely<DB>, event: ProgressEvent, kind: ProgressEventKind, at: number) =>
	insertProgressEvent(db, {
		userId: event.userId,
		cohortId: event.cohortId,
		courseSlug: event.courseSlug,
		moduleSlug: event.module.slug,
		kind,
		contentVersion: event.module.version,
		at,
		actorId: event.actorId ?? event.userId,
		details: event.details ?? {}
	});

/**
 * Appends the event and rewrites the module's derived status in the same transaction, adding
 * a `module_completed` event when this one completes the module. Pass a transaction to make
 * it part of a larger write (a quiz submission, a review). `also`: further kinds of event that
 * happened at the same moment, in order (a quiz attempted, then passed), written with the same
 * lock, read and rewrite of the module's row as if recorded one after the other.
 */
export async function recordProgress(
	db: Kysely<DB> | Transaction<DB>,
	event: ProgressEvent,
	at = Date.now(),
	also: readonly ProgressEventKind[] = []
): Promise<{ before: ModuleStatus; after: ModuleStatus }> {
	const kinds = [event.kind, ...also];
	const write = async (trx: Kysely<DB>) => {
		const key = { cohort_id: event.cohortId, user_id: event.userId, module_slug: event.module.slug };
		await lockPersonProgress(trx, event.userId);
		const current = await moduleProgressOf(trx, { cohortId: event.cohortId, userId: event.userId, moduleSlug: event.module.slug });
		const before: ModuleStatus = current?.status ?? 'not_started';
		const next: Partial<ModuleProgressTable> = { ...current };
		for (const kind of kinds) {
			for (const [column, effect] of Object.entries(effects[kind]) as [keyof ModuleProgressTable, 'now' | 'clear'][]) {
				(next as Record<string, unknown>)[column] = effect === 'now' ? ((next[column] as number | null | undefined) ?? at) : null;
			}
		}
		const after = before === 'completed' ? 'completed' : moduleStatus(event.module, factsOfRow(next));
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
		for (const kind of kinds) await insertEvent(trx, event, kind, at);
		await saveModuleProgress(trx, row, current !== undefined);
		if (before !== 'completed' && after === 'completed') {
			await insertEvent(trx, event, 'module_completed', at);
			await issueRecordIfEarned(trx, { userId: event.userId, cohortId: event.cohortId, courseSlug: event.courseSlug, at });
		}
		return { before, after };
	};
	return db.isTransaction ? write(db) : db.transaction().execute(write);
}
