// Every query of the dashboards: grouped reads over module_progress and progress_events, one
// query per figure and never one per person. Portable Kysely, no SQLite-only SQL.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Trainee } from '$lib/dashboards/types';
import type { ProgressRow, QuizAttempt } from './cohort';

interface AttemptOutcome {
	score: number | null;
	passed: boolean | null;
}

/**
 * Reads a quiz_attempted event's details. The quizzes domain writes them; anything missing or
 * malformed reads as unknown rather than as a failure.
 */
export function attemptOutcome(details: string): AttemptOutcome {
	let parsed: unknown;
	try {
		parsed = JSON.parse(details);
	} catch {
		return { score: null, passed: null };
	}
	if (typeof parsed !== 'object' || parsed === null) return { score: null, passed: null };
	const { score, passed } = parsed as Record<string, unknown>;
	return {
		score: typeof score === 'number' && Number.isFinite(score) && score >= 0 && score <= 100 ? score : null,
		passed: typeof passed === 'boolean' ? passed : null
	};
}

const traineeColumns = ['users.id', 'users.display_name as name', 'users.email', 'users.ministry', 'users.branch'] as const;

export async function cohortTrainees(db: Kysely<DB>, cohortId: string): Promise<Trainee[]> {
	return db
		.selectFrom('enrolments')
		.innerJoin('users', 'users.id', 'enrolments.user_id')
		.select(traineeColumns)
		.where('enrolments.cohort_id', '=', cohortId)
		.where('enrolments.role', '=', 'trainee')
		.orderBy('users.display_name')
		.execute();
}

export async function cohortTrainee(db: Kysely<DB>, cohortId: string, userId: string): Promise<Trainee | undefined> {
	return db
		.selectFrom('enrolments')
		.innerJoin('users', 'users.id', 'enrolments.user_id')
		.select(traineeColumns)
		.where('enrolments.cohort_id', '=', cohortId)
		.where('enrolments.user_id', '=', userId)
		.where('enrolments.role', '=', 'trainee')
		.executeTakeFirst();
}

const progressColumns = ['user_id', 'module_slug', 'status', 'revision_requested_at', 'completed_at'] as const;

export const cohortProgressQuery = (db: Kysely<DB>, cohortId: string) =>
	db.selectFrom('module_progress').select(progressColumns).where('cohort_id', '=', cohortId);

/** Every person's status in every module they have started, in one cohort. */
export async function cohortProgress(db: Kysely<DB>, cohortId: string): Promise<ProgressRow[]> {
	const rows = await cohortProgressQuery(db, cohortId).execute();
	return rows.map((r) => ({
		userId: r.user_id,
		moduleSlug: r.module_slug,
		status: r.status,
		revisionRequestedAt: r.revision_requested_at,
		completedAt: r.completed_at
	}));
}

/**
 * Each person's latest event that they made themselves. An instructor's review is recorded on
 * the trainee's row with the instructor as actor, so grouping by actor leaves it out.
 */
export const lastActivityQuery = (db: Kysely<DB>, cohortId: string) =>
	db
		.selectFrom('progress_events')
		.select('actor_id')
		.select((eb) => eb.fn.max('at').as('last_at'))
		.where('cohort_id', '=', cohortId)
		.where('actor_id', 'is not', null)
		.groupBy('actor_id');

export async function lastActivity(db: Kysely<DB>, cohortId: string): Promise<Map<string, number>> {
	const rows = await lastActivityQuery(db, cohortId).execute();
	return new Map(rows.map((r) => [r.actor_id!, Number(r.last_at)]));
}

export const quizAttemptsQuery = (db: Kysely<DB>, cohortId: string) =>
	db
		.selectFrom('progress_events')
		.select(['user_id', 'module_slug', 'at', 'details'])
		.where('cohort_id', '=', cohortId)
		.where('kind', '=', 'quiz_attempted')
		.orderBy('at');

/** Every submitted quiz attempt of a cohort (or of one person in it), with its score and outcome. */
export async function quizAttempts(db: Kysely<DB>, cohortId: string, userId?: string): Promise<QuizAttempt[]> {
	const rows = await quizAttemptsQuery(db, cohortId)
		.$if(userId !== undefined, (q) => q.where('user_id', '=', userId!))
		.execute();
	return rows.map((r) => ({ userId: r.user_id, moduleSlug: r.module_slug, at: r.at, ...attemptOutcome(r.details) }));
}

/**
 * The modules that have progress in any cohort of each course: the module list of a course no
 * longer in the catalog (or a synthetic one, as seed:scale makes).
 */
export async function recordedModules(db: Kysely<DB>, courseSlugs: string[]): Promise<Map<string, string[]>> {
	if (!courseSlugs.length) return new Map();
	const rows = await db
		.selectFrom('module_progress')
		.innerJoin('cohorts', 'cohorts.id', 'module_progress.cohort_id')
		.select(['cohorts.course_slug', 'module_progress.module_slug'])
		.distinct()
		.where('cohorts.course_slug', 'in', courseSlugs)
		.execute();
	const slugs = new Map<string, string[]>();
	for (const row of rows) slugs.set(row.course_slug, [...(slugs.get(row.course_slug) ?? []), row.module_slug]);
	return slugs;
}

