import type { CompletionRule } from '../content/schema';

/** What the rule needs to know about one module of the course. */
export interface RuleModule {
	slug: string;
	hasQuiz: boolean;
	hasExercise: boolean;
}

/** One person's standing in one module (a module_progress row, as plain facts). */
export interface ModuleStanding {
	moduleSlug: string;
	completed: boolean;
	quizPassed: boolean;
	exerciseApproved: boolean;
}

interface RuleInput {
	rule: CompletionRule;
	modules: RuleModule[];
	standings: ModuleStanding[];
	/** Best score per quiz, in percent (0–100); read only when the rule sets min_quiz_average. */
	quizScores?: Record<string, number>;
}

type UnmetRequirement =
	| { kind: 'module'; module: string }
	| { kind: 'quiz'; module: string }
	| { kind: 'exercise'; module: string }
	| { kind: 'quiz_average'; required: number; actual: number };

interface RuleResult {
	met: boolean;
	unmet: UnmetRequirement[];
	/** Average of the best scores of the counted quizzes, when the rule asks for one. */
	quizAverage?: number;
}

function selected(choice: 'all' | 'none' | string[], candidates: RuleModule[]): string[] {
	if (choice === 'all') return candidates.map((m) => m.slug);
	if (choice === 'none') return [];
	return choice;
}

/**
 * The one completion rule: every listed module completed, every listed quiz passed, every
 * listed exercise approved and, when set, the average of the best quiz scores at or above the
 * minimum. "all" means every module (or every module with a quiz, or an exercise). The average
 * counts the quizzes the rule requires, or every quiz of the course when it requires none; a
 * quiz never attempted counts as 0.
 */
export function evaluateCompletion({ rule, modules, standings, quizScores = {} }: RuleInput): RuleResult {
	const standing = new Map(standings.map((s) => [s.moduleSlug, s]));
	const unmet: UnmetRequirement[] = [];
	for (const module of selected(rule.modules, modules)) {
		if (!standing.get(module)?.completed) unmet.push({ kind: 'module', module });
	}
	const quizModules = modules.filter((m) => m.hasQuiz);
	const requiredQuizzes = selected(rule.quizzes_passed, quizModules);
	for (const module of requiredQuizzes) {
		if (!standing.get(module)?.quizPassed) unmet.push({ kind: 'quiz', module });
	}
	for (const module of selected(
		rule.exercises_approved,
		modules.filter((m) => m.hasExercise)
	)) {
		if (!standing.get(module)?.exerciseApproved) unmet.push({ kind: 'exercise', module });
	}
	let quizAverage: number | undefined;
	if (rule.min_quiz_average !== undefined) {
		const counted = requiredQuizzes.length ? requiredQuizzes : quizModules.map((m) => m.slug);
		if (counted.length) {
			quizAverage = counted.reduce((sum, slug) => sum + (quizScores[slug] ?? 0), 0) / counted.length;
			if (quizAverage < rule.min_quiz_average) unmet.push({ kind: 'quiz_average', required: rule.min_quiz_average, actual: quizAverage });
		}
	}
	return { met: unmet.length === 0, unmet, quizAverage };
}

/** The expiry of a record completed at `completedAt`, `months` calendar months later (end-of-month clamped). */
export function expiryOf(completedAt: number, months: number | undefined): number | null {
	if (months === undefined) return null;
	const start = new Date(completedAt);
	const target = new Date(start);
	target.setUTCDate(1);
	target.setUTCMonth(start.getUTCMonth() + months);
	const lastDay = new Date(Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0)).getUTCDate();
	target.setUTCDate(Math.min(start.getUTCDate(), lastDay));
	return target.getTime();
}

export type RecordStatus = 'valid' | 'expired' | 'revoked';

/** What a verifier is told: revoked wins over expired, which is judged at `now`. */
export function recordStatus(record: { status: 'active' | 'revoked'; expires_at: number | null }, now = Date.now()): RecordStatus {
	if (record.status === 'revoked') return 'revoked';
	if (record.expires_at !== null && record.expires_at <= now) return 'expired';
	return 'valid';
}
