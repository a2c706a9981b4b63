import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { AttemptSummary, QuizRules } from '$lib/quizzes/types';
import type { DB } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import type { Locale } from '$lib/paraglide/runtime';
import type { Course, CourseModule } from '../content/types';
import { viewerOf } from '../courses/player';
import { recordProgress } from '../progress/events';
import { openedModules } from '../progress/unlock';
import { missingPrerequisites } from '../progress/status';
import { quizOf } from './definition';
import { drawLayout, reconcileLayout, type Random } from './draw';
import { gapsIn, responsesFromForm, type FormSource, type Gap } from './form';
import { gradeAttempt, type Layout, type Responses } from './grade';
import { attemptsOf, extraAttemptCount, getAttempt, insertAttempt, markSubmitted, saveDraft, type AttemptRow, type QuizKey } from './repository';
import { isOverdue, revealsAnswers, quizStandingOf, type QuizStanding } from './rules';
import type { Quiz } from './schema';
import { attemptQuestions, attemptReview } from './views';
import { renderLesson } from '../content/catalog';
import type { StudySection } from '$lib/quizzes/types';
import { isUniqueViolation } from '../db/engine';

export function quizOr404(module: CourseModule): Quiz {
	const quiz = quizOf(module);
	if (!quiz) error(404, m.quiz_not_found());
	return quiz;
}

export function rulesOf(quiz: Quiz): QuizRules {
	return {
		passMark: quiz.pass_mark,
		attempts: quiz.attempts === 'unlimited' ? null : quiz.attempts,
		counts: quiz.counts,
		timeLimitMinutes: quiz.time_limit_minutes ?? null,
		questionCount: Math.min(quiz.draw ?? quiz.questions.length, quiz.questions.length),
		poolSize: quiz.questions.length,
		reveal: quiz.reveal
	};
}

const words = () => ({ true: m.quiz_true(), false: m.quiz_false() });
const layoutOf = (quiz: Quiz, attempt: AttemptRow): Layout => reconcileLayout(quiz, attempt.layout);
const factsOf = (attempts: AttemptRow[]) =>
	attempts.map((a) => ({ submittedAt: a.submitted_at, score: a.score, passed: a.passed === null ? null : a.passed === 1 }));
const summaryOf = (a: AttemptRow): AttemptSummary => ({
	id: a.id,
	number: a.attempt_number,
	startedAt: a.started_at,
	submittedAt: a.submitted_at,
	score: a.score,
	passed: a.passed === null ? null : a.passed === 1
});

/**
 * Grades and closes an attempt, recording `quiz_attempted` (and `quiz_passed`) in the same
 * transaction. The close is conditional, so a second submission of the same attempt is a no-op.
 */
async function finalize(db: Kysely<DB>, course: Course, module: CourseModule, quiz: Quiz, attempt: AttemptRow, responses: Responses, now: number) {
	const graded = gradeAttempt(quiz, layoutOf(quiz, attempt), responses);
	return db.transaction().execute(async (trx) => {
		const closed = await markSubmitted(trx, attempt.id, { responses, score: graded.score, passed: graded.passed, results: graded.results, now });
		if (!closed) return false;
		const event = {
			userId: attempt.user_id,
			cohortId: attempt.cohort_id,
			courseSlug: course.slug,
			module: { slug: module.slug, version: module.version, hasQuiz: true, hasExercise: module.exerciseSource !== null },
			details: { attemptId: attempt.id, attempt: attempt.attempt_number, score: graded.score, passed: graded.passed }
		};
		await recordProgress(trx, { ...event, kind: 'quiz_attempted' }, now, graded.passed ? ['quiz_passed'] : []);
		return true;
	});
}

/** Attempts whose time ran out while nobody was looking are graded on their saved answers. */
async function closeOverdue(db: Kysely<DB>, course: Course, module: CourseModule, quiz: Quiz, key: QuizKey, now: number) {
	const attempts = await attemptsOf(db, key);
	const overdue = attempts.filter((a) => a.submitted_at === null && isOverdue(a.deadline_at, now));
	for (const attempt of overdue) await finalize(db, course, module, quiz, attempt, attempt.responses, now);
	return overdue.length ? attemptsOf(db, key) : attempts;
}

async function standingFor(db: Kysely<DB>, quiz: Quiz, key: QuizKey, attempts: AttemptRow[]): Promise<QuizStanding> {
	return quizStandingOf(quiz, factsOf(attempts), await extraAttemptCount(db, key));
}

