import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

export async function getCohort(db: Kysely<DB>, id: string) {
	return db.selectFrom('cohorts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every cohort with its head-counts, newest first (the admin's list). */
export async function listCohorts(db: Kysely<DB>, onlyFor?: { userId: string; role: 'trainee' | 'instructor' }) {
	let query = db
		.selectFrom('cohorts')
		.leftJoin('enrolments as e', (join) => join.onRef('e.cohort_id', '=', 'cohorts.id').on('e.role', '=', 'trainee'))
		.select(['cohorts.id', 'cohorts.name', 'cohorts.course_slug', 'cohorts.starts_on', 'cohorts.ends_on'])
		.select((eb) => eb.fn.count<number>('e.user_id').as('trainees'))
		.groupBy(['cohorts.id', 'cohorts.name', 'cohorts.course_slug', 'cohorts.starts_on', 'cohorts.ends_on'])
		.orderBy('cohorts.starts_on', 'desc')
		.orderBy('cohorts.name');
	if (onlyFor) {
		query = query.where((eb) =>
			eb.exists(
				eb
					.selectFrom('enrolments as mine')
					.select('mine.user_id')
					.whereRef('mine.cohort_id', '=', 'cohorts.id')
					.where('mine.user_id', '=', onlyFor.userId)
					.where('mine.role', '=', onlyFor.role)
			)
		);
	}
	return (await query.execute()).map((row) => ({ ...row, trainees: Number(row.trainees) }));
}

export type RosterStatus = 'active' | 'invited' | 'invitation_expired' | 'no_invitation';

/** A cohort's people with whether they can sign in yet. */
export async function listRoster(db: Kysely<DB>, cohortId: string, now = Date.now()) {
	const rows = await db
		.selectFrom('enrolments')
		.innerJoin('users', 'users.id', 'enrolments.user_id')
		.leftJoin('users as manager', 'manager.id', 'users.manager_id')
		.select([
			'users.id',
			'users.email',
			'users.display_name',
			'users.ministry',
			'users.branch',
			'users.preferred_language',
			'enrolments.role',
			'manager.display_name as manager_name'
		])
		.select((eb) => eb('users.password_hash', 'is not', null).as('has_password'))
		.select((eb) =>
			eb
				.selectFrom('invitations')
				.select((i) => i.fn.max('invitations.expires_at').as('latest'))
				.whereRef('invitations.user_id', '=', 'users.id')
				.where('invitations.used_at', 'is', null)
				.as('invitation_expires_at')
		)
		.where('enrolments.cohort_id', '=', cohortId)
		.orderBy('enrolments.role', 'desc')
		.orderBy('users.display_name')
		.execute();
	return rows.map((row) => {
		const expires = row.invitation_expires_at === null ? null : Number(row.invitation_expires_at);
		const status: RosterStatus = row.has_password
			? 'active'
			: expires === null
				? 'no_invitation'
				: expires > now
					? 'invited'
					: 'invitation_expired';
		return { ...row, has_password: Boolean(row.has_password), invitation_expires_at: expires, status };
	});
}
