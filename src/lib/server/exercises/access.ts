import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { DB } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import type { Course, CourseModule } from '../content/types';
import { viewerOf } from '../courses/player';
import { openedModules } from '../progress/unlock';
import { missingPrerequisites } from '../progress/status';
import type { Locale } from '$lib/paraglide/runtime';
import { scenarioOf } from './catalog';
import { getDraft, reviewsOf, submissionsOf } from './repository';
import { defaultLanguage } from './scenario';
import type { ExerciseState } from '../../exercises/views';
import { stateOf, submissionView } from './views';
import type { Scenario } from './scenario';

export interface TraineeExercise {
	cohortId: string;
	userId: string;
	course: Course;
	module: CourseModule;
	scenario: Scenario;
}

/**
 * The module's exercise for a trainee who may work on it now: enrolled, and past its prerequisites.
 * Its scenario is in the language the trainee writes in (see writingLanguage).
 */
export async function traineeExercise(db: Kysely<DB>, user: SessionUser, course: Course, module: CourseModule): Promise<TraineeExercise> {
	const { languages } = scenarioOf(module);
	const viewer = await viewerOf(db, user, course);
	if (viewer.kind !== 'trainee') error(403, m.exercise_staff_cannot_submit());
	if (missingPrerequisites(module.requires, await openedModules(db, course, viewer.cohortId, user.id)).length) error(409, m.exercise_locked());
	const language = await writingLanguage(db, { cohortId: viewer.cohortId, userId: user.id, moduleSlug: module.slug }, languages, user.preferredLanguage);
	return { cohortId: viewer.cohortId, userId: user.id, course, module, scenario: scenarioOf(module, language) };
}

/**
 * The language the trainee writes the exercise's post in: the one they chose (kept with the draft),
 * else the one of their latest submission (a revision stays in its language), else their own.
 */
export async function writingLanguage(
	db: Kysely<DB>,
	key: { cohortId: string; userId: string; moduleSlug: string },
	offered: Locale[],
	preferred: Locale
): Promise<Locale> {
	const draft = await getDraft(db, { ...key, slot: '' });
	const chosen = draft?.language ?? (await submissionsOf(db, key.cohortId, key.userId, key.moduleSlug))[0]?.language ?? preferred;
	return defaultLanguage(offered, chosen === 'fr' ? 'fr' : 'en');
}

/** Where the trainee's exercise stands; drafts and submissions are accepted only while it is open or sent back. */
export async function currentState(db: Kysely<DB>, ex: TraineeExercise): Promise<ExerciseState> {
	const rows = await submissionsOf(db, ex.cohortId, ex.userId, ex.module.slug);
	const latest = rows[0];
	return stateOf(latest && submissionView(latest, await reviewsOf(db, [latest.id]), null));
}

export async function requireWritable(db: Kysely<DB>, ex: TraineeExercise): Promise<void> {
	const state = await currentState(db, ex);
	if (state === 'waiting') error(409, m.exercise_waiting_for_review());
	if (state === 'approved') error(409, m.exercise_already_approved());
}
