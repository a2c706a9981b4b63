import { describe, expect, it } from 'vitest';
import { digestSummary, digestTime, nudgeDue, parseNudgeDays, weekKey, NUDGE_SPACING_MS, type TeamMember } from './rules';

const DAY = 86_400_000;

describe('weekKey', () => {
	it('names the Ontario ISO week, Monday to Sunday', () => {
		expect(weekKey(Date.parse('2026-12-07T12:00:00Z'))).toBe('2026-W50'); // a Monday
		expect(weekKey(Date.parse('2026-12-13T12:00:00Z'))).toBe('2026-W50'); // the Sunday after
		// Sunday 23:30 in Toronto is already Monday in UTC: still the Sunday's week.
		expect(weekKey(Date.parse('2026-12-14T04:30:00Z'))).toBe('2026-W50');
		expect(weekKey(Date.parse('2026-12-14T05:30:00Z'))).toBe('2026-W51');
	});

	it('gives the days around New Year to the week holding the Thursday', () => {
		expect(weekKey(Date.parse('2027-01-01T12:00:00Z'))).toBe('2026-W53');
		expect(weekKey(Date.parse('2027-01-04T12:00:00Z'))).toBe('2027-W01');
		expect(weekKey(Date.parse('2025-12-29T12:00:00Z'))).toBe('2026-W01');
	});
});

describe('digestTime', () => {
	it('waits for Monday 7:00 in Ontario, then any time that week', () => {
		expect(digestTime(Date.parse('2026-12-07T11:59:00Z'))).toBe(false); // Monday 6:59 in Toronto
		expect(digestTime(Date.parse('2026-12-07T12:00:00Z'))).toBe(true);
		expect(digestTime(Date.parse('2026-12-13T04:00:00Z'))).toBe(true); // Saturday 23:00
		expect(digestTime(Date.parse('2026-12-08T05:00:00Z'))).toBe(true); // Tuesday midnight
	});
});

describe('nudgeDue', () => {
	const now = Date.parse('2026-12-20T15:00:00Z');
	it('nudges an inactive person once, then not again until they have done something and a week has passed', () => {
		expect(nudgeDue({ inactive: false, lastActiveAt: null, lastNudgeAt: null, now })).toBe(false);
		expect(nudgeDue({ inactive: true, lastActiveAt: null, lastNudgeAt: null, now })).toBe(true);
		expect(nudgeDue({ inactive: true, lastActiveAt: null, lastNudgeAt: now - 30 * DAY, now })).toBe(false);
		expect(nudgeDue({ inactive: true, lastActiveAt: now - 20 * DAY, lastNudgeAt: now - 10 * DAY, now })).toBe(false);
		expect(nudgeDue({ inactive: true, lastActiveAt: now - 9 * DAY, lastNudgeAt: now - 10 * DAY, now })).toBe(true);
		expect(nudgeDue({ inactive: true, lastActiveAt: now - 3 * DAY, lastNudgeAt: now - NUDGE_SPACING_MS + 1, now })).toBe(false);
	});
});

describe('parseNudgeDays', () => {
	it('takes whole days from 0 (off) to 90', () => {
		expect(parseNudgeDays(' 7 ')).toBe(7);
		expect(parseNudgeDays('0')).toBe(0);
		expect(parseNudgeDays('90')).toBe(90);
		for (const bad of ['91', '-1', '1.5', '', 'seven', '1e2']) expect(parseNudgeDays(bad)).toBeNull();
	});
});

describe('digestSummary', () => {
	const now = Date.parse('2026-12-14T14:00:00Z');
	const enrolment = (standing: 'finished' | 'on_track' | 'behind', on = '2026-12-31') => ({
		name: 'Cohort 1',
		standing,
		completed: standing === 'finished' ? 4 : 1,
		total: 4,
		finish: { kind: standing === 'finished' ? 'finished' : 'on_schedule', on }
	});
	const team: TeamMember[] = [
		{ name: 'Ada', cohorts: [enrolment('finished', '2026-12-10')] },
		{ name: 'Bo', cohorts: [enrolment('behind')] },
		{ name: 'Cy', cohorts: [enrolment('on_track')] },
		{ name: 'Di', cohorts: [enrolment('finished', '2026-11-02')] },
		{ name: 'Ed', cohorts: [] }
	];

	it('lists who finished this past week and who is behind, and counts the rest on track', () => {
		const summary = digestSummary(team, now)!;
		expect(summary.finished.map((l) => l.name)).toEqual(['Ada']);
		expect(summary.behind.map((l) => [l.name, l.cohort, l.completed, l.total])).toEqual([['Bo', 'Cohort 1', 1, 4]]);
		expect(summary.onTrack).toBe(1);
	});

	it('says nothing for a team with nobody in a cohort, or who all finished long ago', () => {
		expect(digestSummary([], now)).toBeNull();
		expect(digestSummary([team[3], team[4]], now)).toBeNull();
	});
});
