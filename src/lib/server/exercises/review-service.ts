import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { formatCount } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import type { DB, ReviewDecision } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import { requireAccess } from '../access';
import { getCourse } from '../content/catalog';
import type { CourseModule, Locale } from '../content/types';
import { progressModule, recordProgress } from '../progress/events';
import { queueMessage } from '../mail/service';
import type { FormErrors } from '../http/forms';
import { scenarioOf } from './catalog';
import { debriefOf } from './drill-service';
import * as repo from './repository';
import type { ReviewLevel } from '../../exercises/views';
import { staffScenario, stateOf, submissionView } from './views';
import { cohortName } from '$lib/cohorts/name';

export const QUEUE_FILTERS = ['awaiting_review', 'needs_revision', 'approved', 'all'] as const;
export type QueueFilter = (typeof QUEUE_FILTERS)[number];
const MAX_COMMENT_CHARS = 5000;

/** A cohort's review queue, oldest first, narrowed to one module and one status when asked. */
export async function reviewQueuePage(db: Kysely<DB>, user: SessionUser, cohortId: string, filter: { module: string; status: QueueFilter }, locale: Locale) {
	const cohort = await requireAccess(db, user, 'cohort.staff', cohortId);
	const course = getCourse(cohort.course_slug);
	const titleOf = (slug: string) => course?.modules.find((mod) => mod.slug === slug)?.title[locale] ?? slug;
	const rows = await repo.reviewQueue(db, cohortId);
	const items = rows
		.filter((row) => (filter.module === '' || row.module_slug === filter.module) && (filter.status === 'all' || row.status === filter.status))
		.map((row) => {
			const results = row.check_results;
			return {
				id: row.id,
				trainee: row.display_name,
				module: titleOf(row.module_slug),
				version: row.version,
				submittedAt: row.submitted_at,
				status: row.status,
				errors: results.filter((r) => !r.passed && r.severity === 'error').length,
				warnings: results.filter((r) => !r.passed && r.severity === 'warning').length
			};
		});
	return {
		cohort: { id: cohort.id, name: cohortName(cohort, locale) },
		modules: (course?.modules ?? []).filter((mod) => mod.exerciseSource !== null).map((mod) => ({ slug: mod.slug, title: mod.title[locale] })),
		awaiting: rows.filter((row) => row.status === 'awaiting_review').length,
		items,
		filter
	};
}

/** How many submissions wait for a first review: the cohort page's link says it. */
export const reviewQueueSize = (db: Kysely<DB>, cohortId: string) => repo.awaitingReviewCount(db, cohortId);

async function submissionInCohort(db: Kysely<DB>, cohortId: string, submissionId: string) {
	const submission = await repo.getSubmission(db, submissionId);
	if (!submission || submission.cohort_id !== cohortId) error(404, m.review_not_found());
	const course = getCourse(submission.course_slug);
	const module = course?.modules.find((mod) => mod.slug === submission.module_slug);
	if (!course || !module || module.exerciseSource === null) error(404, m.review_not_found());
	// The model answer, the conversation and the drill's messages in the language the trainee wrote in.
	return { submission, course, module, scenario: scenarioOf(module, submission.language === 'fr' ? 'fr' : 'en') };
}

async function historyOf(db: Kysely<DB>, cohortId: string, userId: string, module: CourseModule) {
	const rows = await repo.submissionsOf(db, cohortId, userId, module.slug);
	const reviews = await repo.reviewsOf(
		db,
		rows.map((r) => r.id)
	);
	return Promise.all(rows.map(async (row) => submissionView(row, reviews, await debriefOf(db, module, row.drill_run_id))));
}

