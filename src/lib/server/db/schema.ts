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

export interface DB {
	users: UsersTable;
	sessions: SessionsTable;
	cohorts: CohortsTable;
	enrolments: EnrolmentsTable;
	invitations: InvitationsTable;
	audit_log: AuditLogTable;
	sign_in_failures: SignInFailuresTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type UserUpdate = Updateable<UsersTable>;
export type Cohort = Selectable<CohortsTable>;
