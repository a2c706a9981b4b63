// What a trainee's page shows of their cohort's schedule (made in src/lib/server/schedule/).

export interface DueModule {
	slug: string;
	position: number;
	title: string;
	dueOn: string;
}

export type OwnStanding = { kind: 'finished' } | { kind: 'on_track'; next: DueModule | null } | { kind: 'behind'; by: number; overdue: DueModule };

export interface DueDate {
	slug: string;
	/** YYYY-MM-DD: due by the end of that day. */
	dueOn: string;
	/** Past its day and not done. */
	overdue: boolean;
}
