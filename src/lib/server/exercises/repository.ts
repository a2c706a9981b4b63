import type { Kysely, Selectable } from 'kysely';
import type { AnswerPost } from '../../exercises/answer';
import type { CheckResult } from '../../exercises/types';
import type { ReviewLevel, StoredPost } from '../../exercises/views';
import type { DB, ExerciseDraftsTable, ExerciseDrillAnswersTable, ExerciseReviewsTable, ExerciseSubmissionsTable, ReviewDecision } from '../db/schema';
import { newId } from '../ids';

// The JSON columns are read and written here only: the rest of the domain sees typed rows.
type Decoded<Row, Json> = Omit<Row, keyof Json> & Json;
export type DraftRow = Decoded<Selectable<ExerciseDraftsTable>, { posts: AnswerPost[] }>;
export type SubmissionRow = Decoded<Selectable<ExerciseSubmissionsTable>, { posts: StoredPost[]; check_results: CheckResult[] }>;
/** Without a language: written before the choice existed, or in both (a bilingual pair). */
export type NewSubmission = Omit<SubmissionRow, 'id' | 'version' | 'language'> & { language?: string | null };
export type ReviewRow = Decoded<Selectable<ExerciseReviewsTable>, { levels: ReviewLevel[] }>;
export type DrillAnswerRow = Decoded<Selectable<ExerciseDrillAnswersTable>, { check_results: CheckResult[] }>;

const draftRow = (row: Selectable<ExerciseDraftsTable>): DraftRow => ({ ...row, posts: JSON.parse(row.posts) as AnswerPost[] });
const submissionRow = (row: Selectable<ExerciseSubmissionsTable>): SubmissionRow => ({
	...row,
	posts: JSON.parse(row.posts) as StoredPost[],
	check_results: JSON.parse(row.check_results) as CheckResult[]
});
const reviewRow = (row: Selectable<ExerciseReviewsTable>): ReviewRow => ({ ...row, levels: JSON.parse(row.levels) as ReviewLevel[] });
const drillAnswerRow = (row: Selectable<ExerciseDrillAnswersTable>): DrillAnswerRow => ({
	...row,
	check_results: JSON.parse(row.check_results) as CheckResult[]
});

export interface DraftKey {
	cohortId: string;
	userId: string;
	moduleSlug: string;
	slot: string;
}

export async function getDraft(db: Kysely<DB>, key: DraftKey): Promise<DraftRow | undefined> {
	const row = await db
		.selectFrom('exercise_drafts')
		.selectAll()
		.where('cohort_id', '=', key.cohortId)
		.where('user_id', '=', key.userId)
		.where('module_slug', '=', key.moduleSlug)
		.where('slot', '=', key.slot)
		.executeTakeFirst();
	return row && draftRow(row);
}

/**
 * Keeps the newest draft: a save that left the browser before the stored one is ignored ('stale').
 * A save without a language (the autosave) keeps the language the draft has.
 */
export async function saveDraft(
	db: Kysely<DB>,
	key: DraftKey,
	draft: { platform: string; posts: AnswerPost[]; clientSavedAt: number; language?: string },
	now: number
): Promise<'saved' | 'stale'> {
	const posts = JSON.stringify(draft.posts);
	const language = draft.language === undefined ? {} : { language: draft.language };
	const result = await db
		.insertInto('exercise_drafts')
		.values({
			id: newId(),
			cohort_id: key.cohortId,
			user_id: key.userId,
			module_slug: key.moduleSlug,
			slot: key.slot,
			platform: draft.platform,
			posts,
			client_saved_at: draft.clientSavedAt,
			created_at: now,
			updated_at: now,
			language: draft.language ?? null
		})
		.onConflict((oc) =>
			oc
				.columns(['cohort_id', 'user_id', 'module_slug', 'slot'])
				.doUpdateSet({ platform: draft.platform, posts, client_saved_at: draft.clientSavedAt, updated_at: now, ...language })
				.where('exercise_drafts.client_saved_at', '<=', draft.clientSavedAt)
		)
		.executeTakeFirst();
	return Number(result.numInsertedOrUpdatedRows ?? 0) > 0 ? 'saved' : 'stale';
}

export async function deleteDrafts(db: Kysely<DB>, key: Omit<DraftKey, 'slot'>, slot: { exact: string } | { prefix: string }) {
	let query = db
		.deleteFrom('exercise_drafts')
		.where('cohort_id', '=', key.cohortId)
		.where('user_id', '=', key.userId)
		.where('module_slug', '=', key.moduleSlug);
	query = 'exact' in slot ? query.where('slot', '=', slot.exact) : query.where('slot', 'like', `${slot.prefix}%`);
	await query.execute();
}

