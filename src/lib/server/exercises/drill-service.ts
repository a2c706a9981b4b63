import { error } from '@sveltejs/kit';
import type { Kysely, Selectable } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { DB, ExerciseDrillRunsTable } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import type { Course, CourseModule, Locale } from '../content/types';
import { progressModule, recordProgress } from '../progress/events';
import { CHECKS_VERSION } from '../../exercises/registry';
import type { CheckReport } from '../../exercises/types';
import type { FormErrors } from '../http/forms';
import { requireWritable, traineeExercise, type TraineeExercise } from './access';
import { scenarioOf } from './catalog';
import { checkAnswer } from './check-answer';
import { deliveredAt, drillTimeScale, schedule, standardMs, type Run } from './drill';
import { validateAnswer } from './form';
import * as repo from './repository';
import type { StoredPost } from '../../exercises/views';
import { shapeOf, timeline } from './views';

export const drillSlot = (runId: string, injectId: string) => `drill:${runId}:${injectId}`;

export function parseDrillSlot(slot: string): { runId: string; injectId: string } | null {
	const match = /^drill:([a-z2-7]{24}):([a-z0-9_-]{1,40})$/.exec(slot);
	return match ? { runId: match[1], injectId: match[2] } : null;
}

const asRun = (row: Selectable<ExerciseDrillRunsTable>): Run => ({ startedAt: row.started_at, timeScale: row.time_scale });
const runLanguage = (row: Selectable<ExerciseDrillRunsTable>): Locale => (row.language === 'fr' ? 'fr' : 'en');
/** The drill as it runs: its messages in the run's language (one of them, by design, in the other). */
const drillOf = (module: CourseModule, row: Selectable<ExerciseDrillRunsTable>) => scenarioOf(module, runLanguage(row));

/** The run in progress as the trainee sees it now: what has arrived, their answers and drafts, what is still to come. */
export async function drillPanel(db: Kysely<DB>, ex: Pick<TraineeExercise, 'cohortId' | 'userId' | 'module' | 'scenario'>, now: number) {
	const row = await repo.openRun(db, ex.cohortId, ex.userId, ex.module.slug);
	const drill = row && drillOf(ex.module, row).drill;
	if (!row || !drill) return { run: null };
	const run = asRun(row);
	const injects = drill.injects;
	const answers = await repo.answersOf(db, row.id);
	const drafts = await repo.draftsWithPrefix(db, { cohortId: ex.cohortId, userId: ex.userId, moduleSlug: ex.module.slug }, drillSlot(row.id, ''));
	const draftOf = (injectId: string) => {
		const draft = drafts.find((d) => d.slot === drillSlot(row.id, injectId));
		return draft?.posts[0]?.text ?? '';
	};
	const { upcoming, nextInMs } = schedule(run, injects, now);
	return {
		run: {
			id: row.id,
			startedAt: row.started_at,
			timeScale: row.time_scale,
			language: runLanguage(row),
			entries: timeline(run, injects, answers, now).map((entry) => ({ ...entry, draft: entry.answer ? '' : draftOf(entry.id) })),
			upcoming,
			nextInMs
		}
	};
}

/** The debrief of a finished run: each inject, the answer, its checks and its response time. */
export async function debriefOf(db: Kysely<DB>, module: CourseModule, runId: string | null) {
	if (!runId) return null;
	const row = await repo.getRun(db, runId);
	const drill = row && drillOf(module, row).drill;
	if (!row || !drill) return null;
	const answers = await repo.answersOf(db, runId);
	// Every inject, delivered or not by the time the run closed.
	return { timeScale: row.time_scale, entries: timeline(asRun(row), drill.injects, answers, Number.MAX_SAFE_INTEGER) };
}

async function ownOpenRun(db: Kysely<DB>, ex: TraineeExercise, runId: string) {
	const row = await repo.getRun(db, runId);
	if (!row || row.user_id !== ex.userId || row.cohort_id !== ex.cohortId || row.module_slug !== ex.module.slug) error(404, m.drill_run_not_found());
	const open = await repo.openRun(db, ex.cohortId, ex.userId, ex.module.slug);
	if (open?.id !== row.id) error(409, m.drill_over());
	return row;
}

/** Starts the clock. Asking again while a run is open returns that run: a double click starts one drill. */
export async function startDrill(db: Kysely<DB>, user: SessionUser, course: Course, module: CourseModule, now = Date.now()): Promise<string> {
	const ex = await traineeExercise(db, user, course, module);
	if (!ex.scenario.drill) error(400, m.drill_not_a_drill());
	await requireWritable(db, ex);
	return db.transaction().execute(async (trx) => {
		const open = await repo.openRun(trx, ex.cohortId, user.id, module.slug);
		if (open) return open.id;
		return repo.insertRun(trx, {
			cohortId: ex.cohortId,
			userId: user.id,
			courseSlug: course.slug,
			moduleSlug: module.slug,
			contentVersion: module.version,
			startedAt: now,
			timeScale: drillTimeScale(),
			language: ex.scenario.language
		});
	});
}

