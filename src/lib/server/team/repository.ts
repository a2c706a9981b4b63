import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Locale } from '$lib/paraglide/runtime';
import { cohortName } from '$lib/cohorts/name';

/** A manager's own staff with the cohorts they are in. Standing only: nothing of their work. */
export async function listStaff(db: Kysely<DB>, managerId: string, locale: Locale) {
	const rows = await db
		.selectFrom('users')
		.leftJoin('enrolments', (join) => join.onRef('enrolments.user_id', '=', 'users.id').on('enrolments.role', '=', 'trainee'))
		.leftJoin('cohorts', 'cohorts.id', 'enrolments.cohort_id')
		.select(['users.id', 'users.display_name', 'users.email', 'users.ministry', 'users.branch'])
		.select([
			'cohorts.id as cohort_id',
			'cohorts.name as cohort_name',
			'cohorts.name_fr as cohort_name_fr',
			'cohorts.ends_on',
			'cohorts.starts_on',
			'cohorts.course_slug'
		])
		.where('users.manager_id', '=', managerId)
		.orderBy('users.display_name')
		.orderBy('cohorts.starts_on')
		.execute();
	const staff = new Map<
		string,
		{
			id: string;
			name: string;
			email: string;
			ministry: string;
			branch: string;
			cohorts: { id: string; name: string; endsOn: string; startsOn: string; courseSlug: string }[];
		}
	>();
	for (const row of rows) {
		const person = staff.get(row.id) ?? { id: row.id, name: row.display_name, email: row.email, ministry: row.ministry, branch: row.branch, cohorts: [] };
		if (row.cohort_id)
			person.cohorts.push({
				id: row.cohort_id,
				name: cohortName({ name: row.cohort_name!, name_fr: row.cohort_name_fr }, locale),
				endsOn: row.ends_on!,
				startsOn: row.starts_on!,
				courseSlug: row.course_slug!
			});
		staff.set(row.id, person);
	}
	return [...staff.values()];
}
