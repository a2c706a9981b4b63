import { describe, expect, it } from 'vitest';
import type { CompletionRule } from '../content/schema';
import { evaluateCompletion, expiryOf, recordStatus, type ModuleStanding, type RuleModule } from './rule';

const modules: RuleModule[] = [
	{ slug: 'welcome', hasQuiz: false, hasExercise: false },
	{ slug: 'practice', hasQuiz: true, hasExercise: false },
	{ slug: 'drill', hasQuiz: true, hasExercise: true },
	{ slug: 'post', hasQuiz: false, hasExercise: true }
];
const allRule: CompletionRule = { modules: 'all', quizzes_passed: 'all', exercises_approved: 'all' };
const done = (moduleSlug: string, extra: Partial<ModuleStanding> = {}): ModuleStanding => ({
	moduleSlug,
	completed: true,
	quizPassed: true,
	exerciseApproved: true,
	...extra
});
const everything = modules.map((m) => done(m.slug));

describe('the completion rule', () => {
	it('is met when every module is completed and every quiz and exercise is done', () => {
		expect(evaluateCompletion({ rule: allRule, modules, standings: everything })).toEqual({ met: true, unmet: [], quizAverage: undefined });
	});

	it('names each module, quiz and exercise still missing', () => {
		const standings = [
			done('welcome'),
			done('practice', { completed: false, quizPassed: false }),
			done('drill', { exerciseApproved: false, completed: false })
		];
		expect(evaluateCompletion({ rule: allRule, modules, standings }).unmet).toEqual([
			{ kind: 'module', module: 'practice' },
			{ kind: 'module', module: 'drill' },
			{ kind: 'module', module: 'post' },
			{ kind: 'quiz', module: 'practice' },
			{ kind: 'exercise', module: 'drill' },
			{ kind: 'exercise', module: 'post' }
		]);
	});

	it('is not met for someone who has not started', () => {
		expect(evaluateCompletion({ rule: allRule, modules, standings: [] }).met).toBe(false);
	});

	it('asks only for the modules, quizzes and exercises a rule lists', () => {
		const rule: CompletionRule = { modules: ['welcome', 'practice'], quizzes_passed: ['practice'], exercises_approved: 'none' };
		const standings = [done('welcome'), done('practice')];
		expect(evaluateCompletion({ rule, modules, standings }).met).toBe(true);
		expect(evaluateCompletion({ rule, modules, standings: [done('welcome'), done('practice', { quizPassed: false })] }).unmet).toEqual([
			{ kind: 'quiz', module: 'practice' }
		]);
	});

	it('counts "none" as nothing to pass or approve', () => {
		const rule: CompletionRule = { modules: ['welcome'], quizzes_passed: 'none', exercises_approved: 'none' };
		expect(evaluateCompletion({ rule, modules, standings: [done('welcome')] }).met).toBe(true);
	});

	describe('with a minimum quiz average', () => {
		const rule: CompletionRule = { ...allRule, min_quiz_average: 80 };

		it('is met at or above the minimum, counting the best score per quiz', () => {
			const result = evaluateCompletion({ rule, modules, standings: everything, quizScores: { practice: 70, drill: 90 } });
			expect(result).toMatchObject({ met: true, quizAverage: 80 });
		});

		it('is not met below it, and says by how much', () => {
			const result = evaluateCompletion({ rule, modules, standings: everything, quizScores: { practice: 60, drill: 90 } });
			expect(result.unmet).toEqual([{ kind: 'quiz_average', required: 80, actual: 75 }]);
		});

		it('counts a quiz never attempted as 0', () => {
			const result = evaluateCompletion({ rule, modules, standings: everything, quizScores: { practice: 100 } });
			expect(result.quizAverage).toBe(50);
			expect(result.met).toBe(false);
		});

		it('averages every quiz of the course when the rule requires none to be passed', () => {
			const noneRule: CompletionRule = { modules: 'all', quizzes_passed: 'none', exercises_approved: 'none', min_quiz_average: 50 };
			expect(evaluateCompletion({ rule: noneRule, modules, standings: everything, quizScores: { practice: 40, drill: 80 } }).quizAverage).toBe(60);
		});

		it('is ignored by a course without quizzes', () => {
			const lessons = [{ slug: 'welcome', hasQuiz: false, hasExercise: false }];
			expect(evaluateCompletion({ rule, modules: lessons, standings: [done('welcome')] }).met).toBe(true);
		});
	});
});

describe('expiry and status', () => {
	const at = (iso: string) => Date.parse(iso);

	it('has no expiry unless the course sets valid_for_months', () => {
		expect(expiryOf(at('2026-11-30T15:00:00Z'), undefined)).toBeNull();
	});

	it('adds calendar months, keeping the day or the last day of a shorter month', () => {
		expect(expiryOf(at('2026-11-30T15:00:00Z'), 12)).toBe(at('2027-11-30T15:00:00Z'));
		expect(expiryOf(at('2026-08-31T10:00:00Z'), 6)).toBe(at('2027-02-28T10:00:00Z'));
		expect(expiryOf(at('2027-08-31T10:00:00Z'), 6)).toBe(at('2028-02-29T10:00:00Z'));
	});

	it('says valid, expired once the expiry has passed, and revoked whatever the dates', () => {
		const now = at('2027-01-01T00:00:00Z');
		expect(recordStatus({ status: 'active', expires_at: null }, now)).toBe('valid');
		expect(recordStatus({ status: 'active', expires_at: now + 1 }, now)).toBe('valid');
		expect(recordStatus({ status: 'active', expires_at: now }, now)).toBe('expired');
		expect(recordStatus({ status: 'revoked', expires_at: null }, now)).toBe('revoked');
		expect(recordStatus({ status: 'revoked', expires_at: now - 1 }, now)).toBe('revoked');
	});
});
