import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Course, CourseModule } from '../content/types';
import { progressModule, recordProgress, type ProgressEventKind } from '../progress/events';
import { scenarioOf } from '../exercises/catalog';
import { modelPost } from '../../exercises/answer';
import { checkAnswer } from '../exercises/check-answer';
import { shapeOf } from '../exercises/views';
import { CHECKS_VERSION } from '../../exercises/registry';
import * as exercises from '../exercises/repository';
import { quizOf } from '../quizzes/definition';
import { insertGradedQuizAttempt } from './repository';

const DAY = 86_400_000;
const HOUR = 3_600_000;

/** Where a demo trainee stands: modules finished, and what is happening in the next one. */
export interface TraineePlan {
	finished: number;
	next: 'none' | 'reading' | 'quiz_failed_twice' | 'waiting_review' | 'revision_requested';
	/** Days since they last did anything. */
	idleDays: number;
}

/**
 * The demo cohort's story, by trainee number, in a course of `modules` modules: three have finished
 * every module (and hold records), most are in modules 3 to 6, a few are further on, six stalled two
 * weeks ago, two never started; six submissions wait for review, one revision is requested, one
 * trainee failed a quiz twice.
 */
export function planFor(n: number, modules: number): TraineePlan {
	if (n <= 3) return { finished: modules, next: 'none', idleDays: n };
	if (n <= 6) return { finished: 6 + (n % 2), next: n === 4 ? 'waiting_review' : 'reading', idleDays: 1 };
	if (n <= 38) {
		const finished = 2 + (n % 4); // modules 3 to 6
		const next = n % 6 === 0 ? 'waiting_review' : n === 13 ? 'revision_requested' : n === 17 ? 'quiz_failed_twice' : 'reading';
		return { finished, next, idleDays: n % 5 };
	}
	if (n <= 44) return { finished: n % 2, next: 'reading', idleDays: 14 + (n % 3) };
	if (n <= 48) return { finished: 1, next: n === 45 ? 'waiting_review' : 'reading', idleDays: 3 };
	return { finished: 0, next: 'none', idleDays: 0 };
}

interface Context {
	db: Kysely<DB>;
	course: Course;
	cohortId: string;
	userId: string;
	instructor: { id: string; name: string };
}

async function event(c: Context, module: CourseModule, kind: ProgressEventKind, at: number, details?: Record<string, unknown>) {
	await recordProgress(
		c.db,
		{
			userId: c.userId,
			cohortId: c.cohortId,
			courseSlug: c.course.slug,
			module: progressModule(module),
			kind,
			actorId: kind.startsWith('exercise_') && kind !== 'exercise_submitted' ? c.instructor.id : c.userId,
			details
		},
		at
	);
}

/**
 * Per-question credit that adds up to the score, so the demo's quiz statistics have answers to
 * count: which questions are missed turns with the person, so each question is missed by some.
 */
function demoResults(module: CourseModule, score: number, userId: string): { id: string; credit: number }[] {
	const questions = quizOf(module)?.questions ?? [];
	const missed = questions.length - Math.round((score / 100) * questions.length);
	const offset = [...userId].reduce((sum, ch) => sum + ch.charCodeAt(0), 0) % Math.max(1, questions.length);
	return questions.map((q, i) => ({ id: q.id, credit: (i - offset + questions.length) % questions.length < missed ? 0 : 1 }));
}

async function quizAttempt(c: Context, module: CourseModule, number: number, score: number, passed: boolean, at: number) {
	await insertGradedQuizAttempt(c.db, {
		cohortId: c.cohortId,
		userId: c.userId,
		courseSlug: c.course.slug,
		moduleSlug: module.slug,
		number,
		contentVersion: module.version,
		startedAt: at - 12 * 60_000,
		submittedAt: at,
		score,
		passed,
		results: demoResults(module, score, c.userId)
	});
	await event(c, module, 'quiz_attempted', at, { score, passed, attempt: number });
	if (passed) await event(c, module, 'quiz_passed', at, { score });
}

