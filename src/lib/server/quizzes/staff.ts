import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { DB } from '../db/schema';
import { writeAudit } from '../audit/log';
import { getCohort } from '../cohorts/repository';
import { getCourse } from '../content/catalog';
import type { Locale } from '$lib/paraglide/runtime';
import type { Course } from '../content/types';
import { quizOf } from './definition';
import { reconcileLayout } from './draw';
import { attemptsOf, cohortAttempts, cohortExtraAttemptCounts, cohortTrainees, extraAttemptCount, extraAttemptsOf, insertExtraAttempt } from './repository';
import { isOverdue, quizStandingOf } from './rules';
import { rulesOf } from './service';
import { MIN_ANSWERS, quizStats } from './stats';
import { attemptReview } from './views';
import { cohortName } from '$lib/cohorts/name';

// What instructors see of a quiz in their cohort. Access (requireAccess) is checked by
// the routes before calling these. `findCourse` is the catalog, replaced in tests.

type FindCourse = (slug: string) => Course | undefined;

async function cohortCourse(db: Kysely<DB>, cohortId: string, findCourse: FindCourse) {
	const cohort = await getCohort(db, cohortId);
	if (!cohort) error(404, m.cohort_not_found());
	const course = findCourse(cohort.course_slug);
	return { cohort, course };
}

async function cohortQuiz(db: Kysely<DB>, cohortId: string, moduleSlug: string, findCourse: FindCourse) {
	const { cohort, course } = await cohortCourse(db, cohortId, findCourse);
	const module = course?.modules.find((mod) => mod.slug === moduleSlug);
	const quiz = module && quizOf(module);
	if (!course || !module || !quiz) error(404, m.quiz_not_found());
	return { cohort, course, module, quiz };
}

const passedOf = (value: number | null) => (value === null ? null : value === 1);

/** The quizzes of the cohort's course, each with its headline numbers. */
export async function cohortQuizzes(db: Kysely<DB>, cohortId: string, locale: Locale, findCourse: FindCourse = getCourse) {
	const { cohort, course } = await cohortCourse(db, cohortId, findCourse);
	const trainees = (await cohortTrainees(db, cohortId)).length;
	const quizzes = [];
	for (const module of course?.modules ?? []) {
		const quiz = quizOf(module);
		if (!quiz) continue;
		const submitted = (await cohortAttempts(db, cohortId, module.slug)).filter((a) => a.submitted_at !== null);
		const stats = quizStats(
			[],
			submitted.map((a) => ({ userId: a.user_id, number: a.attempt_number, score: a.score ?? 0, passed: a.passed === 1, results: [] }))
		);
		quizzes.push({
			slug: module.slug,
			position: module.position,
			title: module.title[locale],
			attempts: stats.attempts,
			meanScore: stats.meanScore,
			passed: stats.traineesPassed
		});
	}
	return {
		cohort: { id: cohort.id, name: cohortName(cohort, locale) },
		course: course ? { slug: course.slug, title: course.title[locale] } : null,
		trainees,
		quizzes
	};
}

/** Per quiz and cohort: attempts, mean score, pass rate, item analysis and where each trainee stands. */
export async function quizStatistics(db: Kysely<DB>, cohortId: string, moduleSlug: string, locale: Locale, findCourse: FindCourse = getCourse) {
	const { cohort, course, module, quiz } = await cohortQuiz(db, cohortId, moduleSlug, findCourse);
	const [rows, trainees, extras] = await Promise.all([
		cohortAttempts(db, cohortId, moduleSlug),
		cohortTrainees(db, cohortId),
		cohortExtraAttemptCounts(db, cohortId, moduleSlug)
	]);
	const submitted = rows.filter((a) => a.submitted_at !== null);
	const stats = quizStats(
		quiz.questions.map((q) => q.id),
		submitted.map((a) => ({ userId: a.user_id, number: a.attempt_number, score: a.score ?? 0, passed: a.passed === 1, results: a.results ?? [] }))
	);
	const { questions: itemStats, ...totals } = stats;
	const typeNames = {
		single_choice: m.quiz_type_single_choice(),
		multiple_response: m.quiz_type_multiple_response(),
		true_false: m.quiz_type_true_false(),
		short_text: m.quiz_type_short_text(),
		ordering: m.quiz_type_ordering(),
		matching: m.quiz_type_matching(),
		better_post: m.quiz_type_better_post()
	};
	return {
		cohort: { id: cohort.id, name: cohortName(cohort, locale) },
		course: { slug: course.slug, title: course.title[locale] },
		module: { slug: module.slug, title: module.title[locale] },
		rules: rulesOf(quiz),
		summary: { ...totals, traineesEnrolled: trainees.length },
		minAnswers: MIN_ANSWERS,
		questions: quiz.questions.map((q, i) => ({ ...itemStats[i], number: i + 1, prompt: q.prompt[locale], type: typeNames[q.type] })),
		trainees: trainees.map((t) => {
			const mine = rows.filter((a) => a.user_id === t.id);
			const standing = quizStandingOf(
				quiz,
				mine.map((a) => ({ submittedAt: a.submitted_at, score: a.score, passed: passedOf(a.passed) })),
				extras.get(t.id) ?? 0
			);
			return {
				id: t.id,
				name: t.display_name,
				email: t.email,
				used: standing.used,
				left: standing.left,
				inProgress: standing.inProgress,
				score: standing.scoreOfRecord,
				passed: standing.passed,
				extra: extras.get(t.id) ?? 0
			};
		})
	};
}

