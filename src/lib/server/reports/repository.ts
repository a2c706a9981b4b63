// The reports' own reads. The figures themselves come from the dashboards' per-cohort reads.
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';

/** Every cohort, whole (the dashboards' reads take the row), newest first. */
export async function allCohorts(db: Kysely<DB>) {
	return db.selectFrom('cohorts').selectAll().orderBy('starts_on', 'desc').orderBy('name').execute();
}
