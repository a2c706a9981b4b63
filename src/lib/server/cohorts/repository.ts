import type { Kysely } from 'kysely';
import type { CohortRole, DB } from '../db/schema';

export async function getCohort(db: Kysely<DB>, id: string) {
	return db.selectFrom('cohorts').selectAll().where('id', '=', id).executeTakeFirst();
}

/** Every cohort with its head-counts, newest first (the admin's list). */
export async function listCohorts(db: Kysely<DB>, onlyFor?: { userId: string; role: 'trainee' | 'instructor' }) {
	let query = db
		.selectFrom('cohorts')
		.leftJoin('enrolments as e', (join) => join.onRef('e.cohort_id', '=', 'cohorts.id').on('e.role', '=', 'trainee'))
		.select(['cohorts.id', 'cohorts.name', 'cohorts.name_fr', 'cohorts.course_slug', 'cohorts.starts_on', 'cohorts.ends_on'])
		.select((eb) => eb.fn.count<number>('e.user_id').as('trainees'))
		.groupBy(['cohorts.id', 'cohorts.name', 'cohorts.name_fr', 'cohorts.course_slug', 'cohorts.starts_on', 'cohorts.ends_on'])
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

type RosterStatus = 'active' | 'invited' | 'invitation_expired' | 'no_invitation';

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
		const status: RosterStatus = row.has_password ? 'active' : expires === null ? 'no_invitation' : expires > now ? 'invited' : 'invitation_expired';
		return { ...row, has_password: Boolean(row.has_password), invitation_expires_at: expires, status };
	});
}

export async function insertCohort(
	db: Kysely<DB>,
	cohort: { id: string; name: string; nameFr?: string | null; courseSlug: string; startsOn: string; endsOn: string; createdBy: string; createdAt: number }
): Promise<void> {
	await db
		.insertInto('cohorts')
		.values({
			id: cohort.id,
			name: cohort.name,
			name_fr: cohort.nameFr ?? null,
			course_slug: cohort.courseSlug,
			starts_on: cohort.startsOn,
			ends_on: cohort.endsOn,
			created_by: cohort.createdBy,
			created_at: cohort.createdAt
		})
		.execute();
}

/** Enrols the person with this role, or changes the role they already hold in the cohort. */
export async function setEnrolmentRole(db: Kysely<DB>, cohortId: string, userId: string, role: CohortRole, enrolled: boolean, now: number): Promise<void> {
	if (enrolled) await db.updateTable('enrolments').set({ role }).where('cohort_id', '=', cohortId).where('user_id', '=', userId).execute();
	else await db.insertInto('enrolments').values({ cohort_id: cohortId, user_id: userId, role, created_at: now }).execute();
}

export async function insertEnrolments(db: Kysely<DB>, rows: { cohortId: string; userId: string; role: CohortRole }[], now: number): Promise<void> {
	if (rows.length === 0) return;
	await db
		.insertInto('enrolments')
		.values(rows.map((r) => ({ cohort_id: r.cohortId, user_id: r.userId, role: r.role, created_at: now })))
		.execute();
}

/** The cohort's own values for its course's settings (the others keep the course's defaults). */
export async function settingRows(db: Kysely<DB>, cohortId: string) {
	return db.selectFrom('cohort_settings').selectAll().where('cohort_id', '=', cohortId).execute();
}

export async function replaceSetting(
	db: Kysely<DB>,
	setting: { cohortId: string; key: string; en: string; fr: string; updatedBy: string; updatedAt: number }
): Promise<void> {
	await db.deleteFrom('cohort_settings').where('cohort_id', '=', setting.cohortId).where('key', '=', setting.key).execute();
	await db
		.insertInto('cohort_settings')
		.values({
			cohort_id: setting.cohortId,
			key: setting.key,
			value_en: setting.en,
			value_fr: setting.fr,
			updated_by: setting.updatedBy,
			updated_at: setting.updatedAt
		})
		.execute();
}

export async function updateCohortNames(db: Kysely<DB>, cohortId: string, names: { name: string; nameFr: string | null }): Promise<void> {
	await db.updateTable('cohorts').set({ name: names.name, name_fr: names.nameFr }).where('id', '=', cohortId).execute();
}
