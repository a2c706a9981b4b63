// Pure rules of reminders and the managers' weekly digest: weeks, limits, who is due a nudge and
// what a digest says. No database, no SvelteKit.
import { dateOfDay, torontoDate, torontoDay } from '../dashboards/schedule';

/** An instructor's personal line in a reminder, at most this long. */
export const NOTE_MAX_LENGTH = 500;
/** At most this many people in one manual reminder (a cohort is some fifty). */
export const MAX_RECIPIENTS = 1000;
/** No second manual reminder to the same person in the same cohort within this time. */
export const MANUAL_COOLDOWN_MS = 3_600_000;
/** Days without activity before the automatic nudge, unless the cohort says otherwise; 0 is off. */
export const DEFAULT_NUDGE_DAYS = 7;
export const MAX_NUDGE_DAYS = 90;
/** Automatic nudges to one person in one cohort are at least this far apart (and one per Ontario week). */
export const NUDGE_SPACING_MS = 7 * 86_400_000;
/** The digest lists people who finished within this time. */
const DIGEST_WINDOW_DAYS = 7;

/** The ISO week a moment fell in, in Ontario: `2026-W49`. Weeks begin on Monday. */
export function weekKey(at: number): string {
	const day = torontoDay(at);
	// Day 0 (1970-01-01) was a Thursday; 0 = Monday here.
	const weekday = (((day + 3) % 7) + 7) % 7;
	const thursday = day - weekday + 3;
	const year = Number(dateOfDay(thursday).slice(0, 4));
	const week = Math.floor((thursday - Math.floor(Date.UTC(year, 0, 1) / 86_400_000)) / 7) + 1;
	return `${year}-W${String(week).padStart(2, '0')}`;
}

const torontoHour = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto', hour: 'numeric', hourCycle: 'h23' });
/** The weekly digest goes out from Monday, 7:00 in Ontario: at the start of a working week, not at midnight. */
export const DIGEST_HOUR = 7;

/** Whether this week's digest may go out at `at`: any time after Monday 7:00, Ontario time. */
export function digestTime(at: number): boolean {
	const weekday = (((torontoDay(at) + 3) % 7) + 7) % 7;
	return weekday > 0 || Number(torontoHour.format(new Date(at))) >= DIGEST_HOUR;
}

export interface NudgeFacts {
	/** The dashboards' rule found the person inactive for the cohort's number of days. */
	inactive: boolean;
	/** Their own latest activity in the cohort; null: none yet. */
	lastActiveAt: number | null;
	/** Their latest automatic nudge in the cohort; null: none yet. */
	lastNudgeAt: number | null;
	now: number;
}

/**
 * One nudge per silence: none when the person has not done anything since the last one, and
 * never two within a week (the database holds one per Ontario week as well).
 */
export function nudgeDue({ inactive, lastActiveAt, lastNudgeAt, now }: NudgeFacts): boolean {
	if (!inactive) return false;
	if (lastNudgeAt === null) return true;
	if (lastActiveAt === null || lastNudgeAt >= lastActiveAt) return false;
	return now - lastNudgeAt >= NUDGE_SPACING_MS;
}

/** A whole number of days between 0 and MAX_NUDGE_DAYS, or null when the text is not one. */
export function parseNudgeDays(value: string): number | null {
	const text = value.trim();
	if (!/^\d{1,3}$/.test(text)) return null;
	const days = Number(text);
	return days <= MAX_NUDGE_DAYS ? days : null;
}

export interface TeamMember {
	name: string;
	/** Each cohort the person learns in, with the dashboards' standing (dashboards/staff.ts `teamProgress`). */
	cohorts: { name: string; standing: 'finished' | 'on_track' | 'behind'; completed: number; total: number; finish: { kind: string; on: string } }[];
}

export interface DigestLine {
	name: string;
	cohort: string;
	completed: number;
	total: number;
	/** When they finished, or when their pace says they will (an Ontario date). */
	on: string;
}

export interface DigestSummary {
	finished: DigestLine[];
	behind: DigestLine[];
	onTrack: number;
}

/**
 * What a manager's weekly digest says: who finished this past week, who is behind, and how many
 * are on track. Null when there is nothing to say: nobody on the team is in a cohort, or everyone
 * finished before this week (a weekly "still finished" is noise). A quiet week where everyone is on
 * track is still sent: that is the one answer a manager wants.
 */
export function digestSummary(team: TeamMember[], now: number): DigestSummary | null {
	const since = torontoDate(now - DIGEST_WINDOW_DAYS * 86_400_000);
	const enrolments = team.flatMap((person) => person.cohorts.map((c) => ({ ...c, person: person.name })));
	const line = (e: (typeof enrolments)[number]): DigestLine => ({ name: e.person, cohort: e.name, completed: e.completed, total: e.total, on: e.finish.on });
	const finished = enrolments.filter((e) => e.standing === 'finished' && e.finish.on > since).map(line);
	const behind = enrolments.filter((e) => e.standing === 'behind').map(line);
	const onTrack = enrolments.filter((e) => e.standing === 'on_track').length;
	if (!finished.length && !behind.length && !onTrack) return null;
	return { finished, behind, onTrack };
}
