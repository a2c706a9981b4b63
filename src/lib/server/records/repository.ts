import { sql, type Insertable, type Kysely, type Selectable } from 'kysely';
import { foldedContains } from '../db/fold';
import type { CompletionRecordsTable, DB } from '../db/schema';
import type { ModuleStanding } from './rule';

export type CompletionRecord = Selectable<CompletionRecordsTable>;
type NewCompletionRecord = Insertable<CompletionRecordsTable>;

/** The person's standing in each module of a cohort, as the completion rule reads it. */
export async function standingsFor(db: Kysely<DB>, cohortId: string, userId: string): Promise<ModuleStanding[]> {
	const rows = await db
		.selectFrom('module_progress')
		.select(['module_slug', 'status', 'quiz_passed_at', 'exercise_approved_at'])
		.where('cohort_id', '=', cohortId)
		.where('user_id', '=', userId)
		.execute();
	return rows.map((row) => ({
		moduleSlug: row.module_slug,
		completed: row.status === 'completed',
		quizPassed: row.quiz_passed_at !== null,
		exerciseApproved: row.exercise_approved_at !== null
	}));
}

/**
 * Best score per quiz module, in percent, from the `score` (0–100) that quiz events carry in
 * their details. Events without a numeric score are ignored.
 */
export async function quizScoresFor(db: Kysely<DB>, cohortId: string, userId: string): Promise<Record<string, number>> {
	const rows = await db
		.selectFrom('progress_events')
		.select(['module_slug', 'details'])
		.where('cohort_id', '=', cohortId)
		.where('user_id', '=', userId)
		.where('kind', 'in', ['quiz_attempted', 'quiz_passed'])
		.execute();
	const best: Record<string, number> = {};
	for (const row of rows) {
		const score = (JSON.parse(row.details) as { score?: unknown }).score;
		if (typeof score === 'number' && Number.isFinite(score)) best[row.module_slug] = Math.max(best[row.module_slug] ?? 0, score);
	}
	return best;
}

/** The person's most recent record for a course (highest cycle), whatever its status. */
export async function latestRecordFor(db: Kysely<DB>, userId: string, courseSlug: string): Promise<CompletionRecord | undefined> {
	return db
		.selectFrom('completion_records')
		.selectAll()
		.where('user_id', '=', userId)
		.where('course_slug', '=', courseSlug)
		.orderBy('cycle', 'desc')
		.limit(1)
		.executeTakeFirst();
}

/**
 * Inserts the record unless one already exists for the same person, course and cycle: the
 * unique key decides, so two writers at once leave exactly one. Undefined when it existed.
 */
export async function insertRecord(db: Kysely<DB>, record: NewCompletionRecord): Promise<CompletionRecord | undefined> {
	return db
		.insertInto('completion_records')
		.values(record)
		.onConflict((oc) => oc.columns(['user_id', 'course_slug', 'cycle']).doNothing())
		.returningAll()
		.executeTakeFirst();
}

/** Status list positions are handed out in order; writers to one SQLite file are serialised. */
export async function nextStatusListIndex(db: Kysely<DB>): Promise<number> {
	const row = await db
		.selectFrom('completion_records')
		.select((eb) => eb.fn.max('status_list_index').as('last'))
		.executeTakeFirst();
	return row?.last == null ? 0 : Number(row.last) + 1;
}

export async function findRecord(db: Kysely<DB>, id: string): Promise<CompletionRecord | undefined> {
	return db.selectFrom('completion_records').selectAll().where('id', '=', id).executeTakeFirst();
}

export async function findRecordByCode(db: Kysely<DB>, code: string): Promise<CompletionRecord | undefined> {
	return db.selectFrom('completion_records').selectAll().where('code', '=', code).executeTakeFirst();
}

/** The record that replaced this one, if an admin reissued it. */
export async function successorOf(db: Kysely<DB>, id: string): Promise<Pick<CompletionRecord, 'id' | 'code'> | undefined> {
	return db.selectFrom('completion_records').select(['id', 'code']).where('supersedes_id', '=', id).executeTakeFirst();
}

/** The successor of each of these records that has one, by the replaced record's id. */
export async function successorsOf(db: Kysely<DB>, ids: string[]): Promise<Map<string, { id: string; code: string }>> {
	if (!ids.length) return new Map();
	const rows = await db.selectFrom('completion_records').select(['id', 'code', 'supersedes_id']).where('supersedes_id', 'in', ids).execute();
	return new Map(rows.map((r) => [r.supersedes_id!, { id: r.id, code: r.code }]));
}

