import type { Quiz } from './schema';

/** Late answers are accepted this long after the time limit: the time a slow network takes to send them. */
export const GRACE_MS = 30_000;

interface AttemptFacts {
	submittedAt: number | null;
	score: number | null;
	passed: boolean | null;
}

export interface QuizStanding {
	/** Attempts allowed, with any extra ones granted; null when unlimited. */
	allowed: number | null;
	/** Attempts started, finished or not. */
	used: number;
	left: number | null;
	passed: boolean;
	/** The score that counts (best or last, as the quiz says), once an attempt is submitted. */
	scoreOfRecord: number | null;
	inProgress: boolean;
	canStart: boolean;
}

/** Where a trainee stands on a quiz, from their attempts in the order taken. */
export function quizStandingOf(quiz: Quiz, attempts: AttemptFacts[], extraAttempts: number): QuizStanding {
	const allowed = quiz.attempts === 'unlimited' ? null : quiz.attempts + extraAttempts;
	const submitted = attempts.filter((a) => a.submittedAt !== null && a.score !== null);
	const scores = submitted.map((a) => a.score!);
	const scoreOfRecord = scores.length === 0 ? null : quiz.counts === 'best' ? Math.max(...scores) : scores[scores.length - 1];
	const inProgress = attempts.some((a) => a.submittedAt === null);
	const left = allowed === null ? null : Math.max(0, allowed - attempts.length);
	return {
		allowed,
		used: attempts.length,
		left,
		passed: submitted.some((a) => a.passed),
		scoreOfRecord,
		inProgress,
		canStart: !inProgress && (left === null || left > 0)
	};
}

/** Whether a submitted attempt may show its answers and feedback now. */
export function revealsAnswers(quiz: Quiz, standing: QuizStanding): boolean {
	switch (quiz.reveal) {
		case 'after_each_attempt':
			return true;
		case 'once_passed':
			return standing.passed;
		case 'after_last_attempt':
			return standing.left === 0 && !standing.inProgress;
	}
}

/** An attempt whose time is up, grace included: it is graded on the answers saved in time. */
export const isOverdue = (deadlineAt: number | null, now: number) => deadlineAt !== null && now > deadlineAt + GRACE_MS;
