// The roster import's reads: who the file's emails already are, seen from the cohort.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** The people with these emails: profile, manager, role in this cohort, and whether they teach another cohort. */
export async function existingPeople(db: Kysely<DB>, cohortId: string, emails: string[]) {
	if (emails.length === 0) return [];
	return db
		.selectFrom('users')
		.leftJoin('users as manager', 'manager.id', 'users.manager_id')
		.leftJoin('enrolments', (join) => join.onRef('enrolments.user_id', '=', 'users.id').on('enrolments.cohort_id', '=', cohortId))
		.select([
			'users.email',
			'users.display_name',
			'users.ministry',
			'users.branch',
			'users.preferred_language',
			'users.is_admin',
			'manager.email as manager_email',
			'enrolments.role'
		])
		.select((eb) =>
			eb
				.exists(
					eb
						.selectFrom('enrolments as elsewhere')
						.select('elsewhere.user_id')
						.whereRef('elsewhere.user_id', '=', 'users.id')
						.where('elsewhere.cohort_id', '!=', cohortId)
						.where('elsewhere.role', '=', 'instructor')
				)
				.as('staff_elsewhere')
		)
		.where('users.email', 'in', emails)
		.execute();
}

/** The people with these emails and their profile as the import compares it. */
export async function profilesByEmail(db: Kysely<DB>, emails: string[]) {
	if (emails.length === 0) return [];
	return db
		.selectFrom('users')
		.leftJoin('users as manager', 'manager.id', 'users.manager_id')
		.select(['users.id', 'users.email', 'users.display_name', 'users.ministry', 'users.branch', 'users.preferred_language', 'manager.email as manager_email'])
		.where('users.email', 'in', emails)
		.execute();
}
