import { describe, expect, it } from 'vitest';
import { overviewFigures } from './overview';
import { evenly, scheduleOf } from './schedule';

const now = Date.parse('2027-01-21T17:00:00Z');
const cohort = (id: string, startsOn: string, endsOn: string, moduleCount = 4) => ({ id, name: id, courseSlug: 'course', startsOn, endsOn, moduleCount });

describe('admin overview figures', () => {
	const list = [cohort('running', '2027-01-06', '2027-02-03'), cohort('future', '2027-03-01', '2027-04-01'), cohort('empty', '2027-01-06', '2027-02-03', 0)];
	const { cohorts, totals } = overviewFigures({
		cohorts: list,
		schedules: new Map(list.map((c) => [c.id, scheduleOf(c.startsOn, c.endsOn, evenly(c.moduleCount))])),
		enrolled: new Map([
			['running', 5],
			['future', 3]
		]),
		active: new Map([['running', 2]]),
		// In "running" two modules are due: one person finished, one is on track, one behind
		// with a module done, and two have done nothing (no rows at all).
		completions: [
			{ cohortId: 'running', completed: 4, people: 1 },
			{ cohortId: 'running', completed: 2, people: 1 },
			{ cohortId: 'running', completed: 1, people: 1 },
			{ cohortId: 'future', completed: 6, people: 1 }
		],
		now
	});

	it('counts enrolled, active, finished and behind for each cohort', () => {
		expect(cohorts.map(({ id, enrolled, active, finished, behind, expected }) => ({ id, enrolled, active, finished, behind, expected }))).toEqual([
			{ id: 'running', enrolled: 5, active: 2, finished: 1, behind: 3, expected: 2 },
			// Nothing due before the start; a count above the module total (a module since removed) is capped.
			{ id: 'future', enrolled: 3, active: 0, finished: 1, behind: 0, expected: 0 },
			{ id: 'empty', enrolled: 0, active: 0, finished: 0, behind: 0, expected: 0 }
		]);
	});

	it('adds the cohorts up', () => {
		expect(totals).toEqual({ enrolled: 8, active: 2, finished: 2, behind: 3 });
	});
});
