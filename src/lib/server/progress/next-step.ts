import type { ModuleStatus } from '../db/schema';
import { missingPrerequisites, type ModuleFacts, type ModuleRequirements } from './status';

export interface StepModule extends ModuleRequirements {
	slug: string;
	requires: string[];
}

/** Where "Continue" leads: a revision to make, the next lesson, quiz or exercise, or nothing left to do. */
export type NextStep = { kind: 'revision' | 'lesson' | 'quiz' | 'exercise'; module: string } | { kind: 'waiting'; module: string } | { kind: 'done' };

/**
 * The trainee's next step in a course: a revision an instructor asked for comes first (it is
 * what someone is waiting on); then, in course order, the first open module's first unmet step.
 * A module whose exercise waits for review is passed over, so a review never hides what follows.
 */
export function nextStep(modules: StepModule[], progress: Map<string, { facts: ModuleFacts; status: ModuleStatus }>, opened: Set<string>): NextStep {
	const stateOf = (slug: string) => progress.get(slug);
	const revision = modules.find((m) => stateOf(m.slug)?.status === 'needs_revision');
	if (revision) return { kind: 'revision', module: revision.slug };
	let waiting: string | null = null;
	for (const module of modules) {
		const state = stateOf(module.slug);
		if (state?.status === 'completed') continue;
		if (missingPrerequisites(module.requires, opened).length) continue;
		const facts = state?.facts;
		if (!facts || !Object.values(facts).some(Boolean)) return { kind: 'lesson', module: module.slug };
		if (module.hasQuiz && !facts.quizPassed) return { kind: 'quiz', module: module.slug };
		if (module.hasExercise && !facts.exerciseSubmitted) return { kind: 'exercise', module: module.slug };
		if (!module.hasQuiz && !module.hasExercise) return { kind: 'lesson', module: module.slug };
		waiting ??= module.slug;
	}
	return waiting ? { kind: 'waiting', module: waiting } : { kind: 'done' };
}

/** The address a step leads to, under the course's address. */
export function stepPath(courseSlug: string, step: NextStep): string {
	if (step.kind === 'done') return `/courses/${courseSlug}`;
	const module = `/courses/${courseSlug}/${step.module}`;
	if (step.kind === 'quiz') return `${module}/quiz`;
	if (step.kind === 'exercise' || step.kind === 'revision') return `${module}/exercise`;
	return module;
}
