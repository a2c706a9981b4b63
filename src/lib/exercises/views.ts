import type { Locale } from '$lib/paraglide/runtime';
import type { AnswerShape } from './answer';
import type { CheckResult, CheckSettings, Localized, Platform, PostInput, TaskKind } from './types';

// What the exercise and review pages show of a scenario, a submission and a drill: the shapes the
// server builds (src/lib/server/exercises/views.ts) and the composer and review components read.

export const INJECT_KINDS = ['comment', 'direct_message', 'news', 'misinformation'] as const;
export const INJECT_RESPONSES = ['public_reply', 'private_message', 'post'] as const;
export type InjectKind = (typeof INJECT_KINDS)[number];
export type InjectResponse = (typeof INJECT_RESPONSES)[number];

export const REVIEW_DECISIONS = ['approved', 'needs_revision'] as const;
export type ReviewDecision = (typeof REVIEW_DECISIONS)[number];

/** Someone in a simulated conversation or drill: a member of the public, a journalist… */
export interface SimulatedAuthor {
	name: string;
	handle: string;
}

export interface SimulatedPost {
	/** Null: the ministry account itself. */
	author: SimulatedAuthor | null;
	text: string;
	minutesAgo: number;
}

/** One rubric criterion in the reader's language. */
export interface RubricCriterionView {
	id: string;
	criterion: string;
	levels: { points: number; label: string; description: string | null }[];
}

/** What a trainee may read of a scenario: never the model answer, the notes or the hidden checks. */
export interface PublicScenario {
	task: TaskKind;
	platforms: Platform[];
	language: Locale;
	shape: AnswerShape;
	account: { name: Localized; handle: string };
	brief: string;
	situation: string;
	images: { url: string; shows: string }[];
	conversation: SimulatedPost[];
	settings: CheckSettings;
	rubric: RubricCriterionView[];
	drill: { serviceStandardMinutes: number; injectCount: number } | null;
}

/** What the instructor reads besides: the model answer, the notes, and what the hidden checks look for. */
export interface StaffScenario extends PublicScenario {
	modelAnswer: string[];
	instructorNotes: string | null;
	hiddenChecks: string[];
	injects: { id: string; author: SimulatedAuthor; modelAnswer: string | null }[];
}

/** One post of a submission as stored; a drill's posts name the inject they answer. */
export interface StoredPost extends PostInput {
	inject?: string;
}

/** The level a reviewer chose for one rubric criterion, kept in both languages. */
export interface ReviewLevel {
	criterion: Localized;
	label: Localized;
	points: number;
	max: number;
}

/** An instructor's review of one submission (quizzes have their own, unrelated, review view). */
export interface ExerciseReviewView {
	id: string;
	decision: ReviewDecision;
	levels: ReviewLevel[];
	score: number;
	maxScore: number;
	comments: string;
	reviewerName: string;
	createdAt: number;
}

/** One inject of a drill as the trainee saw it, with their answer and its response time. */
export interface TimelineEntry {
	id: string;
	kind: InjectKind;
	respond: InjectResponse;
	author: SimulatedAuthor;
	text: string;
	/** The language the message is written in: a drill sends one in the other language. */
	lang: Locale;
	deliveredAt: number;
	/** Minutes after the start, in drill time. */
	atMinutes: number;
	standardMinutes: number;
	answer: {
		text: string;
		results: CheckResult[];
		answeredAt: number;
		responseMinutes: number;
		withinStandard: boolean;
	} | null;
}

export interface DrillDebrief {
	timeScale: number;
	entries: TimelineEntry[];
}

/** One version of a trainee's answer, its checks, its reviews and, for a drill, its debrief. */
export interface SubmissionView {
	id: string;
	version: number;
	platform: Platform;
	posts: StoredPost[];
	results: CheckResult[];
	checksVersion: string;
	startedAt: number;
	submittedAt: number;
	reviews: ExerciseReviewView[];
	debrief: DrillDebrief | null;
	/** The language the post was written and checked in; null for a bilingual pair. */
	language: Locale | null;
}

export type ExerciseState = 'open' | 'waiting' | 'revise' | 'approved';
