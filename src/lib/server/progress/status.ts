import type { ModuleProgressTable, ModuleStatus } from '../db/schema';

/** What a module asks of a trainee: its quiz passed, its exercise approved, or (neither) a "mark as complete". */
export interface ModuleRequirements {
	hasQuiz: boolean;
	hasExercise: boolean;
}

/** What has happened so far, for one person and one module. */
export interface ModuleFacts {
	viewed: boolean;
	markedComplete: boolean;
	quizPassed: boolean;
	exerciseSubmitted: boolean;
	exerciseApproved: boolean;
	revisionRequested: boolean;
}

export const NO_FACTS: ModuleFacts = {
	viewed: false,
	markedComplete: false,
	quizPassed: false,
	exerciseSubmitted: false,
	exerciseApproved: false,
	revisionRequested: false
};

/** The facts a module's progress row records (a missing row: nothing yet). */
export const factsOfRow = (row: Partial<ModuleProgressTable> | undefined): ModuleFacts => ({
	viewed: row?.viewed_at != null,
	markedComplete: row?.marked_complete_at != null,
	quizPassed: row?.quiz_passed_at != null,
	exerciseSubmitted: row?.exercise_submitted_at != null,
	exerciseApproved: row?.exercise_approved_at != null,
	revisionRequested: row?.revision_requested_at != null
});

export type RequirementKind = 'mark_complete' | 'quiz' | 'exercise';

export function requirementsOf(module: ModuleRequirements, facts: ModuleFacts): { kind: RequirementKind; met: boolean }[] {
	if (!module.hasQuiz && !module.hasExercise) return [{ kind: 'mark_complete', met: facts.markedComplete }];
	return [
		...(module.hasQuiz ? [{ kind: 'quiz' as const, met: facts.quizPassed }] : []),
		...(module.hasExercise ? [{ kind: 'exercise' as const, met: facts.exerciseApproved }] : [])
	];
}

/**
 * The one rule for a module's status: completed when every requirement is met; otherwise
 * what waits on whom (an instructor's review, the trainee's revision), or whether they started.
 */
export function moduleStatus(module: ModuleRequirements, facts: ModuleFacts): ModuleStatus {
	if (requirementsOf(module, facts).every((r) => r.met)) return 'completed';
	if (module.hasExercise && !facts.exerciseApproved) {
		if (facts.revisionRequested) return 'needs_revision';
		if (facts.exerciseSubmitted) return 'needs_review';
	}
	const started = Object.values(facts).some(Boolean);
	return started ? 'in_progress' : 'not_started';
}

/** The course setting: a submitted exercise opens the next modules, or only an approved one. */
export type UnlockRule = 'on_submit' | 'on_approval';

/**
 * Whether a module opens the modules that require it: when completed, or (on_submit) when all
 * that is left is an instructor's review, so a review never holds a trainee back.
 */
export function opensNext(module: ModuleRequirements, facts: ModuleFacts, status: ModuleStatus, unlock: UnlockRule): boolean {
	if (status === 'completed') return true;
	if (unlock === 'on_approval') return false;
	return requirementsOf(module, { ...facts, exerciseApproved: facts.exerciseApproved || facts.exerciseSubmitted }).every((r) => r.met);
}

/** The modules named in `requires` that are not open yet (see opensNext): empty means unlocked. */
export function missingPrerequisites(requires: string[], opened: Set<string>): string[] {
	return requires.filter((slug) => !opened.has(slug));
}
