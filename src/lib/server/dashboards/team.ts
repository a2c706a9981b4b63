// Pure rules of the manager's view: when a person should finish, from their pace so far.
import type { ExpectedFinish } from '$lib/dashboards/types';
import { dateOfDay, expectedBy, torontoDate, torontoDay, type Schedule } from './schedule';

export interface Enrolment {
	completed: number;
	total: number;
	lastCompletedAt: number | null;
	endsOn: string;
	/** The cohort's schedule, from schedule/service.ts cohortSchedules. */
	schedule: Schedule;
}

/**
 * On schedule: the cohort's end date. Behind: the date their pace so far would take them to,
 * when that is after the end. Not started (and already behind): no pace to project from.
 */
export function expectedFinish(enrolment: Enrolment, now: number): ExpectedFinish {
	const { completed, total, endsOn, schedule } = enrolment;
	if (total > 0 && completed >= total) return { kind: 'finished', on: torontoDate(enrolment.lastCompletedAt ?? now) };
	const today = torontoDay(now);
	if (completed >= expectedBy(schedule, today)) return { kind: 'on_schedule', on: endsOn };
	if (completed === 0) return { kind: 'not_started', on: endsOn };
	const daysSoFar = Math.max(1, today - schedule.startDay);
	const projected = today + Math.ceil(((total - completed) * daysSoFar) / completed);
	return projected <= schedule.endDay ? { kind: 'on_schedule', on: endsOn } : { kind: 'projected', on: dateOfDay(projected) };
}
