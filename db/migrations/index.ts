import type { Migration } from 'kysely';
import * as cohortSettings from './2026-11-30T0900_cohort_settings';
import * as foundation from './2026-11-30T0300_foundation';
import * as progress from './2026-11-30T0400_progress';
import * as quizzes from './2026-11-30T0500_quizzes';
import * as exercises from './2026-11-30T0600_exercises';
import * as records from './2026-11-30T0700_records';
import * as dashboardIndexes from './2026-11-30T0800_dashboard_indexes';
import * as accountOrigin from './2026-12-05T0100_account_origin';
import * as rateLimits from './2026-12-05T0200_rate_limits';
import * as outbox from './2026-12-05T0300_outbox';
import * as moduleDueDates from './2026-12-05T0400_module_due_dates';
import * as reminders from './2026-12-05T0500_reminders';
import * as exerciseLanguage from './2026-12-06T0100_exercise_language';
import * as cohortNameFr from './2026-12-06T0200_cohort_name_fr';
import * as postgres from './2026-12-06T0300_postgres';
import * as sharedState from './2026-12-06T0400_shared_state';
import * as sso from './2026-12-06T0500_sso';

// Every migration, by name. Listed by hand (not read from the folder) so the
// bundled server and the command-line scripts see the same set; a test checks
// that no file in this folder is missing from the list.
export const migrations: Record<string, Migration> = {
	'2026-11-30T0300_foundation': foundation,
	'2026-11-30T0400_progress': progress,
	'2026-11-30T0500_quizzes': quizzes,
	'2026-11-30T0600_exercises': exercises,
	'2026-11-30T0700_records': records,
	'2026-11-30T0800_dashboard_indexes': dashboardIndexes,
	'2026-11-30T0900_cohort_settings': cohortSettings,
	'2026-12-05T0100_account_origin': accountOrigin,
	'2026-12-05T0200_rate_limits': rateLimits,
	'2026-12-05T0300_outbox': outbox,
	'2026-12-05T0400_module_due_dates': moduleDueDates,
	'2026-12-05T0500_reminders': reminders,
	'2026-12-06T0100_exercise_language': exerciseLanguage,
	'2026-12-06T0200_cohort_name_fr': cohortNameFr,
	'2026-12-06T0300_postgres': postgres,
	'2026-12-06T0400_shared_state': sharedState,
	'2026-12-06T0500_sso': sso
};