export async function draftsWithPrefix(db: Kysely<DB>, key: Omit<DraftKey, 'slot'>, prefix: string): Promise<DraftRow[]> {
	const rows = await db
		.selectFrom('exercise_drafts')
		.selectAll()
		.where('cohort_id', '=', key.cohortId)
		.where('user_id', '=', key.userId)
		.where('module_slug', '=', key.moduleSlug)
		.where('slot', 'like', `${prefix}%`)
		.execute();
	return rows.map(draftRow);
}

/** A person's submissions for one module, newest first. */
export async function submissionsOf(db: Kysely<DB>, cohortId: string, userId: string, moduleSlug: string): Promise<SubmissionRow[]> {
	const rows = await db
		.selectFrom('exercise_submissions')
		.selectAll()
		.where('cohort_id', '=', cohortId)
		.where('user_id', '=', userId)
		.where('module_slug', '=', moduleSlug)
		.orderBy('version', 'desc')
		.execute();
	return rows.map(submissionRow);
}

export async function getSubmission(db: Kysely<DB>, id: string): Promise<SubmissionRow | undefined> {
	const row = await db.selectFrom('exercise_submissions').selectAll().where('id', '=', id).executeTakeFirst();
	return row && submissionRow(row);
}

export async function insertSubmission(db: Kysely<DB>, row: NewSubmission): Promise<{ id: string; version: number }> {
	const { latest } = await db
		.selectFrom('exercise_submissions')
		.select((eb) => eb.fn.max<number | null>('version').as('latest'))
		.where('cohort_id', '=', row.cohort_id)
		.where('user_id', '=', row.user_id)
		.where('module_slug', '=', row.module_slug)
		.executeTakeFirstOrThrow();
	const inserted = { id: newId(), version: Number(latest ?? 0) + 1 };
	await db
		.insertInto('exercise_submissions')
		.values({ ...row, ...inserted, language: row.language ?? null, posts: JSON.stringify(row.posts), check_results: JSON.stringify(row.check_results) })
		.execute();
	return inserted;
}

/** Every review of these submissions, oldest first. */
export async function reviewsOf(db: Kysely<DB>, submissionIds: string[]): Promise<ReviewRow[]> {
	if (!submissionIds.length) return [];
	const rows = await db.selectFrom('exercise_reviews').selectAll().where('submission_id', 'in', submissionIds).orderBy('created_at').orderBy('id').execute();
	return rows.map(reviewRow);
}

export async function insertReview(db: Kysely<DB>, row: Omit<ReviewRow, 'id'>): Promise<string> {
	const id = newId();
	await db
		.insertInto('exercise_reviews')
		.values({ id, ...row, levels: JSON.stringify(row.levels) })
		.execute();
	return id;
}

/** The run in progress: the latest one no submission has closed yet. */
export async function openRun(db: Kysely<DB>, cohortId: string, userId: string, moduleSlug: string) {
	return db
		.selectFrom('exercise_drill_runs as run')
		.selectAll('run')
		.where('run.cohort_id', '=', cohortId)
		.where('run.user_id', '=', userId)
		.where('run.module_slug', '=', moduleSlug)
		.where((eb) => eb.not(eb.exists(eb.selectFrom('exercise_submissions as s').select('s.id').whereRef('s.drill_run_id', '=', 'run.id'))))
		.orderBy('run.started_at', 'desc')
		.executeTakeFirst();
}

