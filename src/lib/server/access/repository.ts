import type { Kysely } from 'kysely';
import type { CohortRole, DB } from '../db/schema';

/** The person's role in the cohort, or null when they are not enrolled in it. */
export async function enrolmentRole(db: Kysely<DB>, userId: string, cohortId: string): Promise<CohortRole | null> {
	const row = await db.selectFrom('enrolments').select('role').where('user_id', '=', userId).where('cohort_id', '=', cohortId).executeTakeFirst();
	return row?.role ?? null;
}
