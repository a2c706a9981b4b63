// A cohort's schedule: the one place a Schedule is made (the dashboards, the manager's view and
// the trainee's own page all ask here), the instructors' page that moves due dates, and what a
// trainee sees of their own dates.
import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { formatDate } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { requireAccess } from '../access';
import type { SessionUser } from '../auth/sessions';
import { writeAudit } from '../audit/log';
import { getCourse } from '../content/catalog';
import type { Course } from '../content/types';
import type { DB, ModuleStatus } from '../db/schema';
import { computedDueDays, dateOfDay, dayNumber, scheduleOf, torontoDay, type Schedule } from '../dashboards/schedule';
import * as repo from './repository';
import { dueDateBounds, dueDateProblem } from './rules';
import { dueDatesOf, ownStanding } from './standing';
import { cohortName } from '$lib/cohorts/name';

export interface CohortDates {
	id: string;
	course_slug: string;
	starts_on: string;
	ends_on: string;
}

/** Estimated minutes of these modules from the catalog; 0 (weighed evenly) where unknown. */
function minutesOf(courseSlug: string, slugs: readonly string[]): number[] {
	const minutes = new Map(getCourse(courseSlug)?.modules.map((mod) => [mod.slug, mod.minutes]));
	return slugs.map((slug) => minutes.get(slug) ?? 0);
}

/**
 * Every cohort's schedule, from its dates, its modules' estimated times (slugs in course order)
 * and the due dates its instructors set. Standing everywhere is computed from this.
 */
export async function cohortSchedules(db: Kysely<DB>, cohorts: readonly { cohort: CohortDates; slugs: readonly string[] }[]): Promise<Map<string, Schedule>> {
	const rows = await repo.dueDateRows(
		db,
		cohorts.map(({ cohort }) => cohort.id)
	);
	const set = new Map(rows.map((row) => [`${row.cohort_id}\u0000${row.module_slug}`, row.due_on]));
	return new Map(
		cohorts.map(({ cohort, slugs }) => [
			cohort.id,
			scheduleOf(
				cohort.starts_on,
				cohort.ends_on,
				minutesOf(cohort.course_slug, slugs),
				slugs.map((slug) => set.get(`${cohort.id}\u0000${slug}`))
			)
		])
	);
}

export async function cohortSchedule(db: Kysely<DB>, cohort: CohortDates, slugs: readonly string[]): Promise<Schedule> {
	return (await cohortSchedules(db, [{ cohort, slugs }])).get(cohort.id)!;
}

async function staffCohortAndCourse(db: Kysely<DB>, user: SessionUser, cohortId: string) {
	const cohort = await requireAccess(db, user, 'cohort.staff', cohortId);
	const course = getCourse(cohort.course_slug);
	if (!course) error(404, m.course_not_found());
	return { cohort, course };
}

/** Each module with its computed date and the date in force, for the cohort's instructors and admins. */
export async function schedulePage(db: Kysely<DB>, user: SessionUser, cohortId: string, locale: Locale) {
	const { cohort, course } = await staffCohortAndCourse(db, user, cohortId);
	const rows = new Map((await repo.dueDateRows(db, [cohort.id])).map((row) => [row.module_slug, row.due_on]));
	const start = dayNumber(cohort.starts_on);
	const computed = computedDueDays(
		start,
		Math.max(start, dayNumber(cohort.ends_on)),
		course.modules.map((mod) => mod.minutes)
	);
	return {
		cohort: { id: cohort.id, name: cohortName(cohort, locale), startsOn: cohort.starts_on, endsOn: cohort.ends_on },
		bounds: dueDateBounds(cohort.starts_on, cohort.ends_on),
		modules: course.modules.map((mod, i) => {
			const computedOn = dateOfDay(computed[i]);
			return {
				slug: mod.slug,
				position: mod.position,
				title: mod.title[locale],
				minutes: mod.minutes,
				computedOn,
				dueOn: rows.get(mod.slug) ?? computedOn,
				isSet: rows.has(mod.slug)
			};
		})
	};
}

