import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { DB } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import type { Course, CourseModule } from '../content/types';
import type { FormErrors } from '../http/forms';
import { hitLimit } from '../records/rate-limit';
import type { Answer } from '../../exercises/answer';
import type { CheckResult } from '../../exercises/types';
import { requireWritable, traineeExercise } from './access';
import { scenarioOf } from './catalog';
import { liveResults } from './check-answer';
import { parseDrillSlot } from './drill-service';
import { draftRequestSchema, validateAnswer } from './form';
import * as repo from './repository';
import { shapeOf } from './views';

/** The composer's request: the answer as it stands, and the drill inject it answers ('' outside a drill). */
export const liveChecksRequestSchema = draftRequestSchema.omit({ clientSavedAt: true });

/**
 * Requests per trainee: the composer asks once per pause in typing (600 ms), so even a fast typist
 * stays far below two a second; a script hammering the checks, or probing for a hidden check's
 * phrases, is slowed down. Kept in the database, like the verification pages' limit.
 */
export const LIVE_CHECKS_LIMIT = { name: 'live-checks', limit: 120, windowMs: 60_000 };

export type LiveChecksResult =
	| { ok: true; results: CheckResult[] }
	| { ok: false; errors: FormErrors; retryAfterSeconds?: undefined }
	| { ok: false; retryAfterSeconds: number; errors?: undefined };

/**
 * The checks only the server can run (the scenario's hidden checks, the dictionary checks) on the
 * text the trainee has so far, for the trainee who may answer this exercise now, and only them.
 */
export async function liveChecks(
	db: Kysely<DB>,
	user: SessionUser,
	course: Course,
	module: CourseModule,
	input: { answer: Answer; slot: string },
	now = Date.now()
): Promise<LiveChecksResult> {
	const ex = await traineeExercise(db, user, course, module);
	await requireWritable(db, ex);
	const limit = await hitLimit(db, LIVE_CHECKS_LIMIT, user.id, now);
	if (!limit.allowed) return { ok: false, retryAfterSeconds: limit.retryAfterSeconds };

	let scenario = ex.scenario;
	let shape = shapeOf(scenario);
	let publicReply = scenario.task === 'reply';
	if (input.slot !== '') {
		const target = parseDrillSlot(input.slot);
		const open = await repo.openRun(db, ex.cohortId, user.id, module.slug);
		const inject = scenario.drill?.injects.find((i) => i.id === target?.injectId);
		if (!target || !open || open.id !== target.runId || !inject) error(404, m.drill_run_not_found());
		// A drill answer is checked in the run's language.
		scenario = scenarioOf(module, open.language === 'fr' ? 'fr' : 'en');
		shape = { ...shapeOf(scenario), task: 'drill', images: 0 };
		publicReply = inject.respond === 'public_reply';
	}
	const valid = validateAnswer(shape, scenario.platforms, input.answer);
	if (!valid.ok) return valid;
	return { ok: true, results: liveResults(scenario, shape, input.answer, publicReply) };
}
