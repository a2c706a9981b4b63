// All of the accounts domain's SQL: people, their invitations (one-time links) and what the
// link rule needs to know about them.
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import type { Locale } from '$lib/paraglide/runtime';
import type { DB, InvitationPurpose, NewUser } from '../db/schema';
import { foldedContains } from '../db/fold';
import { newId } from '../ids';

/**
 * A new person's row, the one way every account is made (roster import, `admin:create`, the demo):
 * no password (they are invited), no manager, not an admin, unless `fields` says otherwise.
 */
export function newUserRow(fields: Pick<NewUser, 'email' | 'display_name'> & Partial<NewUser>, now: number) {
	return {
		id: newId(),
		preferred_language: 'en' as Locale,
		ministry: '',
		branch: '',
		manager_id: null,
		password_hash: null,
		is_admin: 0,
		created_at: now,
		updated_at: now,
		disabled_at: null,
		...fields
	} satisfies NewUser;
}

export async function insertUsers(db: Kysely<DB>, rows: NewUser[]): Promise<void> {
	if (rows.length) await db.insertInto('users').values(rows).execute();
}

export async function countUsers(db: Kysely<DB>): Promise<number> {
	const row = await db
		.selectFrom('users')
		.select((eb) => eb.fn.countAll<number>().as('n'))
		.executeTakeFirstOrThrow();
	return Number(row.n);
}

export async function userForSignIn(db: Kysely<DB>, email: string) {
	return db.selectFrom('users').select(['id', 'password_hash', 'disabled_at', 'preferred_language', 'is_admin']).where('email', '=', email).executeTakeFirst();
}

export async function userByEmail(db: Kysely<DB>, email: string) {
	return db.selectFrom('users').select(['id', 'password_hash']).where('email', '=', email).executeTakeFirst();
}

/** Whether the person has ever set a password or signed in: their account is then theirs alone. */
export async function hasSignedIn(db: Kysely<DB>, userId: string): Promise<boolean> {
	const user = await db.selectFrom('users').select(['password_hash', 'first_signed_in_at']).where('id', '=', userId).executeTakeFirstOrThrow();
	return user.password_hash !== null || user.first_signed_in_at !== null;
}

/** Whether the person is an administrator, and whether their account is disabled. */
export async function adminFlags(db: Kysely<DB>, userId: string) {
	return db.selectFrom('users').select(['is_admin', 'disabled_at']).where('id', '=', userId).executeTakeFirst();
}

export async function makeAdmin(db: Kysely<DB>, userId: string, now: number): Promise<void> {
	await db.updateTable('users').set({ is_admin: 1, updated_at: now }).where('id', '=', userId).execute();
}

/** Sets what a roster (or, for name and language, the sign-on provider) says of a person; fields left out stay as they are. */
export async function updateProfile(
	db: Kysely<DB>,
	userId: string,
	profile: Partial<Pick<NewUser, 'display_name' | 'ministry' | 'branch' | 'preferred_language' | 'manager_id'>>,
	now: number
): Promise<void> {
	await db
		.updateTable('users')
		.set({ ...profile, updated_at: now })
		.where('id', '=', userId)
		.execute();
}

export async function updatePreferredLanguage(db: Kysely<DB>, userId: string, locale: Locale, now: number): Promise<void> {
	await db
		.updateTable('users')
		.set({ preferred_language: locale, updated_at: now })
		.where('id', '=', userId)
		.where('preferred_language', '!=', locale)
		.execute();
}

/**
 * Up to `limit` people matching `query` (empty: everyone) on name, email or ministry, `_` and `%`
 * taken literally, case and accents ignored, in folded name order.
 */
export async function searchUsers(db: Kysely<DB>, query: string, limit: number) {
	let select = db
		.selectFrom('users')
		.leftJoin('users as manager', 'manager.id', 'users.manager_id')
		.select(['users.id', 'users.email', 'users.display_name', 'users.ministry', 'users.is_admin', 'manager.display_name as manager_name'])
		.select((eb) => eb('users.password_hash', 'is not', null).as('active'))
		// Folded order picks the same first page as the collation would; the caller's collator then orders it.
		.orderBy(sql`fold(${sql.ref('users.display_name')})`)
		.orderBy('users.id')
		.limit(limit);
	if (query) {
		select = select.where((eb) =>
			eb.or([
				foldedContains(sql.ref('users.display_name'), query),
				foldedContains(sql.ref('users.email'), query),
				foldedContains(sql.ref('users.ministry'), query)
			])
		);
	}
	const rows = await select.execute();
	return rows.map((r) => ({ ...r, active: Boolean(r.active), is_admin: r.is_admin === 1 }));
}

