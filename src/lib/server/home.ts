import type { Kysely } from 'kysely';
import type { DB } from './db/schema';
import type { SessionUser } from './auth/sessions';
import { countUsers } from './accounts/repository';
import { listCohorts } from './cohorts/repository';
import { listStaff } from './team/repository';
import { getCourse } from './content/catalog';
import { completedCounts } from './progress/repository';
import { continueLink } from './progress/unlock';
import { currentRecordByCohort } from './records/repository';
import type { Locale } from '$lib/paraglide/runtime';
import { cohortName } from '$lib/cohorts/name';

/** What the home page shows each person: one section per role they hold, each possibly empty. */
export async function homeFor(db: Kysely<DB>, user: SessionUser, locale: Locale) {
	const [learningCohorts, done, teaching, staff, all, people] = await Promise.all([
		listCohorts(db, { userId: user.id, role: 'trainee' }),
		completedCounts(db, user.id),
		listCohorts(db, { userId: user.id, role: 'instructor' }),
		user.isManager ? listStaff(db, user.id, locale) : Promise.resolve(null),
		user.isAdmin ? listCohorts(db) : Promise.resolve(null),
		user.isAdmin ? countUsers(db) : Promise.resolve(null)
	]);
	const records = await currentRecordByCohort(db, user.id);
	const learning = await Promise.all(
		learningCohorts.map(async (cohort) => {
			const course = getCourse(cohort.course_slug);
			return {
				cohortId: cohort.id,
				cohortName: cohortName(cohort, locale),
				startsOn: cohort.starts_on,
				endsOn: cohort.ends_on,
				course: course && { slug: course.slug, title: course.title[locale], modules: course.modules.length },
				completed: done.get(cohort.id) ?? 0,
				recordId: records.get(cohort.id) ?? null,
				next: course ? await continueLink(db, course, cohort.id, user.id, locale) : null
			};
		})
	);
	const named = <C extends { name: string; name_fr: string | null }>(cohorts: C[]) =>
		cohorts.map((cohort) => ({ ...cohort, name: cohortName(cohort, locale) }));
	return {
		learning,
		teaching: named(teaching),
		staff,
		admin: all && people !== null ? { cohorts: named(all), peopleCount: people } : null
	};
}
