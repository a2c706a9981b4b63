import type { Platform } from '$lib/posts/platforms';

// What the browser receives about a quiz: built on the server by quizzes/views.ts, and never
// an answer key. Values are places in the order shown, not authored ids.

type Scoring = 'partial' | 'all_or_nothing';

export interface ChoiceView {
	value: string;
	label: string;
	checked: boolean;
}

export interface PostView {
	value: string;
	platform: Platform;
	account: string;
	handle: string;
	text: string;
	checked: boolean;
}

interface QuestionBase {
	number: number;
	/** The form field name (q3), and the prefix of its parts (q3-1, q3-2, …). */
	name: string;
	prompt: string;
	points: number;
}

export type QuestionView = QuestionBase &
	(
		| { type: 'single_choice' | 'true_false'; options: ChoiceView[] }
		| { type: 'multiple_response'; scoring: Scoring; options: ChoiceView[] }
		| { type: 'better_post'; posts: PostView[] }
		| { type: 'short_text'; value: string }
		| { type: 'ordering'; scoring: Scoring; items: { name: string; label: string; position: number | null }[] }
		| { type: 'matching'; scoring: Scoring; prompts: { name: string; label: string; selected: string }[]; choices: { value: string; label: string }[] }
	);

export interface ReviewPost {
	platform: Platform;
	account: string;
	handle: string;
	text: string;
	chosen: boolean;
	/** Only once answers are revealed. */
	better?: boolean;
	why?: string;
}

/** A part of the module's lesson: where to study what a missed question was about. */
export interface StudySection {
	title: string;
	/** Path of the lesson, with the heading's anchor when the question names one. */
	path: string;
}

export interface ReviewedQuestion {
	number: number;
	/**
	 * Set on a failed attempt's questions that did not earn full credit, even before the reveal
	 * policy allows the answers: which questions to study, and where, never what the answer is.
	 */
	missed: { section: StudySection } | null;
	prompt: string;
	points: number;
	/** The trainee's answer, one line per part; empty when unanswered. */
	answer: string[];
	posts: ReviewPost[];
	/** Only once the reveal policy allows. */
	revealed: {
		credit: number;
		correct: string[];
		explanation: string;
		feedback: string[];
	} | null;
}

type RevealPolicy = 'after_each_attempt' | 'once_passed' | 'after_last_attempt';

export interface QuizRules {
	passMark: number;
	/** null: unlimited. */
	attempts: number | null;
	counts: 'best' | 'last';
	timeLimitMinutes: number | null;
	questionCount: number;
	poolSize: number;
	reveal: RevealPolicy;
}

export interface AttemptSummary {
	id: string;
	number: number;
	startedAt: number;
	submittedAt: number | null;
	score: number | null;
	passed: boolean | null;
}