/** The review page: the submission as posted, its check report, the scenario with the model answer, the rubric, and the history. */
export async function reviewPage(db: Kysely<DB>, user: SessionUser, cohortId: string, submissionId: string, locale: Locale) {
	const cohort = await requireAccess(db, user, 'cohort.staff', cohortId);
	const { submission, course, module, scenario } = await submissionInCohort(db, cohortId, submissionId);
	const trainee = await repo.displayName(db, submission.user_id);
	const history = await historyOf(db, cohortId, submission.user_id, module);
	const current = history.find((s) => s.id === submission.id)!;
	const state = stateOf(history[0]);
	return {
		cohort: { id: cohort.id, name: cohortName(cohort, locale) },
		trainee,
		course: { slug: course.slug, title: course.title[locale] },
		module: { slug: module.slug, title: module.title[locale] },
		scenario: staffScenario(module, scenario, locale),
		submission: current,
		history,
		canReview: history[0].id === submission.id && state !== 'approved'
	};
}

export interface ReviewInput {
	levels: Record<string, string>;
	decision: string;
	comments: string;
}

export type ReviewResult = { ok: true; trainee: string; decision: ReviewDecision } | { ok: false; errors: FormErrors };

/**
 * Records a review as a new row (never an edit) and, in the same transaction, the progress it
 * means: approval completes the exercise requirement, a revision request sends it back.
 */
export async function recordReview(
	db: Kysely<DB>,
	user: SessionUser,
	cohortId: string,
	submissionId: string,
	input: ReviewInput,
	locale: Locale,
	now = Date.now()
): Promise<ReviewResult> {
	await requireAccess(db, user, 'cohort.staff', cohortId);
	const { submission, course, module, scenario } = await submissionInCohort(db, cohortId, submissionId);
	const errors: FormErrors = {};
	const levels: ReviewLevel[] = [];
	for (const criterion of scenario.rubric) {
		const level = criterion.levels.find((l) => String(l.points) === input.levels[criterion.id]);
		const max = Math.max(...criterion.levels.map((l) => l.points));
		if (!level) errors[`level-${criterion.id}`] = m.review_error_level({ criterion: criterion.criterion[locale] });
		else levels.push({ criterion: criterion.criterion, label: level.label, points: level.points, max });
	}
	const decision = input.decision === 'approved' || input.decision === 'needs_revision' ? input.decision : null;
	if (!decision) errors.decision = m.review_error_decision();
	const comments = input.comments.trim();
	if ([...comments].length > MAX_COMMENT_CHARS) errors.comments = m.review_error_comments_too_long({ max: formatCount(MAX_COMMENT_CHARS) });
	else if (decision === 'needs_revision' && !comments) errors.comments = m.review_error_comments_required();
	if (Object.keys(errors).length || !decision) return { ok: false, errors };

	return db.transaction().execute(async (trx) => {
		const history = await historyOf(trx, cohortId, submission.user_id, module);
		if (history[0].id !== submission.id) return { ok: false as const, errors: { form: m.review_error_not_latest() } };
		if (stateOf(history[0]) === 'approved') return { ok: false as const, errors: { form: m.review_error_already_approved() } };
		const reviewId = await repo.insertReview(trx, {
			submission_id: submission.id,
			reviewer_id: user.id,
			reviewer_name: user.displayName,
			decision,
			levels,
			score: levels.reduce((sum, l) => sum + l.points, 0),
			max_score: levels.reduce((sum, l) => sum + l.max, 0),
			comments,
			created_at: now
		});
		await recordProgress(
			trx,
			{
				userId: submission.user_id,
				cohortId,
				courseSlug: course.slug,
				module: progressModule(module),
				kind: decision === 'approved' ? 'exercise_approved' : 'exercise_revision_requested',
				actorId: user.id,
				details: { submissionId: submission.id, reviewId }
			},
			now
		);
		await queueMessage(trx, {
			userId: submission.user_id,
			message: {
				kind: 'review_outcome',
				decision,
				reviewer: user.displayName,
				course: course.title,
				module: module.title,
				path: `/courses/${course.slug}/${module.slug}/exercise`,
				comments
			},
			now
		});
		return { ok: true as const, trainee: await repo.displayName(trx, submission.user_id), decision };
	});
}