export async function codeOf(db: Kysely<DB>, id: string): Promise<string | undefined> {
	return (await db.selectFrom('completion_records').select('code').where('id', '=', id).executeTakeFirst())?.code;
}

interface RecordFilter {
	id?: string;
	userId?: string;
	cohortId?: string;
	/** Only the records of this manager's staff. */
	managerId?: string;
	/** Name, email or code, as an admin types it. */
	search?: string;
	limit?: number;
}

/** Records newest first, with the holder's email (for admins and the API), filtered as asked. */
export async function listRecords(db: Kysely<DB>, filter: RecordFilter = {}) {
	let query = db
		.selectFrom('completion_records as r')
		.leftJoin('users as holder', 'holder.id', 'r.user_id')
		.selectAll('r')
		.select(['holder.email as holder_email', 'holder.manager_id as holder_manager_id'])
		.orderBy('r.issued_at', 'desc')
		.orderBy('r.code');
	if (filter.id) query = query.where('r.id', '=', filter.id);
	if (filter.userId) query = query.where('r.user_id', '=', filter.userId);
	if (filter.cohortId) query = query.where('r.cohort_id', '=', filter.cohortId);
	if (filter.managerId) query = query.where('holder.manager_id', '=', filter.managerId);
	if (filter.search?.trim()) {
		const text = filter.search.trim();
		query = query.where((eb) =>
			eb.or([foldedContains(sql.ref('r.holder_name'), text), foldedContains(sql.ref('holder.email'), text), foldedContains(sql.ref('r.code'), text)])
		);
	}
	if (filter.limit) query = query.limit(filter.limit);
	return query.execute();
}

/** The holder's manager and whether the holder's account still exists: who may see the record. */
export async function holderOf(db: Kysely<DB>, userId: string) {
	return db.selectFrom('users').select(['id', 'display_name', 'email', 'preferred_language', 'manager_id']).where('id', '=', userId).executeTakeFirst();
}

/**
 * Whether the person instructs the cohort the record was earned in, or a cohort of the same
 * course in which the holder is a trainee.
 */
export async function instructsHolderOf(
	db: Kysely<DB>,
	instructorId: string,
	record: Pick<CompletionRecord, 'cohort_id' | 'course_slug' | 'user_id'>
): Promise<boolean> {
	const row = await db
		.selectFrom('enrolments as staff')
		.innerJoin('cohorts', 'cohorts.id', 'staff.cohort_id')
		.select('staff.cohort_id')
		.where('staff.user_id', '=', instructorId)
		.where('staff.role', '=', 'instructor')
		.where((eb) =>
			eb.or([
				eb('staff.cohort_id', '=', record.cohort_id),
				eb.and([
					eb('cohorts.course_slug', '=', record.course_slug),
					eb.exists(
						eb
							.selectFrom('enrolments as learner')
							.select('learner.user_id')
							.whereRef('learner.cohort_id', '=', 'staff.cohort_id')
							.where('learner.user_id', '=', record.user_id)
							.where('learner.role', '=', 'trainee')
					)
				])
			])
		)
		.limit(1)
		.executeTakeFirst();
	return row !== undefined;
}