export async function getRun(db: Kysely<DB>, id: string) {
	return db.selectFrom('exercise_drill_runs').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function insertRun(
	db: Kysely<DB>,
	row: {
		cohortId: string;
		userId: string;
		courseSlug: string;
		moduleSlug: string;
		contentVersion: string;
		startedAt: number;
		timeScale: number;
		language: string;
	}
) {
	const id = newId();
	await db
		.insertInto('exercise_drill_runs')
		.values({
			id,
			cohort_id: row.cohortId,
			user_id: row.userId,
			course_slug: row.courseSlug,
			module_slug: row.moduleSlug,
			content_version: row.contentVersion,
			started_at: row.startedAt,
			time_scale: row.timeScale,
			language: row.language
		})
		.execute();
	return id;
}

export async function answersOf(db: Kysely<DB>, runId: string): Promise<DrillAnswerRow[]> {
	const rows = await db.selectFrom('exercise_drill_answers').selectAll().where('run_id', '=', runId).orderBy('delivered_at').execute();
	return rows.map(drillAnswerRow);
}

export async function insertAnswer(db: Kysely<DB>, row: Omit<DrillAnswerRow, 'id'>) {
	await db
		.insertInto('exercise_drill_answers')
		.values({ id: newId(), ...row, check_results: JSON.stringify(row.check_results) })
		.execute();
}

export type QueueStatus = 'awaiting_review' | ReviewDecision;

/**
 * A cohort's review queue: each trainee's latest submission per module with its latest
 * decision, oldest first. Earlier versions are reached from the submission's page.
 */
export async function reviewQueue(db: Kysely<DB>, cohortId: string) {
	const rows = await db
		.selectFrom('exercise_submissions as s')
		.innerJoin('users as u', 'u.id', 's.user_id')
		.select(['s.id', 's.user_id', 's.module_slug', 's.version', 's.submitted_at', 's.check_results', 'u.display_name'])
		.select((eb) =>
			eb
				.selectFrom('exercise_reviews as r')
				.select('r.decision')
				.whereRef('r.submission_id', '=', 's.id')
				.orderBy('r.created_at', 'desc')
				.orderBy('r.id', 'desc')
				.limit(1)
				.as('decision')
		)
		.where('s.cohort_id', '=', cohortId)
		.where((eb) =>
			eb(
				's.version',
				'=',
				eb
					.selectFrom('exercise_submissions as later')
					.select((l) => l.fn.max('later.version').as('v'))
					.whereRef('later.cohort_id', '=', 's.cohort_id')
					.whereRef('later.user_id', '=', 's.user_id')
					.whereRef('later.module_slug', '=', 's.module_slug')
			)
		)
		.orderBy('s.submitted_at')
		.execute();
	return rows.map((row) => ({
		...row,
		check_results: JSON.parse(row.check_results) as CheckResult[],
		status: (row.decision ?? 'awaiting_review') as QueueStatus
	}));
}

export async function awaitingReviewCount(db: Kysely<DB>, cohortId: string): Promise<number> {
	return (await reviewQueue(db, cohortId)).filter((row) => row.status === 'awaiting_review').length;
}

export async function displayName(db: Kysely<DB>, userId: string): Promise<string> {
	const row = await db.selectFrom('users').select('display_name').where('id', '=', userId).executeTakeFirstOrThrow();
	return row.display_name;
}

/**
 * Submissions waiting for a first review (the latest version of each, with no review yet), per
 * cohort, with the oldest one's time: in the cohorts a person teaches, or in every cohort.
 */
export async function awaitingReviewByCohort(db: Kysely<DB>, scope: { instructorId: string } | 'all') {
	let query = db
		.selectFrom('exercise_submissions as s')
		.select('s.cohort_id')
		.select((eb) => [eb.fn.countAll<number>().as('count'), eb.fn.min('s.submitted_at').as('oldest')])
		.where((eb) => eb.not(eb.exists(eb.selectFrom('exercise_reviews as r').select('r.id').whereRef('r.submission_id', '=', 's.id'))))
		.where((eb) =>
			eb.not(
				eb.exists(
					eb
						.selectFrom('exercise_submissions as later')
						.select('later.id')
						.whereRef('later.cohort_id', '=', 's.cohort_id')
						.whereRef('later.user_id', '=', 's.user_id')
						.whereRef('later.module_slug', '=', 's.module_slug')
						.whereRef('later.version', '>', 's.version')
				)
			)
		)
		.groupBy('s.cohort_id');
	if (scope !== 'all') {
		const taught = db
			.selectFrom('enrolments')
			.select('enrolments.cohort_id')
			.where('enrolments.user_id', '=', scope.instructorId)
			.where('enrolments.role', '=', 'instructor');
		query = query.where('s.cohort_id', 'in', taught);
	}
	const rows = await query.execute();
	return rows.map((row) => ({ cohortId: row.cohort_id, count: Number(row.count), oldest: Number(row.oldest) }));
}

/** Whether the person teaches any cohort. */
export async function teachesAnyCohort(db: Kysely<DB>, userId: string): Promise<boolean> {
	const row = await db.selectFrom('enrolments').select('cohort_id').where('user_id', '=', userId).where('role', '=', 'instructor').executeTakeFirst();
	return row !== undefined;
}
