import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { newId } from '../ids';

/** True when the database has no people yet. */
export async function hasNoUsers(db: Kysely<DB>): Promise<boolean> {
	const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
	return !row;
}

/** A cohort with its instructor and trainees, as the demo seeds it; returns its id. */
export async function insertCohortWithPeople(
	db: Kysely<DB>,
	cohort: { name: string; nameFr?: string; courseSlug: string; startsOn: string; endsOn: string; createdBy: string },
	people: { instructorId: string; traineeIds: string[] },
	now: number
): Promise<string> {
	const id = newId();
	await db
		.insertInto('cohorts')
		.values({
			id,
			name: cohort.name,
			name_fr: cohort.nameFr ?? null,
			course_slug: cohort.courseSlug,
			starts_on: cohort.startsOn,
			ends_on: cohort.endsOn,
			created_by: cohort.createdBy,
			created_at: now
		})
		.execute();
	await db
		.insertInto('enrolments')
		.values([
			{ cohort_id: id, user_id: people.instructorId, role: 'instructor', created_at: now },
			...people.traineeIds.map((userId) => ({ cohort_id: id, user_id: userId, role: 'trainee' as const, created_at: now }))
		])
		.execute();
	return id;
}

/** Who the demo's story is played for: the demo cohort, its instructor and the demo trainees, where present. */
export async function demoCast(db: Kysely<DB>, cohortName: string, instructorEmail: string, traineeEmailPattern: string) {
	const cohort = await db.selectFrom('cohorts').select('id').where('name', '=', cohortName).executeTakeFirst();
	const instructor = await db.selectFrom('users').select(['id', 'display_name']).where('email', '=', instructorEmail).executeTakeFirst();
	const trainees = await db.selectFrom('users').select(['id', 'email']).where('email', 'like', traineeEmailPattern).execute();
	return { cohort, instructor, trainees };
}

/** A quiz attempt already submitted and graded, as the demo's story needs it. */
export async function insertGradedQuizAttempt(
	db: Kysely<DB>,
	attempt: {
		cohortId: string;
		userId: string;
		courseSlug: string;
		moduleSlug: string;
		number: number;
		contentVersion: string;
		startedAt: number;
		submittedAt: number;
		score: number;
		passed: boolean;
		/** Each question's id and the credit it earned, as grading stores them (the statistics read these). */
		results: { id: string; credit: number }[];
	}
): Promise<void> {
	await db
		.insertInto('quiz_attempts')
		.values({
			id: newId(),
			cohort_id: attempt.cohortId,
			user_id: attempt.userId,
			course_slug: attempt.courseSlug,
			module_slug: attempt.moduleSlug,
			attempt_number: attempt.number,
			content_version: attempt.contentVersion,
			layout: '[]',
			responses: '{}',
			started_at: attempt.startedAt,
			saved_at: attempt.submittedAt,
			deadline_at: null,
			submitted_at: attempt.submittedAt,
			score: attempt.score,
			passed: attempt.passed ? 1 : 0,
			results: JSON.stringify(attempt.results)
		})
		.execute();
}
