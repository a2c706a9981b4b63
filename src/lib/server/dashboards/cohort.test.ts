import { describe, expect, it } from 'vitest';
import { atRiskFirst, cohortFigures, traineeProgress, type CohortFacts, type ProgressRow, type QuizAttempt } from './cohort';
import { evenly, scheduleOf } from './schedule';

const DAY = 86_400_000;
// Noon in Toronto on 2027-01-21: a 28-day cohort with four modules due every 7 days (Jan 13,
// 20, 27, Feb 3), so two are due by now.
const now = Date.parse('2027-01-21T17:00:00Z');
const modules = [
	{ slug: 'welcome', title: 'Welcome', position: 1 },
	{ slug: 'writing', title: 'Writing', position: 2 },
	{ slug: 'review', title: 'Review', position: 3 },
	{ slug: 'wrap-up', title: 'Wrap-up', position: 4 }
];
const person = (id: string, ministry = 'Health') => ({ id, name: id, email: `${id}@ontario.ca`, ministry, branch: '' });
const row = (userId: string, moduleSlug: string, status: ProgressRow['status'], extra: Partial<ProgressRow> = {}): ProgressRow => ({
	userId,
	moduleSlug,
	status,
	revisionRequestedAt: null,
	completedAt: status === 'completed' ? now - DAY : null,
	...extra
});
const attempt = (userId: string, moduleSlug: string, passed: boolean, at = now - DAY): QuizAttempt => ({
	userId,
	moduleSlug,
	at,
	score: passed ? 90 : 40,
	passed
});

const facts: CohortFacts = {
	schedule: scheduleOf('2027-01-06', '2027-02-03', evenly(4)),
	modules,
	trainees: [person('ada'), person('bo', 'Education'), person('cy'), person('di'), person('ed')],
	progress: [
		...modules.map((m) => row('ada', m.slug, 'completed')),
		row('bo', 'welcome', 'completed'),
		row('bo', 'writing', 'completed'),
		row('bo', 'review', 'needs_review'),
		row('cy', 'welcome', 'completed'),
		row('cy', 'writing', 'needs_revision', { revisionRequestedAt: now - 3 * DAY }),
		row('di', 'welcome', 'in_progress'),
		row('ed', 'retired-module', 'completed')
	],
	lastActive: new Map([
		['ada', now - 2 * DAY],
		['bo', now - 6 * DAY],
		['cy', now - 8 * DAY],
		['di', now - 15 * DAY]
	]),
	attempts: [
		attempt('di', 'writing', false),
		attempt('di', 'writing', false),
		attempt('bo', 'review', false),
		attempt('bo', 'review', false),
		attempt('bo', 'review', true)
	],
	now
};

describe('cohort dashboard figures', () => {
	const trainees = traineeProgress(facts);
	const byId = new Map(trainees.map((t) => [t.id, t]));

	it('lays out each status in course order, ignoring modules no longer in the course', () => {
		expect(byId.get('bo')!.statuses).toEqual(['completed', 'completed', 'needs_review', 'not_started']);
		expect(byId.get('ed')!.statuses).toEqual(['not_started', 'not_started', 'not_started', 'not_started']);
		expect(trainees.map((t) => t.completed)).toEqual([4, 2, 1, 0, 0]);
	});

	it('compares each person with the two modules due by today', () => {
		expect(trainees.map((t) => t.standing)).toEqual(['finished', 'on_track', 'behind', 'behind', 'behind']);
	});

	it('gives each reason to worry: revision unanswered, quiz failed twice without a pass, silence of 14 days or more', () => {
		expect(byId.get('ada')!.risks).toEqual([]);
		expect(byId.get('bo')!.risks).toEqual([]);
		expect(byId.get('cy')!.risks).toEqual([{ kind: 'revision_waiting', module: modules[1], since: now - 3 * DAY }]);
		expect(byId.get('di')!.risks).toEqual([
			{ kind: 'quiz_failed', module: modules[1], failures: 2 },
			{ kind: 'inactive', days: 15, never: false }
		]);
		// Never active since the start on 2027-01-06: 15 days.
		expect(byId.get('ed')!.risks).toEqual([{ kind: 'inactive', days: 15, never: true }]);
	});

	it('sums the cohort: enrolled, active this week, finished, on track, behind, at risk, waiting for review', () => {
		expect(cohortFigures(trainees, facts.schedule, modules.length, now)).toEqual({
			enrolled: 5,
			active: 2,
			finished: 1,
			onTrack: 1,
			behind: 3,
			atRisk: 3,
			atRiskOnTrack: 0,
			atRiskBehind: 3,
			waitingForReview: 1,
			revisionRequested: 1,
			expected: 2,
			modules: 4
		});
	});

	it('keeps at risk a flag within the standings: the standings add up to the enrolled, the at-risk split adds up to the at risk', () => {
		// Two quiet days are enough to worry here, so the person on track is at risk too.
		const strict = traineeProgress({ ...facts, inactiveDays: 2 });
		const figures = cohortFigures(strict, facts.schedule, modules.length, now);
		expect(figures.finished + figures.onTrack + figures.behind).toBe(figures.enrolled);
		expect({ atRisk: figures.atRisk, onTrack: figures.atRiskOnTrack, behind: figures.atRiskBehind }).toEqual({ atRisk: 4, onTrack: 1, behind: 3 });
	});

	it('lists the people at risk with the most reasons first, then the longest silence', () => {
		expect(atRiskFirst(trainees).map((t) => t.id)).toEqual(['di', 'ed', 'cy']);
	});

	it('flags nobody as silent before the cohort starts, and honours another threshold', () => {
		const early = traineeProgress({ ...facts, schedule: scheduleOf('2027-02-01', '2027-03-01', evenly(4)) });
		expect(early.flatMap((t) => t.risks).filter((r) => r.kind === 'inactive')).toEqual([]);
		const strict = traineeProgress({ ...facts, inactiveDays: 7 });
		expect(strict.filter((t) => t.risks.some((r) => r.kind === 'inactive')).map((t) => t.id)).toEqual(['cy', 'di', 'ed']);
	});
});
