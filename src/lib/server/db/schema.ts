import type { Generated, Insertable, Selectable, Updateable } from 'kysely';

export type Locale = 'en' | 'fr';
export type CohortRole = 'trainee' | 'instructor';
export type InvitationPurpose = 'invite' | 'reset';

export interface UsersTable {
	id: string;
	email: string;
	display_name: string;
	preferred_language: Locale;
	ministry: string;
	branch: string;
	manager_id: string | null;
	password_hash: string | null;
	is_admin: Generated<number>;
	created_at: number;
	updated_at: number;
	disabled_at: number | null;
}

export interface SessionsTable {
	id: string;
	user_id: string;
	created_at: number;
	expires_at: number;
}

export interface CohortsTable {
	id: string;
	name: string;
	course_slug: string;
	starts_on: string;
	ends_on: string;
	created_by: string | null;
	created_at: number;
}

export interface EnrolmentsTable {
	cohort_id: string;
	user_id: string;
	role: CohortRole;
	created_at: number;
}

export interface InvitationsTable {
	id: string;
	user_id: string;
	purpose: InvitationPurpose;
	created_by: string | null;
	created_at: number;
	expires_at: number;
	used_at: number | null;
}

export interface AuditLogTable {
	id: string;
	at: number;
	actor_id: string | null;
	action: string;
	subject_user_id: string | null;
	cohort_id: string | null;
	details: string;
}

export interface SignInFailuresTable {
	id: string;
	limit_key: string;
	at: number;
}

export type ModuleStatus = 'not_started' | 'in_progress' | 'needs_review' | 'needs_revision' | 'completed';

export interface ProgressEventsTable {
	id: string;
	user_id: string;
	cohort_id: string;
	course_slug: string;
	module_slug: string;
	kind: string;
	content_version: string;
	at: number;
	actor_id: string | null;
	details: string;
}

export interface ModuleProgressTable {
	cohort_id: string;
	user_id: string;
	module_slug: string;
	status: ModuleStatus;
	viewed_at: number | null;
	marked_complete_at: number | null;
	quiz_passed_at: number | null;
	exercise_submitted_at: number | null;
	exercise_approved_at: number | null;
	revision_requested_at: number | null;
	completed_at: number | null;
	content_version: string;
	updated_at: number;
}

export interface CohortSettingsTable {
	cohort_id: string;
	key: string;
	value_en: string;
	value_fr: string;
	updated_by: string | null;
	updated_at: number;
}

export interface DB {
	users: UsersTable;
	sessions: SessionsTable;
	cohorts: CohortsTable;
	enrolments: EnrolmentsTable;
	invitations: InvitationsTable;
	audit_log: AuditLogTable;
	sign_in_failures: SignInFailuresTable;
	progress_events: ProgressEventsTable;
	module_progress: ModuleProgressTable;
	cohort_settings: CohortSettingsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Cohort = Selectable<CohortsTable>;
