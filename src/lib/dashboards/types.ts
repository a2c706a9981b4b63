// What the dashboards' pages receive: built on the server by src/lib/server/dashboards/, drawn by
// the components in $lib/components/dashboard/.
import type { ModuleStatus, SORTS, STANDING_FILTERS } from './statuses';

export type Standing = 'finished' | 'on_track' | 'behind';

export interface DashboardModule {
	slug: string;
	title: string;
	position: number;
}

export interface Trainee {
	id: string;
	name: string;
	email: string;
	ministry: string;
	branch: string;
}

export type Risk =
	| { kind: 'revision_waiting'; module: DashboardModule; since: number }
	| { kind: 'quiz_failed'; module: DashboardModule; failures: number }
	| { kind: 'inactive'; days: number; never: boolean };

export interface TraineeProgress extends Trainee {
	/** One status per module, in course order. */
	statuses: ModuleStatus[];
	completed: number;
	standing: Standing;
	lastActiveAt: number | null;
	risks: Risk[];
}

export interface CohortFigures {
	enrolled: number;
	active: number;
	finished: number;
	onTrack: number;
	behind: number;
	/** A flag within the standings, never a fourth one: the people at risk, split by standing. */
	atRisk: number;
	atRiskOnTrack: number;
	atRiskBehind: number;
	waitingForReview: number;
	revisionRequested: number;
	/** Modules everyone should have completed by today, of `modules`. */
	expected: number;
	modules: number;
}

/** The matrix's filters and sorting, as read from GET parameters. */
export interface MatrixQuery {
	ministry: string;
	standing: (typeof STANDING_FILTERS)[number] | null;
	status: ModuleStatus | null;
	module: string | null;
	sort: (typeof SORTS)[number];
	page: number;
	/** Days without activity that put someone at risk. */
	inactive: number;
}

export interface BurnUpPoint {
	date: string;
	/** Share of all the cohort's modules (trainees × modules) that should be done by the end of the day, 0–100. */
	expected: number;
	/** Share actually done by the end of the day; null for days still to come. */
	actual: number | null;
}

export interface FunnelStep {
	slug: string;
	title: string;
	started: number;
	completed: number;
}

export interface ScoreDistribution {
	slug: string;
	title: string;
	attempts: number;
	passed: number;
	/** Attempts scoring 0–9, 10–19, …, 90–100. */
	bands: number[];
}

export type ExpectedFinish =
	{ kind: 'finished'; on: string } | { kind: 'on_schedule'; on: string } | { kind: 'projected'; on: string } | { kind: 'not_started'; on: string };

export interface OverviewCohort {
	id: string;
	name: string;
	courseSlug: string;
	startsOn: string;
	endsOn: string;
	moduleCount: number;
}

export interface CohortOverview extends OverviewCohort {
	enrolled: number;
	active: number;
	finished: number;
	behind: number;
	expected: number;
}
