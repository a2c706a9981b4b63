import { describe, expect, it } from 'vitest';
import { NO_FACTS, missingPrerequisites, opensNext, moduleStatus, requirementsOf } from './status';

const lessonOnly = { hasQuiz: false, hasExercise: false };
const withQuiz = { hasQuiz: true, hasExercise: false };
const withBoth = { hasQuiz: true, hasExercise: true };

describe('moduleStatus', () => {
	it('is not started before anything happens', () => {
		expect(moduleStatus(lessonOnly, NO_FACTS)).toBe('not_started');
		expect(moduleStatus(withBoth, NO_FACTS)).toBe('not_started');
	});

	it('is in progress once the lesson is opened', () => {
		expect(moduleStatus(lessonOnly, { ...NO_FACTS, viewed: true })).toBe('in_progress');
	});

	it('completes a lesson-only module when it is marked complete', () => {
		expect(moduleStatus(lessonOnly, { ...NO_FACTS, viewed: true, markedComplete: true })).toBe('completed');
	});

	it('ignores "mark as complete" on a module with a quiz: only passing counts', () => {
		expect(moduleStatus(withQuiz, { ...NO_FACTS, viewed: true, markedComplete: true })).toBe('in_progress');
		expect(moduleStatus(withQuiz, { ...NO_FACTS, quizPassed: true })).toBe('completed');
	});

	it('needs both the quiz passed and the exercise approved when it has both', () => {
		expect(moduleStatus(withBoth, { ...NO_FACTS, quizPassed: true })).toBe('in_progress');
		expect(moduleStatus(withBoth, { ...NO_FACTS, exerciseApproved: true })).toBe('in_progress');
		expect(moduleStatus(withBoth, { ...NO_FACTS, quizPassed: true, exerciseApproved: true })).toBe('completed');
	});

	it('says whose turn it is while an exercise waits', () => {
		expect(moduleStatus(withBoth, { ...NO_FACTS, quizPassed: true, exerciseSubmitted: true })).toBe('needs_review');
		expect(moduleStatus(withBoth, { ...NO_FACTS, exerciseSubmitted: true, revisionRequested: true })).toBe('needs_revision');
	});
});

describe('requirementsOf', () => {
	it('lists what is met and what is not', () => {
		expect(requirementsOf(withBoth, { ...NO_FACTS, quizPassed: true })).toEqual([
			{ kind: 'quiz', met: true },
			{ kind: 'exercise', met: false }
		]);
		expect(requirementsOf(lessonOnly, NO_FACTS)).toEqual([{ kind: 'mark_complete', met: false }]);
	});
});

describe('missingPrerequisites', () => {
	it('unlocks only when every required module is open', () => {
		const opened = new Set(['welcome']);
		expect(missingPrerequisites(['welcome'], opened)).toEqual([]);
		expect(missingPrerequisites(['welcome', 'writing', 'french'], opened)).toEqual(['writing', 'french']);
	});
});

describe('opensNext', () => {
	const submitted = { ...NO_FACTS, viewed: true, quizPassed: true, exerciseSubmitted: true };
	it('on_submit: a submitted exercise with its quiz passed opens the next modules, even when sent back for revision', () => {
		expect(opensNext(withBoth, submitted, 'needs_review', 'on_submit')).toBe(true);
		expect(opensNext(withBoth, { ...submitted, revisionRequested: true }, 'needs_revision', 'on_submit')).toBe(true);
	});
	it('on_submit: the quiz must still be passed', () => {
		expect(opensNext(withBoth, { ...submitted, quizPassed: false }, 'needs_review', 'on_submit')).toBe(false);
	});
	it('on_approval: only a completed module opens the next ones', () => {
		expect(opensNext(withBoth, submitted, 'needs_review', 'on_approval')).toBe(false);
		expect(opensNext(withBoth, { ...submitted, exerciseApproved: true }, 'completed', 'on_approval')).toBe(true);
	});
});
