// Calendar arithmetic for cohort schedules. Cohorts run on Ontario dates (YYYY-MM-DD), so every
// timestamp is turned into the date it fell on in Toronto before it is compared with them.
const DAY_MS = 86_400_000;

const torontoFormat = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', year: 'numeric', month: '2-digit', day: '2-digit' });

/** A calendar date as a whole day number, so that dates subtract without time zones. */
export function dayNumber(date: string): number {
	return Math.floor(Date.parse(`${date}T00:00:00Z`) / DAY_MS);
}

export function dateOfDay(day: number): string {
	return new Date(day * DAY_MS).toISOString().slice(0, 10);
}

/** The date a moment fell on in Ontario. */
export function torontoDate(at: number): string {
	return torontoFormat.format(new Date(at));
}

const HOUR_MS = 3_600_000;
const dayOfHour = new Map<number, number>();

/**
 * The Ontario day number of a moment. Remembered per hour (Ontario's offsets are whole hours
 * and change on the hour): a dashboard dates thousands of moments and Intl is slow.
 */
export function torontoDay(at: number): number {
	const hour = Math.floor(at / HOUR_MS);
	let day = dayOfHour.get(hour);
	if (day === undefined) {
		if (dayOfHour.size > 50_000) dayOfHour.clear();
		dayOfHour.set(hour, (day = dayNumber(torontoDate(hour * HOUR_MS))));
	}
	return day;
}

export interface Schedule {
	startDay: number;
	endDay: number;
	/** The day each module (in course order) should be done by: computed, or as an instructor set it. */
	dueDays: number[];
}

/**
 * The day each module is due when nobody has set one: each module's share of the cohort's span is
 * proportional to its estimated minutes, counted cumulatively and rounded to the nearest day, so
 * the last module is due on the end date and rounding never adds up. A one-day cohort (or an end
 * before the start) has everything due on its first day; more modules than days share days; when
 * no module has an estimate, each weighs the same.
 */
export function computedDueDays(startDay: number, endDay: number, minutes: readonly number[]): number[] {
	const span = Math.max(0, endDay - startDay);
	const weights = minutes.map((value) => (Number.isFinite(value) && value > 0 ? value : 0));
	const total = weights.reduce((sum, w) => sum + w, 0);
	const even = total === 0;
	let sum = 0;
	return weights.map((weight) => {
		sum += even ? 1 : weight;
		return startDay + Math.round((sum * span) / (even ? weights.length : total));
	});
}

/**
 * A cohort's schedule: its dates, each module's estimated minutes in course order, and the due
 * dates instructors set (YYYY-MM-DD, null where the computed date stands).
 */
export function scheduleOf(startsOn: string, endsOn: string, minutes: readonly number[], overrides: readonly (string | null | undefined)[] = []): Schedule {
	const startDay = dayNumber(startsOn);
	const endDay = Math.max(startDay, dayNumber(endsOn));
	const computed = computedDueDays(startDay, endDay, minutes);
	const dueDays = computed.map((day, i) => (overrides[i] ? dayNumber(overrides[i]) : day));
	return { startDay, endDay, dueDays };
}

/** Equal estimates, for modules nobody has estimated (a course outside the catalog). */
export function evenly(moduleCount: number): number[] {
	return Array.from({ length: moduleCount }, () => 1);
}

/** How many modules should be done before `day` begins: a module is due by the end of its due day. */
export function expectedBy(schedule: Schedule, day: number): number {
	return schedule.dueDays.filter((due) => due < day).length;
}
