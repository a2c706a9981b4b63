// Pure figures of the admin overview: every cohort's head-counts from grouped rows.
import type { CohortOverview, OverviewCohort } from '$lib/dashboards/types';
import { expectedBy, torontoDay, type Schedule } from './schedule';

interface OverviewFacts {
	cohorts: OverviewCohort[];
	enrolled: Map<string, number>;
	active: Map<string, number>;
	/** How many trainees completed how many modules, per cohort (those with none left out). */
	completions: { cohortId: string; completed: number; people: number }[];
	/** Each cohort's schedule, from schedule/service.ts cohortSchedules. */
	schedules: Map<string, Schedule>;
	now: number;
}

export function overviewFigures(facts: OverviewFacts): {
	cohorts: CohortOverview[];
	totals: Pick<CohortOverview, 'enrolled' | 'active' | 'finished' | 'behind'>;
} {
	const today = torontoDay(facts.now);
	const byCohort = new Map<string, { completed: number; people: number }[]>();
	for (const row of facts.completions) byCohort.set(row.cohortId, [...(byCohort.get(row.cohortId) ?? []), row]);
	const cohorts = facts.cohorts.map((cohort) => {
		const expected = expectedBy(facts.schedules.get(cohort.id)!, today);
		const counts = byCohort.get(cohort.id) ?? [];
		const people = (test: (completed: number) => boolean) =>
			counts.filter((c) => test(Math.min(c.completed, cohort.moduleCount))).reduce((n, c) => n + c.people, 0);
		const enrolled = facts.enrolled.get(cohort.id) ?? 0;
		const onTrackOrDone = expected === 0 ? enrolled : people((n) => n >= expected);
		return {
			...cohort,
			enrolled,
			active: facts.active.get(cohort.id) ?? 0,
			finished: cohort.moduleCount > 0 ? people((n) => n >= cohort.moduleCount) : 0,
			behind: Math.max(0, enrolled - onTrackOrDone),
			expected
		};
	});
	const sum = (key: 'enrolled' | 'active' | 'finished' | 'behind') => cohorts.reduce((total, c) => total + c[key], 0);
	return { cohorts, totals: { enrolled: sum('enrolled'), active: sum('active'), finished: sum('finished'), behind: sum('behind') } };
}
