import { describe, expect, it } from 'vitest';
import { categoryOf, ministryReport, type ReportEnrolment } from './ministries';

const compare = new Intl.Collator('fr-CA').compare;
const person = (ministry: string, branch: string, standing: ReportEnrolment['standing'], started = true): ReportEnrolment => ({
	ministry,
	branch,
	standing,
	started
});

describe('categoryOf', () => {
	it('puts each enrolment in one column: finished, then not started, then the dashboard standing', () => {
		expect(categoryOf({ standing: 'finished', started: true })).toBe('finished');
		expect(categoryOf({ standing: 'behind', started: false })).toBe('notStarted');
		expect(categoryOf({ standing: 'on_track', started: false })).toBe('notStarted');
		expect(categoryOf({ standing: 'behind', started: true })).toBe('behind');
		expect(categoryOf({ standing: 'on_track', started: true })).toBe('onTrack');
	});
});

describe('ministryReport', () => {
	const report = ministryReport(
		[
			person('Santé', 'Communications', 'finished'),
			person('Santé', 'Communications', 'behind'),
			person('santé ', ' Communications', 'on_track', false),
			person('Santé', '', 'on_track'),
			person('Éducation', 'Web', 'behind', false),
			person('', '', 'behind'),
			// The same person in a second cohort counts again, as a second enrolment.
			person('Éducation', 'Web', 'finished')
		],
		2,
		compare
	);

	it('groups ministries and branches whatever the spacing and case, in alphabetical order, the unrecorded last', () => {
		expect(report.ministries.map((m) => m.ministry)).toEqual(['Éducation', 'Santé', '']);
		expect(report.ministries[1].branches.map((b) => b.branch)).toEqual(['Communications', '']);
	});

	it('counts every enrolment once, so each row adds up to its enrolled figure', () => {
		const health = report.ministries[1];
		expect(health).toMatchObject({ enrolled: 4, finished: 1, onTrack: 1, behind: 1, notStarted: 1 });
		expect(health.branches[0]).toMatchObject({ enrolled: 3, finished: 1, onTrack: 0, behind: 1, notStarted: 1 });
		for (const row of [...report.ministries, ...report.ministries.flatMap((m) => m.branches), report.totals]) {
			expect(row.finished + row.onTrack + row.behind + row.notStarted).toBe(row.enrolled);
		}
	});

	it('totals every ministry and says how many cohorts were counted', () => {
		expect(report.totals).toEqual({ enrolled: 7, finished: 2, onTrack: 1, behind: 2, notStarted: 2 });
		expect(report.cohorts).toBe(2);
	});

	it('is empty, with zero totals, when nobody is enrolled', () => {
		expect(ministryReport([], 0, compare)).toEqual({ ministries: [], totals: { enrolled: 0, finished: 0, onTrack: 0, behind: 0, notStarted: 0 }, cohorts: 0 });
	});
});
