import type { Kysely } from 'kysely';

// Single sign-on (OpenID Connect). A person's identity at a provider, (issuer, subject), is linked
// to one account the first time they sign in with it (by verified email); afterwards the subject
// alone finds them, so a changed email at the provider does not lose the account. A sign-in in
// progress (state, nonce and PKCE verifier) waits in sso_attempts under the hash of a cookie's
// token, for ten minutes at most, and is deleted when it is used; it keeps the page's language, so a
// refusal answers in the language the person started in.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.createTable('sso_identities')
		.addColumn('issuer', 'text', (c) => c.notNull())
		.addColumn('subject', 'text', (c) => c.notNull())
		.addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
		.addColumn('linked_at', 'bigint', (c) => c.notNull())
		.addColumn('last_signed_in_at', 'bigint', (c) => c.notNull())
		.addPrimaryKeyConstraint('sso_identities_pk', ['issuer', 'subject'])
		.execute();
	await db.schema.createIndex('sso_identities_user_idx').on('sso_identities').columns(['user_id']).execute();

	await db.schema
		.createTable('sso_attempts')
		.addColumn('id', 'text', (c) => c.primaryKey())
		.addColumn('state', 'text', (c) => c.notNull())
		.addColumn('nonce', 'text', (c) => c.notNull())
		.addColumn('code_verifier', 'text', (c) => c.notNull())
		.addColumn('next', 'text')
		.addColumn('locale', 'text', (c) => c.notNull())
		.addColumn('created_at', 'bigint', (c) => c.notNull())
		.addColumn('expires_at', 'bigint', (c) => c.notNull())
		.execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropTable('sso_attempts').execute();
	await db.schema.dropTable('sso_identities').execute();
}
