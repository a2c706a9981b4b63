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
	/** The day each module (in course order) should be done by, spread evenly over the cohort. */
	dueDays: number[];
}

export function scheduleOf(startsOn: string, endsOn: string, moduleCount: number): Schedule {
	const startDay = dayNumber(startsOn);
	const endDay = Math.max(startDay, dayNumber(endsOn));
	const span = endDay - startDay;
	const dueDays = Array.from({ length: moduleCount }, (_, i) => startDay + Math.round(((i + 1) * span) / moduleCount));
	return { startDay, endDay, dueDays };
}

/** How many modules should be done before `day` begins: a module is due by the end of its due day. */
export function expectedBy(schedule: Schedule, day: number): number {
	return schedule.dueDays.filter((due) => due < day).length;
}
