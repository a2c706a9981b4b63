// The admin's report of completion by ministry and branch, across cohorts: access first, then each
// cohort's standings exactly as its dashboard computes them, then the pure grouping.
import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { shareOf, type MinistryReport, type ReportCounts, type ReportFilter } from '$lib/reports/types';
import { requireAccess } from '../access';
import { writeAudit } from '../audit/log';
import type { SessionUser } from '../auth/sessions';
import { getCourse } from '../content/catalog';
import type { DB } from '../db/schema';
import { csvFileName, toCsv, type CsvValue } from '../dashboards/csv';
import { torontoDate } from '../dashboards/schedule';
import { cohortState } from '../dashboards/service';
import { ministryReport, type ReportEnrolment } from './ministries';
import * as repo from './repository';
import { cohortName } from '$lib/cohorts/name';

const ID = /^[a-z2-7]{24}$/;
const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** The filter from the address: absent or empty means every cohort, every course. */
export function parseReportFilter(params: URLSearchParams): ReportFilter | null {
	const cohort = params.get('cohort')?.trim() || null;
	const course = params.get('course')?.trim() || null;
	if (cohort !== null && !ID.test(cohort)) return null;
	if (course !== null && (!SLUG.test(course) || course.length > 80)) return null;
	return { cohort, course };
}

interface ReportPage {
	report: MinistryReport;
	filter: ReportFilter;
	cohorts: { id: string; name: string }[];
	courses: { slug: string; title: string }[];
}

/** The report for the cohorts the filter keeps. Administrators only. */
export async function ministriesReport(db: Kysely<DB>, viewer: SessionUser, params: URLSearchParams, locale: Locale, now = Date.now()): Promise<ReportPage> {
	await requireAccess(db, viewer, 'admin');
	const filter = parseReportFilter(params);
	const cohorts = await repo.allCohorts(db);
	const courseSlugs = [...new Set(cohorts.map((c) => c.course_slug))];
	if (!filter || (filter.cohort && !cohorts.some((c) => c.id === filter.cohort)) || (filter.course && !courseSlugs.includes(filter.course))) {
		error(400, m.report_filter_unknown());
	}
	const chosen = cohorts.filter((c) => (!filter.cohort || c.id === filter.cohort) && (!filter.course || c.course_slug === filter.course));
	const enrolments: ReportEnrolment[] = [];
	// One cohort at a time, through the dashboard's own reads and rules: the same standing an
	// instructor sees, in a fixed number of queries per cohort whatever its size.
	for (const cohort of chosen) {
		const { trainees } = await cohortState(db, cohort, locale, now);
		for (const t of trainees) {
			enrolments.push({ ministry: t.ministry, branch: t.branch, standing: t.standing, started: t.statuses.some((s) => s !== 'not_started') });
		}
	}
	const compare = new Intl.Collator(locale === 'fr' ? 'fr-CA' : 'en-CA').compare;
	return {
		report: ministryReport(enrolments, chosen.length, compare),
		filter,
		cohorts: cohorts.map((c) => ({ id: c.id, name: cohortName(c, locale) })),
		courses: courseSlugs.map((slug) => ({ slug, title: getCourse(slug)?.title[locale] ?? slug })).sort((a, b) => compare(a.title, b.title))
	};
}

const percent = (count: number, enrolled: number) => Math.round(shareOf(count, enrolled) * 100);

function csvFigures(counts: ReportCounts): CsvValue[] {
	const { enrolled } = counts;
	return [
		enrolled,
		counts.finished,
		percent(counts.finished, enrolled),
		counts.onTrack,
		percent(counts.onTrack, enrolled),
		counts.behind,
		percent(counts.behind, enrolled),
		counts.notStarted,
		percent(counts.notStarted, enrolled)
	];
}

/** The same figures as the page, one row per branch, a row per ministry and one for all. */
export async function ministriesReportCsv(db: Kysely<DB>, viewer: SessionUser, params: URLSearchParams, locale: Locale, now = Date.now()) {
	const { report } = await ministriesReport(db, viewer, params, locale, now);
	const named = (name: string) => name || m.report_not_recorded();
	const header = [
		m.report_col_ministry(),
		m.report_col_branch(),
		m.report_col_enrolled(),
		m.report_col_finished(),
		m.report_csv_percent({ column: m.report_col_finished() }),
		m.report_col_on_track(),
		m.report_csv_percent({ column: m.report_col_on_track() }),
		m.report_col_behind(),
		m.report_csv_percent({ column: m.report_col_behind() }),
		m.report_col_not_started(),
		m.report_csv_percent({ column: m.report_col_not_started() })
	];
	const rows: CsvValue[][] = report.ministries.flatMap((ministry) => [
		...ministry.branches.map((branch) => [named(ministry.ministry), named(branch.branch), ...csvFigures(branch)]),
		[named(ministry.ministry), m.report_all_branches(), ...csvFigures(ministry)]
	]);
	rows.push([m.report_all_ministries(), '', ...csvFigures(report.totals)]);
	await writeAudit(db, { actorId: viewer.id, action: 'report.ministries_exported', details: { rows: rows.length, cohorts: report.cohorts } }, now);
	return { fileName: csvFileName(m.report_file_name(), m.report_file_what(), torontoDate(now)), body: toCsv([header, ...rows]) };
}