/** Marks an active record revoked; false when it was already revoked (the first reason stands). */
export async function markRevoked(db: Kysely<DB>, id: string, by: string, reason: string, at: number): Promise<boolean> {
	const result = await db
		.updateTable('completion_records')
		.set({ status: 'revoked', revoked_at: at, revoked_by: by, revocation_reason: reason })
		.where('id', '=', id)
		.where('status', '=', 'active')
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

/** Positions in the status list of every revoked record. */
export async function revokedStatusIndexes(db: Kysely<DB>): Promise<number[]> {
	const rows = await db.selectFrom('completion_records').select('status_list_index').where('status', '=', 'revoked').execute();
	return rows.map((r) => r.status_list_index);
}

/** A person's current record (the newest of any reissue chain, whatever its status) per cohort. */
export async function currentRecordByCohort(db: Kysely<DB>, userId: string): Promise<Map<string, string>> {
	const rows = await db
		.selectFrom('completion_records')
		.select(['id', 'cohort_id'])
		.where('user_id', '=', userId)
		.where('cohort_id', 'is not', null)
		.orderBy('cycle')
		.execute();
	return new Map(rows.map((row) => [row.cohort_id!, row.id]));
}

/** The holder's name and the cohort's names, copied into a record when it is issued. */
export async function issuanceNames(
	db: Kysely<DB>,
	userId: string,
	cohortId: string
): Promise<{ holderName: string; cohortName: string; cohortNameFr: string | null }> {
	const [holder, cohort] = await Promise.all([
		db.selectFrom('users').select(['display_name']).where('id', '=', userId).executeTakeFirstOrThrow(),
		db.selectFrom('cohorts').select(['name', 'name_fr']).where('id', '=', cohortId).executeTakeFirstOrThrow()
	]);
	return { holderName: holder.display_name, cohortName: cohort.name, cohortNameFr: cohort.name_fr };
}

// API tokens.

export async function insertApiToken(db: Kysely<DB>, token: { id: string; token_hash: string; label: string; owner_id: string; created_at: number }) {
	await db.insertInto('api_tokens').values(token).execute();
}

/** Every token, newest first, with its owner's name; never the hash. */
export async function listApiTokens(db: Kysely<DB>) {
	return db
		.selectFrom('api_tokens')
		.innerJoin('users as owner', 'owner.id', 'api_tokens.owner_id')
		.select([
			'api_tokens.id',
			'api_tokens.label',
			'api_tokens.created_at',
			'api_tokens.last_used_at',
			'api_tokens.revoked_at',
			'owner.display_name as owner_name'
		])
		.orderBy('api_tokens.created_at', 'desc')
		.execute();
}

/** The token with this hash, if its owner is still an admin with an account that works. */
export async function findUsableToken(db: Kysely<DB>, tokenHash: string) {
	return db
		.selectFrom('api_tokens')
		.innerJoin('users as owner', 'owner.id', 'api_tokens.owner_id')
		.select(['api_tokens.id', 'api_tokens.owner_id', 'api_tokens.last_used_at'])
		.where('api_tokens.token_hash', '=', tokenHash)
		.where('api_tokens.revoked_at', 'is', null)
		.where('owner.is_admin', '=', 1)
		.where('owner.disabled_at', 'is', null)
		.executeTakeFirst();
}

export async function touchApiToken(db: Kysely<DB>, id: string, at: number) {
	await db.updateTable('api_tokens').set({ last_used_at: at }).where('id', '=', id).execute();
}

/** False when there is no such token or it was already revoked. */
export async function markApiTokenRevoked(db: Kysely<DB>, id: string, by: string, at: number): Promise<boolean> {
	const result = await db
		.updateTable('api_tokens')
		.set({ revoked_at: at, revoked_by: by })
		.where('id', '=', id)
		.where('revoked_at', 'is', null)
		.executeTakeFirst();
	return Number(result.numUpdatedRows) === 1;
}

// Rate limits (see rate-limit.ts): one row per counted request.

export async function insertRateLimitHit(db: Kysely<DB>, hit: { id: string; limitKey: string; at: number; expiresAt: number }) {
	await db.insertInto('rate_limit_hits').values({ id: hit.id, limit_key: hit.limitKey, at: hit.at, expires_at: hit.expiresAt }).execute();
}

/** Deletes what no limit counts any more, so the table holds one window's worth. */
export async function deleteExpiredRateLimitHits(db: Kysely<DB>, now: number) {
	await db.deleteFrom('rate_limit_hits').where('expires_at', '<=', now).execute();
}

/** When the key's requests since `since` were made, oldest first, at most `limit` of them. */
export async function rateLimitHitTimes(db: Kysely<DB>, limitKey: string, since: number, limit: number): Promise<number[]> {
	const rows = await db
		.selectFrom('rate_limit_hits')
		.select('at')
		.where('limit_key', '=', limitKey)
		.where('at', '>', since)
		.orderBy('at')
		.limit(limit)
		.execute();
	return rows.map((row) => row.at);
}

export async function deleteRateLimitHit(db: Kysely<DB>, id: string) {
	await db.deleteFrom('rate_limit_hits').where('id', '=', id).execute();
}

/** When a record was first earned on each content version of the course (its editions: edition.ts). */
export async function contentVersionsFirstEarned(db: Kysely<DB>, courseSlug: string): Promise<{ contentVersion: string; firstCompletedAt: number }[]> {
	const rows = await db
		.selectFrom('completion_records')
		.select(['content_version'])
		.select((eb) => eb.fn.min<number>('completed_at').as('first'))
		.where('course_slug', '=', courseSlug)
		.groupBy('content_version')
		.execute();
	return rows.map((row) => ({ contentVersion: row.content_version, firstCompletedAt: Number(row.first) }));
}
