import type { Kysely, Selectable } from 'kysely';
import type { DB, QuizAttemptsTable } from '../db/schema';
import { newId } from '../ids';
import type { Layout, QuestionResult, Responses } from './grade';
import { GRACE_MS } from './rules';

/** One person's quiz in one cohort. */
export interface QuizKey {
	cohortId: string;
	userId: string;
	moduleSlug: string;
}

/** An attempt with its JSON columns read: decoded here, once, for every caller. */
export interface AttemptRow extends Omit<Selectable<QuizAttemptsTable>, 'layout' | 'responses' | 'results'> {
	layout: Layout;
	responses: Responses;
	results: QuestionResult[] | null;
}

const resultsOf = (results: string | null): QuestionResult[] | null => (results === null ? null : (JSON.parse(results) as QuestionResult[]));

const decodeAttempt = (row: Selectable<QuizAttemptsTable>): AttemptRow => ({
	...row,
	layout: JSON.parse(row.layout) as Layout,
	responses: JSON.parse(row.responses) as Responses,
	results: resultsOf(row.results)
});

export async function attemptsOf(db: Kysely<DB>, key: QuizKey): Promise<AttemptRow[]> {
	const rows = await db
		.selectFrom('quiz_attempts')
		.selectAll()
		.where('cohort_id', '=', key.cohortId)
		.where('user_id', '=', key.userId)
		.where('module_slug', '=', key.moduleSlug)
		.orderBy('attempt_number')
		.execute();
	return rows.map(decodeAttempt);
}

export async function getAttempt(db: Kysely<DB>, id: string): Promise<AttemptRow | undefined> {
	const row = await db.selectFrom('quiz_attempts').selectAll().where('id', '=', id).executeTakeFirst();
	return row && decodeAttempt(row);
}

export async function extraAttemptCount(db: Kysely<DB>, key: QuizKey): Promise<number> {
	const { count } = await db
		.selectFrom('quiz_extra_attempts')
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('cohort_id', '=', key.cohortId)
		.where('user_id', '=', key.userId)
		.where('module_slug', '=', key.moduleSlug)
		.executeTakeFirstOrThrow();
	return Number(count);
}

export async function insertAttempt(
	db: Kysely<DB>,
	values: QuizKey & { courseSlug: string; number: number; contentVersion: string; layout: unknown; startedAt: number; deadlineAt: number | null }
): Promise<string> {
	const id = newId();
	await db
		.insertInto('quiz_attempts')
		.values({
			id,
			cohort_id: values.cohortId,
			user_id: values.userId,
			course_slug: values.courseSlug,
			module_slug: values.moduleSlug,
			attempt_number: values.number,
			content_version: values.contentVersion,
			layout: JSON.stringify(values.layout),
			responses: '{}',
			started_at: values.startedAt,
			deadline_at: values.deadlineAt
		})
		.execute();
	return id;
}

/** Saves answers as a draft, only while the attempt is open and its time (with grace) not up. */
export async function saveDraft(db: Kysely<DB>, id: string, responses: unknown, now: number): Promise<boolean> {
	const result = await db
		.updateTable('quiz_attempts')
		.set({ responses: JSON.stringify(responses), saved_at: now })
		.where('id', '=', id)
		.where('submitted_at', 'is', null)
		.where((eb) => eb.or([eb('deadline_at', 'is', null), eb('deadline_at', '>=', now - GRACE_MS)]))
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/**
 * Closes the attempt with its result. Conditional on it being open, so of two submissions at
 * once exactly one counts: the other updates nothing and returns false.
 */
export async function markSubmitted(
	db: Kysely<DB>,
	id: string,
	result: { responses: unknown; score: number; passed: boolean; results: unknown; now: number }
): Promise<boolean> {
	const updated = await db
		.updateTable('quiz_attempts')
		.set({
			responses: JSON.stringify(result.responses),
			score: result.score,
			passed: result.passed ? 1 : 0,
			results: JSON.stringify(result.results),
			submitted_at: result.now
		})
		.where('id', '=', id)
		.where('submitted_at', 'is', null)
		.executeTakeFirst();
	return Number(updated.numUpdatedRows) === 1;
}

export async function insertExtraAttempt(db: Kysely<DB>, values: QuizKey & { courseSlug: string; grantedBy: string; reason: string; at: number }) {
	await db
		.insertInto('quiz_extra_attempts')
		.values({
			id: newId(),
			cohort_id: values.cohortId,
			user_id: values.userId,
			course_slug: values.courseSlug,
			module_slug: values.moduleSlug,
			granted_by: values.grantedBy,
			reason: values.reason,
			granted_at: values.at
		})
		.execute();
}

export async function extraAttemptsOf(db: Kysely<DB>, key: QuizKey) {
	return db
		.selectFrom('quiz_extra_attempts')
		.leftJoin('users', 'users.id', 'quiz_extra_attempts.granted_by')
		.select(['quiz_extra_attempts.id', 'quiz_extra_attempts.reason', 'quiz_extra_attempts.granted_at', 'users.display_name as granted_by_name'])
		.where('quiz_extra_attempts.cohort_id', '=', key.cohortId)
		.where('quiz_extra_attempts.user_id', '=', key.userId)
		.where('quiz_extra_attempts.module_slug', '=', key.moduleSlug)
		.orderBy('quiz_extra_attempts.granted_at')
		.execute();
}

/** Every attempt at one quiz in a cohort, finished or not, in the order taken. */
export async function cohortAttempts(db: Kysely<DB>, cohortId: string, moduleSlug: string) {
	const rows = await db
		.selectFrom('quiz_attempts')
		.select(['id', 'user_id', 'attempt_number', 'started_at', 'submitted_at', 'score', 'passed', 'results'])
		.where('cohort_id', '=', cohortId)
		.where('module_slug', '=', moduleSlug)
		.orderBy('user_id')
		.orderBy('attempt_number')
		.execute();
	return rows.map((row) => ({ ...row, results: resultsOf(row.results) }));
}

export async function cohortExtraAttemptCounts(db: Kysely<DB>, cohortId: string, moduleSlug: string): Promise<Map<string, number>> {
	const rows = await db
		.selectFrom('quiz_extra_attempts')
		.select(['user_id'])
		.select((eb) => eb.fn.countAll<number>().as('count'))
		.where('cohort_id', '=', cohortId)
		.where('module_slug', '=', moduleSlug)
		.groupBy('user_id')
		.execute();
	return new Map(rows.map((r) => [r.user_id, Number(r.count)]));
}

/** A cohort's trainees by name, in the reader's alphabetical order (SQLite would put É after Z). */
export async function cohortTrainees(db: Kysely<DB>, cohortId: string) {
	const rows = await db
		.selectFrom('enrolments')
		.innerJoin('users', 'users.id', 'enrolments.user_id')
		.select(['users.id', 'users.display_name', 'users.email'])
		.where('enrolments.cohort_id', '=', cohortId)
		.where('enrolments.role', '=', 'trainee')
		.execute();
	return rows.sort((a, b) => a.display_name.localeCompare(b.display_name, 'fr-CA') || a.email.localeCompare(b.email));
}
