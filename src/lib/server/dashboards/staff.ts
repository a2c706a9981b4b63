// The manager's view: their own staff's standing in each cohort, never their work itself.
import type { Kysely } from 'kysely';
import { forbidden } from '../access';
import type { SessionUser } from '../auth/sessions';
import { getCourse } from '../content/catalog';
import { getLocale, type Locale } from '$lib/paraglide/runtime';
import type { DB, ModuleStatus } from '../db/schema';
import { listStaff } from '../team/repository';
import { standingOf } from './cohort';
import * as repo from './repository';
import { cohortModules, recordedModules } from './service';
import { expectedBy, torontoDay } from './schedule';
import { cohortSchedules } from '../schedule/service';
import { expectedFinish } from './team';

type StaffMember = Awaited<ReturnType<typeof listStaff>>[number];

async function moduleSlugsOf(db: Kysely<DB>, cohorts: { id: string; courseSlug: string }[]): Promise<Map<string, string[]>> {
	const unknown = [...new Set(cohorts.filter((c) => !getCourse(c.courseSlug)).map((c) => c.courseSlug))];
	const recorded = await recordedModules(db, unknown);
	return new Map(cohorts.map((c) => [c.id, getCourse(c.courseSlug)?.modules.map((mod) => mod.slug) ?? recorded.get(c.courseSlug) ?? []]));
}

/** Each of the manager's staff with, per cohort, modules completed of the course, standing, expected finish and record. */
/** Cohort names are in `locale`: the page's (or export's) language by default. */
export async function teamProgress(db: Kysely<DB>, manager: SessionUser, now = Date.now(), locale: Locale = getLocale()) {
	if (!manager.isManager) forbidden();
	const staff = await listStaff(db, manager.id, locale);
	const [completions, records, slugs] = await Promise.all([
		repo.staffCompletions(db, manager.id),
		repo.currentCompletionRecords(
			db,
			staff.map((person) => person.id)
		),
		moduleSlugsOf(
			db,
			staff.flatMap((person) => person.cohorts)
		)
	]);
	const cohorts = staff.flatMap((person) => person.cohorts);
	const schedules = await cohortSchedules(
		db,
		cohorts.map((c) => ({ cohort: { id: c.id, course_slug: c.courseSlug, starts_on: c.startsOn, ends_on: c.endsOn }, slugs: slugs.get(c.id) ?? [] }))
	);
	const today = torontoDay(now);
	const enrolmentOf = (person: StaffMember, cohort: StaffMember['cohorts'][number]) => {
		const modules = new Set(slugs.get(cohort.id));
		const done = completions.filter((c) => c.user_id === person.id && c.cohort_id === cohort.id && modules.has(c.module_slug));
		const completed = done.length;
		const total = modules.size;
		const schedule = schedules.get(cohort.id)!;
		const lastCompletedAt = done.reduce<number | null>((latest, c) => Math.max(latest ?? 0, c.completed_at ?? 0), null);
		return {
			...cohort,
			completed,
			total,
			standing: standingOf(completed, total, expectedBy(schedule, today)),
			finish: expectedFinish({ completed, total, lastCompletedAt, endsOn: cohort.endsOn, schedule }, now),
			recordId: records.get(repo.recordKey(person.id, cohort.courseSlug)) ?? null
		};
	};
	return staff.map((person) => ({ ...person, cohorts: person.cohorts.map((cohort) => enrolmentOf(person, cohort)) }));
}

/** One person on the manager's team: each module's status per cohort. Nobody else's staff: 403. */
export async function staffMember(db: Kysely<DB>, manager: SessionUser, userId: string, locale: Locale, now = Date.now()) {
	if (!manager.isManager) forbidden();
	const team = await teamProgress(db, manager, now, locale);
	const person = team.find((p) => p.id === userId);
	if (!person) forbidden();
	const statuses = await repo.personStatuses(db, userId);
	const cohorts = await Promise.all(
		person.cohorts.map(async (cohort) => {
			const modules = await cohortModules(db, { id: cohort.id, course_slug: cohort.courseSlug }, locale);
			const mine = new Map(statuses.filter((s) => s.cohort_id === cohort.id).map((s) => [s.module_slug, s.status]));
			return {
				...cohort,
				modules: modules.map((mod) => ({ slug: mod.slug, title: mod.title, status: mine.get(mod.slug) ?? ('not_started' as ModuleStatus) }))
			};
		})
	);
	return { ...person, cohorts };
}