// Invitations

/** Retires the person's unused links still open at `now`, so only the newest one works. */
export async function retireOpenInvitations(db: Kysely<DB>, userId: string, now: number): Promise<void> {
	await db
		.updateTable('invitations')
		.set({ expires_at: now })
		.where('user_id', '=', userId)
		.where('used_at', 'is', null)
		.where('expires_at', '>', now)
		.execute();
}

export async function insertInvitation(
	db: Kysely<DB>,
	invitation: { id: string; userId: string; purpose: InvitationPurpose; createdBy: string | null; createdAt: number; expiresAt: number }
): Promise<void> {
	await db
		.insertInto('invitations')
		.values({
			id: invitation.id,
			user_id: invitation.userId,
			purpose: invitation.purpose,
			created_by: invitation.createdBy,
			created_at: invitation.createdAt,
			expires_at: invitation.expiresAt,
			used_at: null
		})
		.execute();
}

/** The invitation with this (hashed) id, and whom it is for. */
export async function invitationById(db: Kysely<DB>, id: string) {
	return db
		.selectFrom('invitations')
		.innerJoin('users', 'users.id', 'invitations.user_id')
		.select(['invitations.user_id', 'invitations.purpose', 'invitations.expires_at', 'invitations.used_at'])
		.select(['users.email', 'users.display_name', 'users.preferred_language'])
		.where('invitations.id', '=', id)
		.executeTakeFirst();
}

/** Uses the invitation up; false when it was already used (the update is conditional). */
export async function claimInvitation(db: Kysely<DB>, id: string, now: number): Promise<boolean> {
	const claimed = await db.updateTable('invitations').set({ used_at: now }).where('id', '=', id).where('used_at', 'is', null).executeTakeFirst();
	return Number(claimed.numUpdatedRows) === 1;
}

/** Sets the password from a link; from then on the account is its owner's, whoever made it. */
export async function setPasswordFromLink(db: Kysely<DB>, userId: string, passwordHash: string, now: number): Promise<void> {
	await db
		.updateTable('users')
		.set((eb) => ({
			password_hash: passwordHash,
			updated_at: now,
			first_signed_in_at: eb.fn.coalesce('first_signed_in_at', eb.val(now))
		}))
		.where('id', '=', userId)
		.execute();
}

// What the link rule (link-rights.ts) needs to know about accounts

const signedIn = (eb: ExpressionBuilder<DB, 'users'>) => eb.or([eb('users.password_hash', 'is not', null), eb('users.first_signed_in_at', 'is not', null)]);

/** Each account with what the rule needs to know about it. */
function subjects(db: Kysely<DB>) {
	return db
		.selectFrom('users')
		.select(['users.id', 'users.email', 'users.display_name', 'users.is_admin'])
		.select((eb) => signedIn(eb).as('signed_in'));
}

export type SubjectFactsRow = Awaited<ReturnType<ReturnType<typeof subjects>['execute']>>[number];

/** Everyone in the cohort (or made by its import) who has never signed in, by name. */
export async function pendingSubjects(db: Kysely<DB>, cohortId: string): Promise<SubjectFactsRow[]> {
	return subjects(db)
		.where((eb) =>
			eb.and([
				eb.not(signedIn(eb)),
				eb.or([
					eb.exists(
						eb
							.selectFrom('enrolments')
							.select('enrolments.user_id')
							.whereRef('enrolments.user_id', '=', 'users.id')
							.where('enrolments.cohort_id', '=', cohortId)
					),
					eb('users.created_in_cohort_id', '=', cohortId)
				])
			])
		)
		.orderBy('users.display_name')
		.orderBy('users.email')
		.execute();
}

/** One account. */
export async function subjectFacts(db: Kysely<DB>, userId: string): Promise<SubjectFactsRow | undefined> {
	return subjects(db).where('users.id', '=', userId).executeTakeFirst();
}