export type AnswerResult =
	| { ok: true; finished: boolean; errors?: undefined; report?: undefined }
	| { ok: false; errors: FormErrors; report?: undefined }
	| { ok: false; report: CheckReport; errors?: undefined };

/**
 * Records the answer to one inject, timed on the server from when the inject was delivered. The
 * last answer closes the run and submits the drill for review.
 */
export async function answerInject(
	db: Kysely<DB>,
	user: SessionUser,
	course: Course,
	module: CourseModule,
	input: { runId: string; injectId: string; text: string; platform?: string },
	now = Date.now()
): Promise<AnswerResult> {
	const trainee = await traineeExercise(db, user, course, module);
	if (!trainee.scenario.drill) error(400, m.drill_not_a_drill());
	const row = await ownOpenRun(db, trainee, input.runId);
	// Answered, and checked, in the run's language.
	const ex = { ...trainee, scenario: drillOf(module, row) };
	const drill = ex.scenario.drill!;
	const run = asRun(row);
	const inject = drill.injects.find((i) => i.id === input.injectId);
	if (!inject) error(404, m.drill_inject_not_found());
	if (deliveredAt(run, inject) > now) error(409, m.drill_inject_not_yet());
	const answers = await repo.answersOf(db, row.id);
	if (answers.some((a) => a.inject_id === inject.id)) error(409, m.drill_inject_answered());

	const shape = { ...shapeOf(ex.scenario), task: 'drill' as const, images: 0 };
	const answer = { platform: ex.scenario.platforms[0], posts: [{ text: input.text, alts: [] }] };
	const valid = validateAnswer(shape, ex.scenario.platforms, answer);
	if (!valid.ok)
		return { ok: false, errors: Object.fromEntries(Object.entries(valid.errors).map(([k, v]) => [k === 'post-0' ? `answer-${inject.id}` : k, v])) };
	const { report, blocking } = checkAnswer(ex.scenario, shape, answer, inject.respond === 'public_reply');
	if (blocking.length) return { ok: false, report };

	return db.transaction().execute(async (trx) => {
		await repo.insertAnswer(trx, {
			run_id: row.id,
			inject_id: inject.id,
			platform: answer.platform,
			text: input.text,
			check_results: report.results,
			checks_version: report.version,
			delivered_at: deliveredAt(run, inject),
			answered_at: now,
			response_ms: now - deliveredAt(run, inject),
			standard_ms: standardMs(run, inject)
		});
		await repo.deleteDrafts(trx, { cohortId: ex.cohortId, userId: user.id, moduleSlug: module.slug }, { exact: drillSlot(row.id, inject.id) });
		const finished = answers.length + 1 === drill.injects.length;
		if (finished) await closeRun(trx, ex, row, now);
		return { ok: true as const, finished };
	});
}

/** Ends the drill once every inject has arrived; unanswered injects stay unanswered in the debrief. */
export async function finishDrill(db: Kysely<DB>, user: SessionUser, course: Course, module: CourseModule, runId: string, now = Date.now()): Promise<void> {
	const ex = await traineeExercise(db, user, course, module);
	if (!ex.scenario.drill) error(400, m.drill_not_a_drill());
	const row = await ownOpenRun(db, ex, runId);
	if (schedule(asRun(row), ex.scenario.drill.injects, now).upcoming > 0) error(409, m.drill_not_all_delivered());
	await db.transaction().execute((trx) => closeRun(trx, ex, row, now));
}

async function closeRun(trx: Kysely<DB>, ex: TraineeExercise, row: Selectable<ExerciseDrillRunsTable>, now: number) {
	const answers = await repo.answersOf(trx, row.id);
	const order = ex.scenario.drill!.injects.map((i) => i.id);
	answers.sort((a, b) => order.indexOf(a.inject_id) - order.indexOf(b.inject_id));
	const language = runLanguage(row);
	const posts: StoredPost[] = answers.map((a) => ({ text: a.text, lang: language, alts: [], inject: a.inject_id }));
	const results = answers.flatMap((a, index) => a.check_results.map((r) => ({ ...r, post: index })));
	const inserted = await repo.insertSubmission(trx, {
		cohort_id: ex.cohortId,
		user_id: ex.userId,
		course_slug: ex.course.slug,
		module_slug: ex.module.slug,
		task: 'drill',
		content_version: ex.module.version,
		platform: ex.scenario.platforms[0],
		posts,
		check_results: results,
		checks_version: answers[0]?.checks_version ?? CHECKS_VERSION,
		drill_run_id: row.id,
		started_at: row.started_at,
		submitted_at: now,
		language
	});
	await repo.deleteDrafts(trx, { cohortId: ex.cohortId, userId: ex.userId, moduleSlug: ex.module.slug }, { prefix: drillSlot(row.id, '') });
	await recordProgress(
		trx,
		{
			userId: ex.userId,
			cohortId: ex.cohortId,
			courseSlug: ex.course.slug,
			module: progressModule(ex.module),
			kind: 'exercise_submitted',
			details: { submissionId: inserted.id, version: inserted.version, runId: row.id }
		},
		now
	);
}
