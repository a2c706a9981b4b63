import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';
import type { SessionUser } from '$lib/server/auth/sessions';
import { createCohort } from '$lib/server/cohorts/service';
import { getCourse } from '$lib/server/content/catalog';
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { recordProgress } from '$lib/server/progress/events';
import { createUser } from './db';

export const RECORDS_COURSE = 'records-course';

/** The test courses, and a signing key of the file's own in a temporary folder, removed after. */
export function useTestCoursesAndIssuerKey(): void {
	let keyDir: string;
	beforeAll(async () => {
		process.env.FIXTURE_COURSES = 'true';
		keyDir = await mkdtemp(join(tmpdir(), 'bootcamp-key-'));
		process.env.ISSUER_KEY_PATH = join(keyDir, 'issuer-key.json');
	});
	afterAll(() => rm(keyDir, { recursive: true, force: true }));
}

/** A trainee (with a manager) enrolled in a new cohort of the course, and an admin. */
export async function recordsWorld(db: Kysely<DB>, courseSlug = RECORDS_COURSE) {
	const managerId = await createUser(db, 'manager@ontario.ca', { name: 'Morgan Manager' });
	const userId = await createUser(db, 'lea@ontario.ca', { name: 'Léa Côté-Tremblay', manager_id: managerId, preferred_language: 'fr' });
	const adminId = await createUser(db, 'admin@ontario.ca', { name: 'Alex Admin', is_admin: 1 });
	const cohortId = await enrolIn(db, userId, adminId, courseSlug, 'Cohorte d’automne');
	const sessionUser = (id: string, email: string, extra: Partial<SessionUser> = {}): SessionUser => ({
		id,
		email,
		displayName: email,
		preferredLanguage: 'en',
		isAdmin: false,
		isManager: false,
		...extra
	});
	return {
		userId,
		managerId,
		adminId,
		cohortId,
		trainee: sessionUser(userId, 'lea@ontario.ca'),
		manager: sessionUser(managerId, 'manager@ontario.ca', { isManager: true }),
		admin: sessionUser(adminId, 'admin@ontario.ca', { isAdmin: true })
	};
}

export async function enrolIn(db: Kysely<DB>, userId: string, adminId: string, courseSlug: string, name: string, startsOn = '2026-11-01') {
	const cohortId = await createCohort(db, { name, courseSlug, startsOn, endsOn: '2027-12-31' }, adminId);
	await db.insertInto('enrolments').values({ cohort_id: cohortId, user_id: userId, role: 'trainee', created_at: Date.now() }).execute();
	return cohortId;
}

/**
 * Does whatever the module asks, as the trainee and their instructor would: a passed quiz
 * (with its score), an approved exercise, or "mark as complete".
 */
export async function finishModule(
	db: Kysely<DB>,
	who: { userId: string; cohortId: string },
	courseSlug: string,
	moduleSlug: string,
	at = Date.now(),
	score = 100
) {
	const module = getCourse(courseSlug)!.modules.find((m) => m.slug === moduleSlug)!;
	const requirements = { hasQuiz: module.quizSource !== null, hasExercise: module.exerciseSource !== null };
	const event = { userId: who.userId, cohortId: who.cohortId, courseSlug, module: { slug: module.slug, version: module.version, ...requirements } };
	if (!requirements.hasQuiz && !requirements.hasExercise) return recordProgress(db, { ...event, kind: 'module_marked_complete' }, at);
	if (requirements.hasQuiz) await recordProgress(db, { ...event, kind: 'quiz_passed', details: { score } }, at);
	if (requirements.hasExercise) await recordProgress(db, { ...event, kind: 'exercise_approved' }, at);
}

export async function finishCourse(db: Kysely<DB>, who: { userId: string; cohortId: string }, courseSlug = RECORDS_COURSE, at = Date.now()) {
	for (const module of getCourse(courseSlug)!.modules) await finishModule(db, who, courseSlug, module.slug, at);
}

export const recordsOf = (db: Kysely<DB>, userId: string) =>
	db.selectFrom('completion_records').selectAll().where('user_id', '=', userId).orderBy('cycle').execute();
