// The data behind the dashboard's pictures, as plain numbers the chart components draw.
import type { BurnUpPoint, DashboardModule, FunnelStep, ScoreDistribution, TraineeProgress } from '$lib/dashboards/types';
import type { QuizAttempt } from './cohort';
import { dateOfDay, torontoDay, type Schedule } from './schedule';

const percent = (part: number, whole: number) => (whole > 0 ? Math.round((part / whole) * 1000) / 10 : 0);

/**
 * Completion over time against the schedule, one point per day from the cohort's start to its
 * end, or to the latest completion when people finish after the end.
 */
export function burnUp(schedule: Schedule, enrolled: number, completedAts: number[], now: number): BurnUpPoint[] {
	const moduleCount = schedule.dueDays.length;
	const whole = enrolled * moduleCount;
	const today = torontoDay(now);
	const perDay = new Map<number, number>();
	let latest = schedule.endDay;
	for (const at of completedAts) {
		const day = Math.max(schedule.startDay, torontoDay(at));
		perDay.set(day, (perDay.get(day) ?? 0) + 1);
		latest = Math.max(latest, Math.min(day, today));
	}
	let done = 0;
	const points: BurnUpPoint[] = [];
	for (let day = schedule.startDay; day <= latest; day++) {
		done += perDay.get(day) ?? 0;
		const due = schedule.dueDays.filter((d) => d <= day).length;
		points.push({ date: dateOfDay(day), expected: percent(due, moduleCount), actual: day <= today ? percent(done, whole) : null });
	}
	return points;
}

/** How many trainees reached each module, and finished it, in course order. */
export function funnel(modules: DashboardModule[], trainees: TraineeProgress[]): FunnelStep[] {
	return modules.map((module, i) => ({
		slug: module.slug,
		title: module.title,
		started: trainees.filter((t) => t.statuses[i] !== 'not_started').length,
		completed: trainees.filter((t) => t.statuses[i] === 'completed').length
	}));
}

export const SCORE_BANDS = 10;

/** Every scored attempt of each quiz, in bands of ten points; quizzes nobody attempted are left out. */
export function scoreDistributions(modules: DashboardModule[], attempts: QuizAttempt[]): ScoreDistribution[] {
	return modules
		.map((module) => {
			const scored = attempts.filter((a) => a.moduleSlug === module.slug && a.score !== null);
			const bands = Array.from({ length: SCORE_BANDS }, () => 0);
			for (const attempt of scored) bands[Math.min(SCORE_BANDS - 1, Math.floor(attempt.score! / 10))]++;
			return { slug: module.slug, title: module.title, attempts: scored.length, passed: scored.filter((a) => a.passed === true).length, bands };
		})
		.filter((distribution) => distribution.attempts > 0);
}
