// What the ministries report's page receives: built on the server by src/lib/server/reports/.

/** Each enrolment counts in exactly one of these: the figures add up to `enrolled`. */
export interface ReportCounts {
	enrolled: number;
	finished: number;
	onTrack: number;
	behind: number;
	notStarted: number;
}

export interface BranchRow extends ReportCounts {
	/** '' when the roster recorded none. */
	branch: string;
}

export interface MinistryRow extends ReportCounts {
	/** '' when the roster recorded none. */
	ministry: string;
	branches: BranchRow[];
}

export interface MinistryReport {
	ministries: MinistryRow[];
	totals: ReportCounts;
	/** Cohorts counted (after the filter). */
	cohorts: number;
}

export interface ReportFilter {
	cohort: string | null;
	course: string | null;
}

/** The share of enrolments a count is, 0–1 (0 when nobody is enrolled). */
export const shareOf = (count: number, enrolled: number) => (enrolled > 0 ? count / enrolled : 0);