/** Submits the exercise's model answer (checked as the server would) and, if asked, reviews it. */
async function exercise(c: Context, module: CourseModule, at: number, decision: 'approved' | 'needs_revision' | null) {
	const scenario = scenarioOf(module);
	const answer = {
		platform: scenario.platforms[0],
		posts: scenario.modelAnswer.map(modelPost).map(({ text, alts }, i) => ({
			text,
			alts: Array.from({ length: i === 0 ? scenario.images.length : 0 }, (_, j) => alts[j] ?? scenario.images[j]?.shows.en ?? '')
		}))
	};
	// A drill's answers are one per inject; the demo stores each inject's model answer as answered.
	const { posts, report } = scenario.drill
		? {
				posts: scenario.drill.injects.map((inject) => ({ text: inject.modelAnswer ?? '', lang: scenario.language, alts: [], inject: inject.id })),
				report: { results: [] }
			}
		: checkAnswer(scenario, shapeOf(scenario), answer, scenario.task === 'reply');
	const { id } = await exercises.insertSubmission(c.db, {
		cohort_id: c.cohortId,
		user_id: c.userId,
		course_slug: c.course.slug,
		module_slug: module.slug,
		task: scenario.task,
		content_version: module.version,
		platform: answer.platform,
		posts,
		check_results: report.results,
		checks_version: CHECKS_VERSION,
		drill_run_id: null,
		started_at: at - 25 * 60_000,
		submitted_at: at,
		language: scenario.task === 'bilingual' ? null : scenario.language
	});
	await event(c, module, 'exercise_submitted', at, { submission: id });
	if (!decision) return;
	const reviewedAt = at + 5 * HOUR;
	const top = decision === 'approved';
	const levels = scenario.rubric.map((r) => {
		const level = top ? r.levels[r.levels.length - 1] : r.levels[0];
		return { criterion: r.criterion, label: level.label, points: level.points, max: Math.max(...r.levels.map((l) => l.points)) };
	});
	await exercises.insertReview(c.db, {
		submission_id: id,
		reviewer_id: c.instructor.id,
		reviewer_name: c.instructor.name,
		decision,
		levels,
		score: levels.reduce((sum, l) => sum + l.points, 0),
		max_score: levels.reduce((sum, l) => sum + l.max, 0),
		comments: top
			? 'Clear, accurate and accessible. Well done. / Clair, exact et accessible. Bravo.'
			: 'The key message comes too late and the French version is missing. Please revise. / Le message clé arrive trop tard et la version française manque. Veuillez réviser.',
		created_at: reviewedAt
	});
	await event(c, module, top ? 'exercise_approved' : 'exercise_revision_requested', reviewedAt, { submission: id });
}

/** One module done end to end, as a trainee would: read, quiz passed, exercise approved. */
async function finishModule(c: Context, module: CourseModule, at: number) {
	await event(c, module, 'module_viewed', at);
	if (module.quizSource) await quizAttempt(c, module, 1, 80 + (((at / DAY) % 20) | 0), true, at + HOUR);
	if (module.exerciseSource) await exercise(c, module, at + 2 * HOUR, 'approved');
	else if (!module.quizSource) await event(c, module, 'module_marked_complete', at + HOUR);
}

/** Plays one trainee's plan into the database through the same progress rule the app uses. */
export async function playTrainee(
	db: Kysely<DB>,
	course: Course,
	cohortId: string,
	userId: string,
	instructor: Context['instructor'],
	plan: TraineePlan,
	now: number
) {
	const c: Context = { db, course, cohortId, userId, instructor };
	const lastActive = now - plan.idleDays * DAY - 2 * HOUR;
	const steps = plan.finished + (plan.next === 'none' ? 0 : 1);
	if (steps === 0) return;
	const spacing = Math.min(2 * DAY, (19 * DAY - plan.idleDays * DAY) / steps);
	const start = lastActive - spacing * (steps - 1) - 6 * HOUR;
	for (let i = 0; i < plan.finished; i++) await finishModule(c, course.modules[i], start + i * spacing);
	const module = course.modules[plan.finished];
	if (!module || plan.next === 'none') return;
	const at = start + plan.finished * spacing;
	await event(c, module, 'module_viewed', at);
	if (plan.next === 'quiz_failed_twice' && module.quizSource) {
		await quizAttempt(c, module, 1, 50, false, at + HOUR);
		await quizAttempt(c, module, 2, 60, false, lastActive);
	} else if ((plan.next === 'waiting_review' || plan.next === 'revision_requested') && module.exerciseSource) {
		if (module.quizSource) await quizAttempt(c, module, 1, 85, true, at + HOUR);
		await exercise(c, module, lastActive - 6 * HOUR, plan.next === 'revision_requested' ? 'needs_revision' : null);
	}
}
