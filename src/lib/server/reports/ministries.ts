// Pure figures of the ministries report: enrolments grouped by ministry, then branch. No database.
import type { Standing } from '$lib/dashboards/types';
import type { BranchRow, MinistryReport, MinistryRow, ReportCounts } from '$lib/reports/types';

/** One person's enrolment in one cohort, with the standing the cohort dashboard gives them. */
export interface ReportEnrolment {
	ministry: string;
	branch: string;
	standing: Standing;
	/** Whether they have opened any module of the cohort's course. */
	started: boolean;
}

type Category = Exclude<keyof ReportCounts, 'enrolled'>;

/**
 * The one column an enrolment counts in. Finished first; then anyone who has not opened a module
 * yet; the others are on track or behind by the dashboard's own rule.
 */
export function categoryOf(enrolment: Pick<ReportEnrolment, 'standing' | 'started'>): Category {
	if (enrolment.standing === 'finished') return 'finished';
	if (!enrolment.started) return 'notStarted';
	return enrolment.standing === 'behind' ? 'behind' : 'onTrack';
}

const emptyCounts = (): ReportCounts => ({ enrolled: 0, finished: 0, onTrack: 0, behind: 0, notStarted: 0 });

function add(counts: ReportCounts, category: Category): void {
	counts.enrolled += 1;
	counts[category] += 1;
}

/** Spacing and case vary between rosters ("Ministry of Health", "ministry of health "): one group. */
const tidy = (name: string) => name.replace(/\s+/g, ' ').trim();
const groupKey = (name: string) => tidy(name).toLocaleLowerCase('en-CA');

/** Named groups in the reader's alphabetical order; the unrecorded ('') last. */
function byName<T>(name: (row: T) => string, compare: (a: string, b: string) => number) {
	return (a: T, b: T) => ((name(a) === '') !== (name(b) === '') ? (name(a) === '' ? 1 : -1) : compare(name(a), name(b)));
}

export function ministryReport(enrolments: ReportEnrolment[], cohorts: number, compare: (a: string, b: string) => number): MinistryReport {
	const ministries = new Map<string, MinistryRow & { byBranch: Map<string, BranchRow> }>();
	const totals = emptyCounts();
	for (const enrolment of enrolments) {
		const category = categoryOf(enrolment);
		const ministryKey = groupKey(enrolment.ministry);
		let ministry = ministries.get(ministryKey);
		if (!ministry) ministries.set(ministryKey, (ministry = { ministry: tidy(enrolment.ministry), ...emptyCounts(), branches: [], byBranch: new Map() }));
		const branchKey = groupKey(enrolment.branch);
		let branch = ministry.byBranch.get(branchKey);
		if (!branch) ministry.byBranch.set(branchKey, (branch = { branch: tidy(enrolment.branch), ...emptyCounts() }));
		add(branch, category);
		add(ministry, category);
		add(totals, category);
	}
	const rows = [...ministries.values()].map(({ byBranch, ...ministry }) => ({
		...ministry,
		branches: [...byBranch.values()].sort(byName((b) => b.branch, compare))
	}));
	return { ministries: rows.sort(byName((m) => m.ministry, compare)), totals, cohorts };
}
