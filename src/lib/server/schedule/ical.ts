// iCalendar (RFC 5545) text for a list of all-day due dates: what Outlook, Google Calendar and
// Apple Calendar subscribe to. Pure: no database, no clock (the caller passes the time).

export interface DueEvent {
	/** Stable per cohort and module, so a calendar updates an event instead of adding another. */
	uid: string;
	/** The due day, YYYY-MM-DD. */
	date: string;
	summary: string;
	description: string;
	url: string;
}

export interface CalendarInput {
	name: string;
	events: readonly DueEvent[];
	now: number;
}

const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** TEXT values escape backslashes, semicolons, commas and line breaks (RFC 5545 3.3.11). */
export function escapeText(value: string): string {
	return value
		.replace(/\\/g, '\\\\')
		.replace(/;/g, '\\;')
		.replace(/,/g, '\\,')
		.replace(/\r\n|\r|\n/g, '\\n');
}

/**
 * Splits a content line into lines of at most 75 octets, each continuation starting with one
 * space (RFC 5545 3.1), never inside a UTF-8 character.
 */
export function foldLine(line: string): string {
	const parts: string[] = [];
	let current = '';
	let octets = 0;
	for (const char of line) {
		const size = encoder.encode(char).length;
		const limit = parts.length === 0 ? MAX_OCTETS : MAX_OCTETS - 1;
		if (octets + size > limit) {
			parts.push(current);
			current = '';
			octets = 0;
		}
		current += char;
		octets += size;
	}
	parts.push(current);
	return parts.join(`${CRLF} `);
}

/** The reverse of folding: what a calendar application reads. */
export function unfold(text: string): string[] {
	return text
		.replace(/\r\n[ \t]/g, '')
		.split(CRLF)
		.filter((line) => line !== '');
}

const compactDate = (date: string) => date.replace(/-/g, '');

function nextDay(date: string): string {
	const next = new Date(Date.parse(`${date}T00:00:00Z`) + 86_400_000);
	return next.toISOString().slice(0, 10);
}

function timestamp(at: number): string {
	return new Date(at)
		.toISOString()
		.replace(/[-:]/g, '')
		.replace(/\.\d{3}/, '');
}

/** A whole calendar: CRLF line endings, folded lines, one all-day event per due date. */
export function calendarText(input: CalendarInput): string {
	const stamp = timestamp(input.now);
	const lines = [
		'BEGIN:VCALENDAR',
		'VERSION:2.0',
		'PRODID:-//Government of Ontario//Bootcamp due dates//EN',
		'CALSCALE:GREGORIAN',
		'METHOD:PUBLISH',
		`X-WR-CALNAME:${escapeText(input.name)}`,
		'X-WR-TIMEZONE:America/Toronto'
	];
	for (const event of input.events) {
		lines.push(
			'BEGIN:VEVENT',
			`UID:${escapeText(event.uid)}`,
			`DTSTAMP:${stamp}`,
			`DTSTART;VALUE=DATE:${compactDate(event.date)}`,
			`DTEND;VALUE=DATE:${compactDate(nextDay(event.date))}`,
			`SUMMARY:${escapeText(event.summary)}`,
			`DESCRIPTION:${escapeText(event.description)}`,
			`URL:${event.url}`,
			'TRANSP:TRANSPARENT',
			'END:VEVENT'
		);
	}
	lines.push('END:VCALENDAR');
	return lines.map(foldLine).join(CRLF) + CRLF;
}