export type DueDateErrors = Record<string, string>;

/**
 * Saves the dates that changed, one audit entry each. A date equal to the computed one is not
 * kept as an override, so it follows the cohort's dates again if they change.
 */
export async function saveDueDates(
	db: Kysely<DB>,
	user: SessionUser,
	cohortId: string,
	values: Record<string, string>,
	locale: Locale,
	now = Date.now()
): Promise<{ ok: true; changed: number } | { ok: false; errors: DueDateErrors }> {
	const page = await schedulePage(db, user, cohortId, locale);
	const errors: DueDateErrors = {};
	for (const mod of page.modules) {
		const value = values[mod.slug];
		if (value === undefined) continue;
		const problem = dueDateProblem(value, page.bounds);
		const facts = { position: mod.position, title: mod.title };
		if (problem === 'format') errors[mod.slug] = m.schedule_error_format(facts, { locale });
		if (problem === 'range')
			errors[mod.slug] = m.schedule_error_range(
				{ ...facts, earliest: formatDate(page.bounds.earliest, locale), latest: formatDate(page.bounds.latest, locale) },
				{ locale }
			);
	}
	if (Object.keys(errors).length) return { ok: false, errors };
	const changed = await db.transaction().execute(async (trx) => {
		let count = 0;
		for (const mod of page.modules) {
			const value = values[mod.slug];
			if (value === undefined || value === mod.dueOn) continue;
			if (value === mod.computedOn) await repo.removeDueDate(trx, cohortId, mod.slug);
			else await repo.replaceDueDate(trx, { cohortId, moduleSlug: mod.slug, dueOn: value, updatedBy: user.id, updatedAt: now });
			await writeAudit(
				trx,
				{ actorId: user.id, action: 'cohort.due_date_changed', cohortId, details: { module: mod.slug, from: mod.dueOn, to: value, computed: mod.computedOn } },
				now
			);
			count++;
		}
		return count;
	});
	return { ok: true, changed };
}

/** Back to the computed date: one module, or every module when none is named. */
export async function resetDueDates(
	db: Kysely<DB>,
	user: SessionUser,
	cohortId: string,
	moduleSlug: string | null,
	locale: Locale,
	now = Date.now()
): Promise<number> {
	const page = await schedulePage(db, user, cohortId, locale);
	if (moduleSlug !== null && !page.modules.some((mod) => mod.slug === moduleSlug)) error(400, m.schedule_error_module({}, { locale }));
	const set = page.modules.filter((mod) => mod.isSet && (moduleSlug === null || mod.slug === moduleSlug));
	await db.transaction().execute(async (trx) => {
		for (const mod of set) {
			await repo.removeDueDate(trx, cohortId, mod.slug);
			await writeAudit(
				trx,
				{ actorId: user.id, action: 'cohort.due_date_reset', cohortId, details: { module: mod.slug, from: mod.dueOn, to: mod.computedOn } },
				now
			);
		}
	});
	return set.length;
}

/** What a trainee sees of their cohort's schedule: each module's date, overdue marks, their standing. */
export async function traineeSchedule(
	db: Kysely<DB>,
	cohort: CohortDates,
	course: Course,
	statusBySlug: Map<string, ModuleStatus>,
	locale: Locale,
	now = Date.now()
) {
	const slugs = course.modules.map((mod) => mod.slug);
	const schedule = await cohortSchedule(db, cohort, slugs);
	const modules = course.modules.map((mod) => ({
		slug: mod.slug,
		position: mod.position,
		title: mod.title[locale],
		completed: statusBySlug.get(mod.slug) === 'completed'
	}));
	const today = torontoDay(now);
	return { dueDates: dueDatesOf(schedule, modules, today), standing: ownStanding(schedule, modules, today) };
}
