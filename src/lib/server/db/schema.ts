import type { ColumnType, Generated, Insertable, Selectable } from 'kysely';
import type { Locale } from '$lib/paraglide/runtime';

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
	/** The cohort whose roster import created the account; null when no cohort's did (owned by none). */
	created_in_cohort_id: ColumnType<string | null, string | null | undefined, string | null>;
	/** When someone first signed in with the account (set when a link is redeemed); null: never. */
	first_signed_in_at: ColumnType<number | null, number | null | undefined, number | null>;
	/** When the person unsubscribed from optional email (the manager digest); null: they receive it. */
	optional_mail_unsubscribed_at: ColumnType<number | null, number | null | undefined, number | null>;
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
	/** The French name; null shows the English one. */
	name_fr: string | null;
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

/** One request counted against a rate limit (see records/rate-limit.ts). */
export interface RateLimitHitsTable {
	id: string;
	limit_key: string;
	at: number;
	expires_at: number;
}

import type { ModuleStatus } from '../../dashboards/statuses';
export type { ModuleStatus };

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

export type RecordStatusColumn = 'active' | 'revoked';

export interface CompletionRecordsTable {
	id: string;
	code: string;
	user_id: string | null;
	course_slug: string;
	cycle: number;
	holder_name: string;
	course_title_en: string;
	course_title_fr: string;
	content_version: string;
	cohort_id: string | null;
	cohort_name: string;
	completed_at: number;
	issued_at: number;
	expires_at: number | null;
	status: Generated<RecordStatusColumn>;
	revoked_at: number | null;
	revoked_by: string | null;
	revocation_reason: string | null;
	supersedes_id: string | null;
	status_list_index: number;
	/** The cohort's French name when the record was issued; null shows cohort_name. */
	cohort_name_fr: string | null;
}

export interface ApiTokensTable {
	id: string;
	token_hash: string;
	label: string;
	owner_id: string;
	created_at: number;
	last_used_at: number | null;
	revoked_at: number | null;
	revoked_by: string | null;
}

export interface QuizAttemptsTable {
	id: string;
	cohort_id: string;
	user_id: string;
	course_slug: string;
	module_slug: string;
	attempt_number: number;
	content_version: string;
	/** JSON: the questions drawn, in order, with their options in the order shown. */
	layout: string;
	/** JSON: answers by question id (drafts until submitted). */
	responses: Generated<string>;
	started_at: number;
	saved_at: number | null;
	deadline_at: number | null;
	submitted_at: number | null;
	score: number | null;
	passed: number | null;
	/** JSON: credit per question, once submitted. */
	results: string | null;
}

export interface QuizExtraAttemptsTable {
	id: string;
	cohort_id: string;
	user_id: string;
	course_slug: string;
	module_slug: string;
	granted_by: string | null;
	reason: string;
	granted_at: number;
}

export interface ExerciseDraftsTable {
	id: string;
	cohort_id: string;
	user_id: string;
	module_slug: string;
	/** '' for the exercise itself; `drill:<run>:<inject>` for the answer to one drill inject. */
	slot: string;
	platform: string;
	/** JSON: [{ text, alts }] */
	posts: string;
	client_saved_at: number;
	created_at: number;
	updated_at: number;
	/** The language the trainee writes the post in ('en' or 'fr'); null: not chosen yet (their own language). */
	language: string | null;
}

export interface ExerciseDrillRunsTable {
	id: string;
	cohort_id: string;
	user_id: string;
	course_slug: string;
	module_slug: string;
	content_version: string;
	started_at: number;
	time_scale: number;
	/** The drill's language ('en' or 'fr'): its messages arrive, and its answers are checked, in it. */
	language: string | null;
}

export interface ExerciseDrillAnswersTable {
	id: string;
	run_id: string;
	inject_id: string;
	platform: string;
	text: string;
	check_results: string;
	checks_version: string;
	delivered_at: number;
	answered_at: number;
	response_ms: number;
	standard_ms: number;
}

export interface ExerciseSubmissionsTable {
	id: string;
	cohort_id: string;
	user_id: string;
	course_slug: string;
	module_slug: string;
	version: number;
	task: string;
	content_version: string;
	platform: string;
	/** JSON: [{ text, lang, alts, inject? }], exactly as submitted. */
	posts: string;
	/** JSON: CheckResult[] as the server found them, under checks_version. */
	check_results: string;
	checks_version: string;
	drill_run_id: string | null;
	started_at: number;
	submitted_at: number;
	/** The language the post was written and checked in ('en' or 'fr'); null for a bilingual pair. */
	language: string | null;
}

export type ReviewDecision = 'approved' | 'needs_revision';

