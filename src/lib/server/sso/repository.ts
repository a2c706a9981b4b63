// All of the single sign-on domain's SQL: sign-ins in progress and the identities linked to accounts.
import type { Kysely } from 'kysely';
import type { DB, SsoAttemptsTable } from '../db/schema';

export async function insertAttempt(db: Kysely<DB>, attempt: SsoAttemptsTable): Promise<void> {
	await db.insertInto('sso_attempts').values(attempt).execute();
}

/** Removes the attempt and returns it: a callback can use it once, even two at the same time. */
export async function takeAttempt(db: Kysely<DB>, id: string) {
	return db.deleteFrom('sso_attempts').where('id', '=', id).returningAll().executeTakeFirst();
}

export async function deleteAttemptsExpiredBy(db: Kysely<DB>, now: number): Promise<void> {
	await db.deleteFrom('sso_attempts').where('expires_at', '<=', now).execute();
}

const personColumns = ['users.id', 'users.email', 'users.display_name', 'users.preferred_language', 'users.is_admin', 'users.disabled_at'] as const;

/** The account an identity is linked to. */
export async function userOfIdentity(db: Kysely<DB>, issuer: string, subject: string) {
	return db
		.selectFrom('sso_identities')
		.innerJoin('users', 'users.id', 'sso_identities.user_id')
		.select(personColumns)
		.where('sso_identities.issuer', '=', issuer)
		.where('sso_identities.subject', '=', subject)
		.executeTakeFirst();
}

export async function userByEmail(db: Kysely<DB>, email: string) {
	return db.selectFrom('users').select(personColumns).where('users.email', '=', email).executeTakeFirst();
}

/** Whether the account already has an identity at this provider (then another may not claim it by email). */
export async function hasIdentityAt(db: Kysely<DB>, userId: string, issuer: string): Promise<boolean> {
	const row = await db.selectFrom('sso_identities').select('subject').where('user_id', '=', userId).where('issuer', '=', issuer).executeTakeFirst();
	return row !== undefined;
}

export async function hasAnyIdentity(db: Kysely<DB>, userId: string): Promise<boolean> {
	const row = await db.selectFrom('sso_identities').select('subject').where('user_id', '=', userId).executeTakeFirst();
	return row !== undefined;
}

export async function insertIdentity(db: Kysely<DB>, identity: { issuer: string; subject: string; userId: string; now: number }): Promise<void> {
	await db
		.insertInto('sso_identities')
		.values({ issuer: identity.issuer, subject: identity.subject, user_id: identity.userId, linked_at: identity.now, last_signed_in_at: identity.now })
		.execute();
}

export async function touchIdentity(db: Kysely<DB>, issuer: string, subject: string, now: number): Promise<void> {
	await db.updateTable('sso_identities').set({ last_signed_in_at: now }).where('issuer', '=', issuer).where('subject', '=', subject).execute();
}

/** The first sign-in makes the account its owner's alone (see accounts/link-rights.ts). */
export async function markFirstSignIn(db: Kysely<DB>, userId: string, now: number): Promise<void> {
	await db.updateTable('users').set({ first_signed_in_at: now }).where('id', '=', userId).where('first_signed_in_at', 'is', null).execute();
}
