// A trainee's own standing, by the same rule the instructor and the manager see (standingOf),
// with what a sentence needs: how far behind, and which module was due when.
import { standingOf } from '../dashboards/cohort';
import type { DueDate, DueModule, OwnStanding } from '$lib/schedule/types';
import { dateOfDay, expectedBy, type Schedule } from '../dashboards/schedule';

export interface ModuleFacts {
	slug: string;
	position: number;
	title: string;
	completed: boolean;
}

/** Each module's due date, and whether it is past due and not done (due by the end of its day). */
export function dueDatesOf(schedule: Schedule, modules: readonly ModuleFacts[], today: number): DueDate[] {
	return modules.map((mod, i) => ({ slug: mod.slug, dueOn: dateOfDay(schedule.dueDays[i]), overdue: !mod.completed && schedule.dueDays[i] < today }));
}

export function ownStanding(schedule: Schedule, modules: readonly ModuleFacts[], today: number): OwnStanding {
	const completed = modules.filter((mod) => mod.completed).length;
	const expected = expectedBy(schedule, today);
	const standing = standingOf(completed, modules.length, expected);
	const due = (i: number): DueModule => ({
		slug: modules[i].slug,
		position: modules[i].position,
		title: modules[i].title,
		dueOn: dateOfDay(schedule.dueDays[i])
	});
	if (standing === 'finished') return { kind: 'finished' };
	const open = modules.map((_, i) => i).filter((i) => !modules[i].completed);
	const byDue = [...open].sort((a, b) => schedule.dueDays[a] - schedule.dueDays[b] || a - b);
	if (standing === 'on_track') return { kind: 'on_track', next: byDue.length ? due(byDue[0]) : null };
	// Fewer done than due means at least one module past its date is not done: the earliest is named.
	const overdue = byDue.find((i) => schedule.dueDays[i] < today) ?? byDue[0];
	return { kind: 'behind', by: expected - completed, overdue: due(overdue) };
}