/** The quiz's start page: its rules, the trainee's attempts and what they can do next. Staff get a preview. */
export async function quizPage(db: Kysely<DB>, user: SessionUser, course: Course, module: CourseModule, locale: Locale, now = Date.now()) {
	const quiz = quizOr404(module);
	const viewer = await viewerOf(db, user, course);
	const base = {
		viewer,
		course: { slug: course.slug, title: course.title[locale] },
		module: { slug: module.slug, title: module.title[locale] },
		rules: rulesOf(quiz)
	};
	if (viewer.kind === 'staff') {
		const preview = attemptQuestions(quiz, drawLayout({ ...quiz, draw: undefined }), {}, locale, words());
		return { ...base, locked: [], standing: null, attempts: [], inProgress: null, preview };
	}
	const missing = missingPrerequisites(module.requires, await openedModules(db, course, viewer.cohortId, user.id));
	const locked = missing.map((slug) => course.modules.find((other) => other.slug === slug)?.title[locale] ?? slug);
	const key = { cohortId: viewer.cohortId, userId: user.id, moduleSlug: module.slug };
	const attempts = await closeOverdue(db, course, module, quiz, key, now);
	const standing = await standingFor(db, quiz, key, attempts);
	const open = attempts.find((a) => a.submitted_at === null);
	return { ...base, locked, standing, attempts: attempts.map(summaryOf), inProgress: open ? open.id : null, preview: null };
}

type StartResult = { ok: true; attemptId: string } | { ok: false; reason: 'not_trainee' | 'locked' | 'no_attempts_left' };

/** Starts an attempt, or returns the one in progress. Refused when no attempts are left. */
export async function startAttempt(
	db: Kysely<DB>,
	user: SessionUser,
	course: Course,
	module: CourseModule,
	now = Date.now(),
	random: Random = Math.random
): Promise<StartResult> {
	const quiz = quizOr404(module);
	const viewer = await viewerOf(db, user, course);
	if (viewer.kind !== 'trainee') return { ok: false, reason: 'not_trainee' };
	if (missingPrerequisites(module.requires, await openedModules(db, course, viewer.cohortId, user.id)).length) return { ok: false, reason: 'locked' };
	const key = { cohortId: viewer.cohortId, userId: user.id, moduleSlug: module.slug };
	await closeOverdue(db, course, module, quiz, key, now);
	const openOrNone = async (): Promise<StartResult> => {
		const open = (await attemptsOf(db, key)).find((a) => a.submitted_at === null);
		return open ? { ok: true, attemptId: open.id } : { ok: false, reason: 'no_attempts_left' };
	};
	try {
		return await db.transaction().execute(async (trx): Promise<StartResult> => {
			const attempts = await attemptsOf(trx, key);
			const open = attempts.find((a) => a.submitted_at === null);
			if (open) return { ok: true, attemptId: open.id };
			if (!(await standingFor(trx, quiz, key, attempts)).canStart) return { ok: false, reason: 'no_attempts_left' };
			const attemptId = await insertAttempt(trx, {
				...key,
				courseSlug: course.slug,
				number: Math.max(0, ...attempts.map((a) => a.attempt_number)) + 1,
				contentVersion: module.version,
				layout: drawLayout(quiz, random),
				startedAt: now,
				deadlineAt: quiz.time_limit_minutes ? now + quiz.time_limit_minutes * 60_000 : null
			});
			return { ok: true, attemptId };
		});
	} catch (e) {
		// Another request started one at the same moment: the unique constraints kept it to one.
		if (isUniqueViolation(e)) return openOrNone();
		throw e;
	}
}

/** The trainee's own attempt at this module's quiz, or a 404: nobody else's attempts exist for them. */
async function ownAttempt(db: Kysely<DB>, user: SessionUser, course: Course, module: CourseModule, attemptId: string) {
	const quiz = quizOr404(module);
	const viewer = await viewerOf(db, user, course);
	const attempt = await getAttempt(db, attemptId);
	const mine =
		attempt &&
		viewer.kind === 'trainee' &&
		attempt.user_id === user.id &&
		attempt.cohort_id === viewer.cohortId &&
		attempt.course_slug === course.slug &&
		attempt.module_slug === module.slug;
	if (!mine) error(404, m.quiz_attempt_not_found());
	return { quiz, attempt, key: { cohortId: attempt.cohort_id, userId: user.id, moduleSlug: module.slug } };
}

