// Pure rules of the cohort dashboard: each trainee's standing and risks, and the cohort's
// figures, from rows the repository reads. No database, no SvelteKit.
import type { ModuleStatus } from '$lib/dashboards/statuses';
import type { CohortFigures, DashboardModule, Risk, Standing, Trainee, TraineeProgress } from '$lib/dashboards/types';
import { expectedBy, torontoDay, type Schedule } from './schedule';

export const DEFAULT_INACTIVE_DAYS = 14;
export const ACTIVE_WINDOW_DAYS = 7;
/** Failed attempts at one quiz, without a pass, that make a trainee at risk. */
export const QUIZ_FAILURES_AT_RISK = 2;
const DAY_MS = 86_400_000;

export interface ProgressRow {
	userId: string;
	moduleSlug: string;
	status: ModuleStatus;
	revisionRequestedAt: number | null;
	completedAt: number | null;
}

export interface QuizAttempt {
	userId: string;
	moduleSlug: string;
	at: number;
	score: number | null;
	passed: boolean | null;
}

/** What an instructor can act on first: a revision to chase, a quiz to help with, then silence. */
const RISK_ORDER: Record<Risk['kind'], number> = { revision_waiting: 0, quiz_failed: 1, inactive: 2 };

export interface CohortFacts {
	schedule: Schedule;
	modules: DashboardModule[];
	trainees: Trainee[];
	progress: ProgressRow[];
	/** Each person's latest event that they made themselves (not an instructor's review of it). */
	lastActive: Map<string, number>;
	attempts: QuizAttempt[];
	now: number;
	inactiveDays?: number;
}

export function standingOf(completed: number, total: number, expected: number): Standing {
	if (total > 0 && completed >= total) return 'finished';
	return completed >= expected ? 'on_track' : 'behind';
}

/** Failed attempts per person and quiz, counting only quizzes the person has not passed since. */
function quizFailures(attempts: QuizAttempt[]): Map<string, Map<string, number>> {
	const failures = new Map<string, Map<string, number>>();
	const passed = new Set(attempts.filter((a) => a.passed === true).map((a) => `${a.userId}\u0000${a.moduleSlug}`));
	for (const attempt of attempts) {
		if (attempt.passed !== false || passed.has(`${attempt.userId}\u0000${attempt.moduleSlug}`)) continue;
		const mine = failures.get(attempt.userId) ?? new Map<string, number>();
		mine.set(attempt.moduleSlug, (mine.get(attempt.moduleSlug) ?? 0) + 1);
		failures.set(attempt.userId, mine);
	}
	return failures;
}

export function traineeProgress(facts: CohortFacts): TraineeProgress[] {
	const { schedule, modules, now } = facts;
	const inactiveDays = facts.inactiveDays ?? DEFAULT_INACTIVE_DAYS;
	const today = torontoDay(now);
	const expected = expectedBy(schedule, today);
	const column = new Map(modules.map((module, i) => [module.slug, i]));
	const rowsByUser = new Map<string, ProgressRow[]>();
	for (const row of facts.progress) {
		if (!column.has(row.moduleSlug)) continue;
		const rows = rowsByUser.get(row.userId) ?? [];
		rows.push(row);
		rowsByUser.set(row.userId, rows);
	}
	const failures = quizFailures(facts.attempts);

	return facts.trainees.map((trainee) => {
		const statuses: ModuleStatus[] = modules.map(() => 'not_started');
		const risks: Risk[] = [];
		for (const row of rowsByUser.get(trainee.id) ?? []) {
			const i = column.get(row.moduleSlug)!;
			statuses[i] = row.status;
			if (row.status === 'needs_revision') risks.push({ kind: 'revision_waiting', module: modules[i], since: row.revisionRequestedAt ?? now });
		}
		for (const [slug, count] of failures.get(trainee.id) ?? []) {
			const i = column.get(slug);
			if (i !== undefined && count >= QUIZ_FAILURES_AT_RISK && statuses[i] !== 'completed')
				risks.push({ kind: 'quiz_failed', module: modules[i], failures: count });
		}
		const completed = statuses.filter((s) => s === 'completed').length;
		const standing = standingOf(completed, modules.length, expected);
		const lastActiveAt = facts.lastActive.get(trainee.id) ?? null;
		const idleDays = today - (lastActiveAt === null ? schedule.startDay : torontoDay(lastActiveAt));
		if (standing !== 'finished' && today >= schedule.startDay && idleDays >= inactiveDays) {
			risks.push({ kind: 'inactive', days: idleDays, never: lastActiveAt === null });
		}
		risks.sort((a, b) => RISK_ORDER[a.kind] - RISK_ORDER[b.kind]);
		return { ...trainee, statuses, completed, standing, lastActiveAt, risks };
	});
}

export function cohortFigures(trainees: TraineeProgress[], schedule: Schedule, moduleCount: number, now: number): CohortFigures {
	const activeSince = now - ACTIVE_WINDOW_DAYS * DAY_MS;
	const count = (test: (t: TraineeProgress) => boolean) => trainees.filter(test).length;
	const statusCount = (status: ModuleStatus) => trainees.reduce((sum, t) => sum + t.statuses.filter((s) => s === status).length, 0);
	return {
		enrolled: trainees.length,
		active: count((t) => t.lastActiveAt !== null && t.lastActiveAt >= activeSince),
		finished: count((t) => t.standing === 'finished'),
		onTrack: count((t) => t.standing === 'on_track'),
		behind: count((t) => t.standing === 'behind'),
		atRisk: count((t) => t.risks.length > 0),
		atRiskOnTrack: count((t) => t.risks.length > 0 && t.standing === 'on_track'),
		atRiskBehind: count((t) => t.risks.length > 0 && t.standing === 'behind'),
		waitingForReview: statusCount('needs_review'),
		revisionRequested: statusCount('needs_revision'),
		expected: expectedBy(schedule, torontoDay(now)),
		modules: moduleCount
	};
}

/** The people to chase first: the most reasons, then the longest silence. */
export function atRiskFirst(trainees: TraineeProgress[]): TraineeProgress[] {
	const idle = (t: TraineeProgress) => t.risks.find((r) => r.kind === 'inactive')?.days ?? 0;
	return trainees.filter((t) => t.risks.length > 0).sort((a, b) => b.risks.length - a.risks.length || idle(b) - idle(a) || a.name.localeCompare(b.name));
}
