import { describe, expect, it } from 'vitest';
import { nextStep, stepPath, type StepModule } from './next-step';
import { NO_FACTS, type ModuleFacts } from './status';
import type { ModuleStatus } from '../db/schema';

const modules: StepModule[] = [
	{ slug: 'welcome', requires: [], hasQuiz: true, hasExercise: true },
	{ slug: 'writing', requires: ['welcome'], hasQuiz: true, hasExercise: false },
	{ slug: 'wrap-up', requires: ['writing'], hasQuiz: false, hasExercise: false }
];
const progressOf = (entries: [string, Partial<ModuleFacts>, ModuleStatus][]) =>
	new Map(entries.map(([slug, facts, status]) => [slug, { facts: { ...NO_FACTS, ...facts }, status }]));

describe('nextStep', () => {
	it('starts with the first lesson', () => {
		expect(nextStep(modules, new Map(), new Set())).toEqual({ kind: 'lesson', module: 'welcome' });
	});

	it('goes to the quiz once the lesson is opened, then to the exercise once the quiz is passed', () => {
		expect(nextStep(modules, progressOf([['welcome', { viewed: true }, 'in_progress']]), new Set())).toEqual({ kind: 'quiz', module: 'welcome' });
		expect(nextStep(modules, progressOf([['welcome', { viewed: true, quizPassed: true }, 'in_progress']]), new Set())).toEqual({
			kind: 'exercise',
			module: 'welcome'
		});
	});

	it('moves on to the next module while an exercise waits for review, when the course opens it', () => {
		const progress = progressOf([['welcome', { viewed: true, quizPassed: true, exerciseSubmitted: true }, 'needs_review']]);
		expect(nextStep(modules, progress, new Set(['welcome']))).toEqual({ kind: 'lesson', module: 'writing' });
		expect(nextStep(modules, progress, new Set())).toEqual({ kind: 'waiting', module: 'welcome' });
	});

	it('puts a requested revision first', () => {
		const progress = progressOf([
			['welcome', { viewed: true, quizPassed: true, exerciseSubmitted: true, revisionRequested: true }, 'needs_revision'],
			['writing', { viewed: true }, 'in_progress']
		]);
		expect(nextStep(modules, progress, new Set(['welcome']))).toEqual({ kind: 'revision', module: 'welcome' });
	});

	it('sends a lesson-only module back to its lesson to be marked complete, and says when all is done', () => {
		const done = progressOf([
			['welcome', {}, 'completed'],
			['writing', {}, 'completed'],
			['wrap-up', { viewed: true }, 'in_progress']
		]);
		expect(nextStep(modules, done, new Set(['welcome', 'writing']))).toEqual({ kind: 'lesson', module: 'wrap-up' });
		done.set('wrap-up', { facts: NO_FACTS, status: 'completed' });
		expect(nextStep(modules, done, new Set(['welcome', 'writing', 'wrap-up']))).toEqual({ kind: 'done' });
	});
});

describe('stepPath', () => {
	it('leads to the page where the step is done', () => {
		expect(stepPath('c', { kind: 'lesson', module: 'w' })).toBe('/courses/c/w');
		expect(stepPath('c', { kind: 'quiz', module: 'w' })).toBe('/courses/c/w/quiz');
		expect(stepPath('c', { kind: 'revision', module: 'w' })).toBe('/courses/c/w/exercise');
		expect(stepPath('c', { kind: 'done' })).toBe('/courses/c');
	});
});