/** An open attempt as a form (never the answers), or a submitted one with what the reveal policy allows. */
export async function attemptPage(
	db: Kysely<DB>,
	user: SessionUser,
	course: Course,
	module: CourseModule,
	attemptId: string,
	locale: Locale,
	now = Date.now()
) {
	const { quiz, attempt: found, key } = await ownAttempt(db, user, course, module, attemptId);
	const attempts = await closeOverdue(db, course, module, quiz, key, now);
	const attempt = attempts.find((a) => a.id === found.id)!;
	const base = {
		course: { slug: course.slug, title: course.title[locale] },
		module: { slug: module.slug, title: module.title[locale] },
		rules: rulesOf(quiz),
		attempt: summaryOf(attempt)
	};
	const layout = layoutOf(quiz, attempt);
	if (attempt.submitted_at === null) {
		return {
			...base,
			state: 'open' as const,
			questions: attemptQuestions(quiz, layout, attempt.responses, locale, words()),
			savedAt: attempt.saved_at,
			deadlineAt: attempt.deadline_at,
			remainingMs: attempt.deadline_at === null ? null : Math.max(0, attempt.deadline_at - now)
		};
	}
	const standing = await standingFor(db, quiz, key, attempts);
	const revealed = revealsAnswers(quiz, standing);
	const sectionOf = attempt.passed === 1 ? undefined : lessonSections(course, module, locale);
	return {
		...base,
		state: 'submitted' as const,
		standing,
		revealed,
		timedOut: attempt.deadline_at !== null && isOverdue(attempt.deadline_at, attempt.submitted_at),
		review: attemptReview(quiz, layout, attempt.responses, locale, words(), revealed, sectionOf),
		exerciseHref: module.exerciseSource !== null ? `/courses/${course.slug}/${module.slug}/exercise` : null
	};
}

/**
 * Where each question's section is in the lesson the trainee reads. Questions name English
 * heading ids; the French lesson has the same headings in the same order (courses:check), so
 * the heading at the same place is the French one. No section, or an unknown one: the lesson.
 */
function lessonSections(course: Course, module: CourseModule, locale: Locale) {
	const english = renderLesson(course, module.slug, 'en')?.toc ?? [];
	const here = renderLesson(course, module.slug, locale)?.toc ?? [];
	const lesson = `/courses/${course.slug}/${module.slug}`;
	return (section: string | undefined): StudySection => {
		const heading = here[english.findIndex((entry) => entry.id === section)];
		return heading && section ? { title: heading.text, path: `${lesson}#${heading.id}` } : { title: module.title[locale], path: lesson };
	};
}

type SaveResult = { ok: true } | { ok: false; reason: 'closed' };

/** "Save and continue later": keeps the answers as a draft while the attempt is open and in time. */
export async function saveAnswers(
	db: Kysely<DB>,
	user: SessionUser,
	course: Course,
	module: CourseModule,
	attemptId: string,
	form: FormSource,
	now = Date.now()
): Promise<SaveResult> {
	const { quiz, attempt } = await ownAttempt(db, user, course, module, attemptId);
	if (attempt.submitted_at !== null) return { ok: false, reason: 'closed' };
	if (isOverdue(attempt.deadline_at, now)) {
		await finalize(db, course, module, quiz, attempt, attempt.responses, now);
		return { ok: false, reason: 'closed' };
	}
	const saved = await saveDraft(db, attempt.id, responsesFromForm(quiz, layoutOf(quiz, attempt), form), now);
	return saved ? { ok: true } : { ok: false, reason: 'closed' };
}

export type SubmitResult = { ok: true } | { ok: false; reason: 'gaps'; gaps: Gap[] };

/**
 * Submits the attempt. Unanswered questions are asked about first (their answers kept as a
 * draft) unless `confirmed`. After the time limit, only the answers saved in time count.
 */
export async function submitAttempt(
	db: Kysely<DB>,
	user: SessionUser,
	course: Course,
	module: CourseModule,
	attemptId: string,
	form: FormSource,
	options: { confirmed: boolean },
	now = Date.now()
): Promise<SubmitResult> {
	const { quiz, attempt } = await ownAttempt(db, user, course, module, attemptId);
	if (attempt.submitted_at !== null) return { ok: true };
	if (isOverdue(attempt.deadline_at, now)) {
		await finalize(db, course, module, quiz, attempt, attempt.responses, now);
		return { ok: true };
	}
	const layout = layoutOf(quiz, attempt);
	const responses = responsesFromForm(quiz, layout, form);
	if (!options.confirmed) {
		const gaps = gapsIn(quiz, layout, responses);
		if (gaps.length) {
			await saveDraft(db, attempt.id, responses, now);
			return { ok: false, reason: 'gaps', gaps };
		}
	}
	await finalize(db, course, module, quiz, attempt, responses, now);
	return { ok: true };
}