export interface ExerciseReviewsTable {
	id: string;
	submission_id: string;
	reviewer_id: string | null;
	reviewer_name: string;
	decision: ReviewDecision;
	/** JSON: [{ criterion, label, points, max }] with the rubric's words as they were. */
	levels: string;
	score: number;
	max_score: number;
	comments: string;
	created_at: number;
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
	rate_limit_hits: RateLimitHitsTable;
	progress_events: ProgressEventsTable;
	module_progress: ModuleProgressTable;
	cohort_settings: CohortSettingsTable;
	quiz_attempts: QuizAttemptsTable;
	quiz_extra_attempts: QuizExtraAttemptsTable;
	completion_records: CompletionRecordsTable;
	api_tokens: ApiTokensTable;
	exercise_drafts: ExerciseDraftsTable;
	exercise_drill_runs: ExerciseDrillRunsTable;
	exercise_drill_answers: ExerciseDrillAnswersTable;
	exercise_submissions: ExerciseSubmissionsTable;
	exercise_reviews: ExerciseReviewsTable;
	outbox: OutboxTable;
	cohort_module_due_dates: CohortModuleDueDatesTable;
	calendar_feeds: CalendarFeedsTable;
	reminders: RemindersTable;
	reminder_settings: ReminderSettingsTable;
	digest_subscriptions: DigestSubscriptionsTable;
	digests_sent: DigestsSentTable;
	shared_locks: SharedLocksTable;
	shared_settings: SharedSettingsTable;
	sso_identities: SsoIdentitiesTable;
	sso_attempts: SsoAttemptsTable;
}

export type User = Selectable<UsersTable>;
export type NewUser = Insertable<UsersTable>;
export type Cohort = Selectable<CohortsTable>;

export type OutboxStatus = 'pending' | 'sent' | 'failed';

/** One outgoing email (see mail/sender.ts for how it is claimed, sent and retried). */
export interface OutboxTable {
	id: string;
	kind: string;
	recipient_id: string | null;
	recipient: string;
	language: Locale;
	subject: string;
	text_body: string;
	html_body: string;
	message_id: string;
	status: Generated<OutboxStatus>;
	attempts: Generated<number>;
	next_attempt_at: number;
	claimed_by: string | null;
	claim_expires_at: number | null;
	last_error: string | null;
	created_at: number;
	sent_at: number | null;
}

/** A due date an instructor set for one module of a cohort (YYYY-MM-DD); the others are computed. */
export interface CohortModuleDueDatesTable {
	cohort_id: string;
	module_slug: string;
	due_on: string;
	updated_by: string | null;
	updated_at: number;
}

export type ReminderKind = 'manual' | 'nudge';

/** A reminder sent to a trainee: by an instructor (sent_by) or the automatic nudge (null). */
export interface RemindersTable {
	id: string;
	cohort_id: string;
	user_id: string;
	sent_by: string | null;
	kind: ReminderKind;
	note: string | null;
	/** The Ontario week of an automatic nudge (unique per person, cohort and kind); null for manual ones. */
	week_key: string | null;
	at: number;
}

/** A cohort's automatic nudge: after how many days without activity (0: never). No row: the default. */
export interface ReminderSettingsTable {
	cohort_id: string;
	nudge_after_days: number;
	updated_by: string | null;
	updated_at: number;
}

/** A person's secret calendar feed address: only the hash of its token, one per person. */
export interface CalendarFeedsTable {
	user_id: string;
	token_hash: string;
	created_at: number;
}

/** Managers who asked for the weekly digest. */
export interface DigestSubscriptionsTable {
	user_id: string;
	subscribed_at: number;
}

/** One row per digest written: at most one per manager and Ontario week. */
export interface DigestsSentTable {
	manager_id: string;
	week_key: string;
	at: number;
}

/** A name two transactions lock by writing its row (coordination/locks.ts); locked_at is the last time. */
export interface SharedLocksTable {
	name: string;
	locked_at: number;
}

/** A value every server process must agree on (the records' public signing key), set by the first. */
export interface SharedSettingsTable {
	name: string;
	value: string;
	set_at: number;
}

/** A person's identity at an OpenID Provider, linked to one account (see sso/service.ts). */
export interface SsoIdentitiesTable {
	issuer: string;
	subject: string;
	user_id: string;
	linked_at: number;
	last_signed_in_at: number;
}

/** A single sign-on in progress: its checks, under the hash of the browser's cookie token. */
export interface SsoAttemptsTable {
	id: string;
	state: string;
	nonce: string;
	code_verifier: string;
	/** Where to go after signing in (already checked to be on this site); null: home. */
	next: string | null;
	/** The language of the page the sign-in started on. */
	locale: Locale;
	created_at: number;
	expires_at: number;
}
