import { describe, expect, it } from 'vitest';
import { calendarText, escapeText, foldLine, unfold, type DueEvent } from './ical';

const octets = (line: string) => new TextEncoder().encode(line).length;

/** Reads a calendar back as a calendar application would: unfolded, split, unescaped. */
function parse(text: string) {
	const unescape = (value: string) => value.replace(/\\([\\;,nN])/g, (_, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
	const events: Record<string, string>[] = [];
	let current: Record<string, string> | null = null;
	for (const line of unfold(text)) {
		const colon = line.indexOf(':');
		const name = line.slice(0, colon);
		const value = line.slice(colon + 1);
		if (line === 'BEGIN:VEVENT') current = {};
		else if (line === 'END:VEVENT') {
			events.push(current!);
			current = null;
		} else if (current) current[name] = name === 'URL' ? value : unescape(value);
	}
	return events;
}

const event: DueEvent = {
	uid: 'c1.writing@bootcamp',
	date: '2027-01-31',
	summary: 'Due: Module 3, “Writing; for social media”',
	description: 'Écrire pour les médias sociaux — a back\\slash, a comma, a semicolon;\nand a second line',
	url: 'https://bootcamp.example/fr/courses/social-media-bootcamp/writing'
};
const now = Date.parse('2026-12-05T18:30:05.123Z');

describe('iCalendar text', () => {
	it('escapes backslashes, semicolons, commas and line breaks', () => {
		expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
	});

	it('folds long lines at 75 octets without splitting a character, and unfolds back to the same line', () => {
		const line = `DESCRIPTION:${'é'.repeat(50)}${'x'.repeat(100)}🙂${'ç'.repeat(40)}`;
		const folded = foldLine(line);
		const physical = folded.split('\r\n');
		expect(physical.length).toBeGreaterThan(3);
		for (const part of physical) expect(octets(part)).toBeLessThanOrEqual(75);
		for (const part of physical.slice(1)) expect(part.startsWith(' ')).toBe(true);
		expect(folded).not.toContain('\uFFFD');
		expect(unfold(folded)).toEqual([line]);
		expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
	});

	it('writes a valid calendar: CRLF only, every line within 75 octets, all-day events', () => {
		const text = calendarText({ name: 'Bootcamp, due dates', events: [event, { ...event, uid: 'c1.french@bootcamp', date: '2027-02-28' }], now });
		expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
		expect(text.endsWith('END:VCALENDAR\r\n')).toBe(true);
		expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
		for (const line of text.split('\r\n')) expect(octets(line)).toBeLessThanOrEqual(75);
		expect(text).toContain('X-WR-CALNAME:Bootcamp\\, due dates\r\n');
		expect(text).toContain('DTSTART;VALUE=DATE:20270131\r\nDTEND;VALUE=DATE:20270201\r\n');
		expect(text).toContain('DTSTART;VALUE=DATE:20270228\r\nDTEND;VALUE=DATE:20270301\r\n');
		expect(text).toContain('DTSTAMP:20261205T183005Z\r\n');
	});

	it('round-trips every event through folding and escaping', () => {
		const [back] = parse(calendarText({ name: 'Due dates', events: [event], now }));
		expect(back.UID).toBe(event.uid);
		expect(back.SUMMARY).toBe(event.summary);
		expect(back.DESCRIPTION).toBe(event.description);
		expect(back.URL).toBe(event.url);
		expect(back['DTSTART;VALUE=DATE']).toBe('20270131');
	});

	it('is an empty but valid calendar when there is nothing due', () => {
		const text = calendarText({ name: 'Due dates', events: [], now });
		expect(parse(text)).toEqual([]);
		expect(unfold(text).at(-1)).toBe('END:VCALENDAR');
	});
});
