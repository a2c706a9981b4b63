import type { AnswerShape } from '../../exercises/answer';
import type { DrillDebrief, ExerciseReviewView, ExerciseState, PublicScenario, StaffScenario, SubmissionView, TimelineEntry } from '../../exercises/views';
import type { CourseModule, Locale } from '../content/types';
import type { DrillAnswerRow, ReviewRow, SubmissionRow } from './repository';
import { imageUrl } from './catalog';
import { drillMinutes, schedule, type Run } from './drill';
import type { Inject, Scenario } from './scenario';

export const shapeOf = (scenario: Scenario): AnswerShape => ({
	task: scenario.task,
	language: scenario.language,
	images: scenario.images.length,
	thread: scenario.thread
});

/** What a trainee may read of a scenario: never the model answer, the notes or the hidden checks. */
export function publicScenario(module: CourseModule, scenario: Scenario, locale: Locale): PublicScenario {
	return {
		task: scenario.task,
		platforms: scenario.platforms,
		language: scenario.language,
		shape: shapeOf(scenario),
		account: scenario.account,
		brief: scenario.brief[locale],
		situation: scenario.situation[locale],
		images: scenario.images.map((image) => ({ url: imageUrl(module, image.file), shows: image.shows[locale] })),
		conversation: scenario.conversation,
		settings: scenario.settings,
		rubric: scenario.rubric.map((c) => ({
			id: c.id,
			criterion: c.criterion[locale],
			levels: c.levels.map((l) => ({ points: l.points, label: l.label[locale], description: l.description?.[locale] ?? null }))
		})),
		drill: scenario.drill && { serviceStandardMinutes: scenario.drill.serviceStandardMinutes, injectCount: scenario.drill.injects.length }
	};
}

/** What the instructor reads besides: the model answer, the notes, and what the hidden checks look for. */
export function staffScenario(module: CourseModule, scenario: Scenario, locale: Locale): StaffScenario {
	return {
		...publicScenario(module, scenario, locale),
		modelAnswer: scenario.modelAnswer,
		instructorNotes: scenario.instructorNotes?.[locale] ?? null,
		hiddenChecks: scenario.hiddenChecks.map((c) => c.message[locale]),
		injects: scenario.drill?.injects.map((i) => ({ id: i.id, author: i.author, modelAnswer: i.modelAnswer })) ?? []
	};
}

export function reviewView(row: ReviewRow): ExerciseReviewView {
	return {
		id: row.id,
		decision: row.decision,
		levels: row.levels,
		score: row.score,
		maxScore: row.max_score,
		comments: row.comments,
		reviewerName: row.reviewer_name,
		createdAt: row.created_at
	};
}

export function timeline(run: Run, injects: Inject[], answers: DrillAnswerRow[], now: number): TimelineEntry[] {
	return schedule(run, injects, now).delivered.map((inject) => {
		const answer = answers.find((a) => a.inject_id === inject.id);
		return {
			id: inject.id,
			kind: inject.kind,
			respond: inject.respond,
			author: inject.author,
			text: inject.text,
			lang: inject.lang,
			deliveredAt: run.startedAt + Math.round(inject.atMinutes * 60_000 * run.timeScale),
			atMinutes: inject.atMinutes,
			standardMinutes: inject.serviceStandardMinutes,
			answer: answer
				? {
						text: answer.text,
						results: answer.check_results,
						answeredAt: answer.answered_at,
						responseMinutes: drillMinutes(answer.response_ms, run.timeScale),
						withinStandard: answer.response_ms <= answer.standard_ms
					}
				: null
		};
	});
}

export function submissionView(row: SubmissionRow, reviews: ReviewRow[], debrief: DrillDebrief | null): SubmissionView {
	return {
		id: row.id,
		version: row.version,
		platform: row.platform as Scenario['platforms'][number],
		posts: row.posts,
		results: row.check_results,
		checksVersion: row.checks_version,
		startedAt: row.started_at,
		submittedAt: row.submitted_at,
		reviews: reviews.filter((r) => r.submission_id === row.id).map(reviewView),
		debrief,
		language: row.language === 'fr' || row.language === 'en' ? row.language : null
	};
}
/** Where an exercise stands, from its latest submission and that submission's latest review. */
export function stateOf(latest: SubmissionView | undefined): ExerciseState {
	if (!latest) return 'open';
	const review = latest.reviews.at(-1);
	if (!review) return 'waiting';
	return review.decision === 'approved' ? 'approved' : 'revise';
}