/** One person's events in a cohort, newest first, with who made each. */
export async function timeline(db: Kysely<DB>, cohortId: string, userId: string, limit: number) {
	const rows = await db
		.selectFrom('progress_events')
		.leftJoin('users as actor', 'actor.id', 'progress_events.actor_id')
		.select([
			'progress_events.id',
			'progress_events.kind',
			'progress_events.module_slug',
			'progress_events.at',
			'progress_events.details',
			'progress_events.actor_id'
		])
		.select('actor.display_name as actor_name')
		.where('progress_events.cohort_id', '=', cohortId)
		.where('progress_events.user_id', '=', userId)
		.orderBy('progress_events.at', 'desc')
		// Events written in one step share a time: the consequence (a completion, a pass) is the newer.
		.orderBy((eb) =>
			eb.case().when('progress_events.kind', '=', 'module_completed').then(0).when('progress_events.kind', '=', 'quiz_passed').then(1).else(2).end()
		)
		.orderBy('progress_events.id')
		.limit(limit)
		.execute();
	return rows.map(({ details, ...event }) => ({
		...event,
		...(event.kind === 'quiz_attempted' ? attemptOutcome(details) : { score: null, passed: null }),
		submissionId: submissionOf(details)
	}));
}

/** The exercise submission an event is about (submitted, reviewed), when its details name one. */
function submissionOf(details: string): string | null {
	try {
		const parsed: unknown = JSON.parse(details);
		const id = typeof parsed === 'object' && parsed !== null ? (parsed as Record<string, unknown>).submissionId : undefined;
		return typeof id === 'string' && /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
	} catch {
		return null;
	}
}

/**
 * Trainees of each cohort who did something themselves since `since`. Asked per cohort (an IN
 * list) so that the plan is a range in each cohort's slice of the index, not a scan of all events.
 */
export const activeByCohortQuery = (db: Kysely<DB>, cohortIds: string[], since: number) =>
	db
		.selectFrom('progress_events')
		.select('cohort_id')
		.select((eb) => eb.fn.count<number>('user_id').distinct().as('active'))
		.where('cohort_id', 'in', cohortIds)
		.where('at', '>=', since)
		.whereRef('actor_id', '=', 'user_id')
		.groupBy('cohort_id');

export async function activeByCohort(db: Kysely<DB>, cohortIds: string[], since: number): Promise<Map<string, number>> {
	if (!cohortIds.length) return new Map();
	const rows = await activeByCohortQuery(db, cohortIds, since).execute();
	return new Map(rows.map((r) => [r.cohort_id, Number(r.active)]));
}

/**
 * How many trainees of each cohort completed how many modules (only those who completed any):
 * the overview's heaviest read. Asked per cohort (an IN list) to read each cohort's slice of the
 * index; grouped per person first and joined to the roster after, so that the roster is looked
 * up once per person rather than once per completed module.
 */
export const completionHistogramQuery = (db: Kysely<DB>, cohortIds: string[]) =>
	db
		.selectFrom((eb) =>
			eb
				.selectFrom('module_progress')
				.select(['cohort_id', 'user_id'])
				.select((e) => e.fn.countAll<number>().as('completed'))
				.where('cohort_id', 'in', cohortIds)
				.where('status', '=', 'completed')
				.groupBy(['cohort_id', 'user_id'])
				.as('per_person')
		)
		.innerJoin('enrolments', (join) =>
			join
				.onRef('enrolments.cohort_id', '=', 'per_person.cohort_id')
				.onRef('enrolments.user_id', '=', 'per_person.user_id')
				.on('enrolments.role', '=', 'trainee')
		)
		.select(['per_person.cohort_id', 'per_person.completed'])
		.select((eb) => eb.fn.countAll<number>().as('people'))
		.groupBy(['per_person.cohort_id', 'per_person.completed']);

export async function completionHistogram(db: Kysely<DB>, cohortIds: string[]): Promise<{ cohortId: string; completed: number; people: number }[]> {
	if (!cohortIds.length) return [];
	const rows = await completionHistogramQuery(db, cohortIds).execute();
	return rows.map((r) => ({ cohortId: r.cohort_id, completed: Number(r.completed), people: Number(r.people) }));
}

/** The completed modules of a manager's staff, in every cohort they learn in. */
export const staffCompletionsQuery = (db: Kysely<DB>, managerId: string) =>
	db
		.selectFrom('module_progress')
		.innerJoin('users', 'users.id', 'module_progress.user_id')
		.select(['module_progress.user_id', 'module_progress.cohort_id', 'module_progress.module_slug', 'module_progress.completed_at'])
		.where('users.manager_id', '=', managerId)
		.where('module_progress.status', '=', 'completed');

export async function staffCompletions(db: Kysely<DB>, managerId: string) {
	return staffCompletionsQuery(db, managerId).execute();
}

/** Each person's current (active) completion record per course, for a link to it. */
export async function currentCompletionRecords(db: Kysely<DB>, userIds: string[]): Promise<Map<string, string>> {
	if (!userIds.length) return new Map();
	const rows = await db
		.selectFrom('completion_records')
		.select(['id', 'user_id', 'course_slug', 'cycle'])
		.where('user_id', 'in', userIds)
		.where('status', '=', 'active')
		.orderBy('cycle')
		.execute();
	return new Map(rows.map((r) => [recordKey(r.user_id!, r.course_slug), r.id]));
}

export const recordKey = (userId: string, courseSlug: string) => `${userId}\u0000${courseSlug}`;

/** A person's status in each module of every cohort: standing only, nothing of their work. */
export async function personStatuses(db: Kysely<DB>, userId: string) {
	return db.selectFrom('module_progress').select(['cohort_id', 'module_slug', 'status']).where('user_id', '=', userId).execute();
}
