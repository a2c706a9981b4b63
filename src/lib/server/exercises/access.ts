import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { DB } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import type { Course, CourseModule } from '../content/types';
import { viewerOf } from '../courses/player';
import { openedModules } from '../progress/unlock';
import { missingPrerequisites } from '../progress/status';
import { scenarioOf } from './catalog';
import { reviewsOf, submissionsOf } from './repository';
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

/** The module's exercise for a trainee who may work on it now: enrolled, and past its prerequisites. */
export async function traineeExercise(db: Kysely<DB>, user: SessionUser, course: Course, module: CourseModule): Promise<TraineeExercise> {
	const scenario = scenarioOf(module);
	const viewer = await viewerOf(db, user, course);
	if (viewer.kind !== 'trainee') error(403, m.exercise_staff_cannot_submit());
	if (missingPrerequisites(module.requires, await openedModules(db, course, viewer.cohortId, user.id)).length) error(409, m.exercise_locked());
	return { cohortId: viewer.cohortId, userId: user.id, course, module, scenario };
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
