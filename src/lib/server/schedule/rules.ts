// What an instructor may set as a due date: a real calendar date, from the cohort's first day to
// a few weeks after its last (room for an extension, not for a typo in the year).
import { dateOfDay, dayNumber } from '../dashboards/schedule';

export const EXTENSION_DAYS = 30;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

export function dueDateBounds(startsOn: string, endsOn: string): { earliest: string; latest: string } {
	const start = dayNumber(startsOn);
	return { earliest: startsOn, latest: dateOfDay(Math.max(start, dayNumber(endsOn)) + EXTENSION_DAYS) };
}

export type DueDateProblem = 'format' | 'range';

export function dueDateProblem(value: string, bounds: { earliest: string; latest: string }): DueDateProblem | null {
	if (!DATE.test(value) || !Number.isFinite(dayNumber(value)) || dateOfDay(dayNumber(value)) !== value) return 'format';
	return value < bounds.earliest || value > bounds.latest ? 'range' : null;
}