async function traineeOr404(db: Kysely<DB>, cohortId: string, userId: string) {
	const trainee = (await cohortTrainees(db, cohortId)).find((t) => t.id === userId);
	if (!trainee) error(404, m.quiz_trainee_not_found());
	return trainee;
}

/** One trainee's attempts with every answer and the key: instructors review, so nothing is hidden. */
export async function traineeAttempts(
	db: Kysely<DB>,
	cohortId: string,
	moduleSlug: string,
	userId: string,
	locale: Locale,
	findCourse: FindCourse = getCourse
) {
	const { cohort, course, module, quiz } = await cohortQuiz(db, cohortId, moduleSlug, findCourse);
	const trainee = await traineeOr404(db, cohortId, userId);
	const key = { cohortId, userId, moduleSlug };
	const [rows, grants, extra] = await Promise.all([attemptsOf(db, key), extraAttemptsOf(db, key), extraAttemptCount(db, key)]);
	const words = { true: m.quiz_true(), false: m.quiz_false() };
	return {
		cohort: { id: cohort.id, name: cohortName(cohort, locale) },
		course: { slug: course.slug, title: course.title[locale] },
		module: { slug: module.slug, title: module.title[locale] },
		rules: rulesOf(quiz),
		trainee: { id: trainee.id, name: trainee.display_name, email: trainee.email },
		standing: quizStandingOf(
			quiz,
			rows.map((a) => ({ submittedAt: a.submitted_at, score: a.score, passed: passedOf(a.passed) })),
			extra
		),
		attempts: rows.map((a) => ({
			id: a.id,
			number: a.attempt_number,
			startedAt: a.started_at,
			submittedAt: a.submitted_at,
			deadlineAt: a.deadline_at,
			score: a.score,
			passed: passedOf(a.passed),
			timedOut: a.submitted_at !== null && isOverdue(a.deadline_at, a.submitted_at),
			// An open attempt is the trainee's work in progress: shown once submitted.
			review: a.submitted_at === null ? [] : attemptReview(quiz, reconcileLayout(quiz, a.layout), a.responses, locale, words, true)
		})),
		grants: grants.map((g) => ({ id: g.id, reason: g.reason, at: g.granted_at, by: g.granted_by_name }))
	};
}

/** One more attempt for one trainee, with the reason written to the audit log in the same transaction. */
export async function grantExtraAttempt(
	db: Kysely<DB>,
	actorId: string,
	cohortId: string,
	moduleSlug: string,
	userId: string,
	reason: string,
	now = Date.now(),
	findCourse: FindCourse = getCourse
) {
	const { course } = await cohortQuiz(db, cohortId, moduleSlug, findCourse);
	await traineeOr404(db, cohortId, userId);
	await db.transaction().execute(async (trx) => {
		await insertExtraAttempt(trx, { cohortId, userId, moduleSlug, courseSlug: course.slug, grantedBy: actorId, reason, at: now });
		await writeAudit(
			trx,
			{ actorId, action: 'quiz.extra_attempt_granted', subjectUserId: userId, cohortId, details: { course: course.slug, module: moduleSlug, reason } },
			now
		);
	});
}
