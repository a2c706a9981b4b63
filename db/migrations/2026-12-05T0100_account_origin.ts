import type { Kysely } from 'kysely';

// Who may get a sign-in link for an account (issue #11): only the staff of the cohort whose
// import created it, and only while nobody has ever signed in with it. `created_in_cohort_id`
// is null for every account made before (and for admins and demo accounts): owned by no
// cohort, so only an administrator can make a link for it. `first_signed_in_at` remembers
// that someone took the account over even if it later has no password (a future reset or
// single sign-on), which `password_hash` alone cannot say.
export async function up(db: Kysely<any>): Promise<void> {
	await db.schema
		.alterTable('users')
		.addColumn('created_in_cohort_id', 'text', (c) => c.references('cohorts.id').onDelete('set null'))
		.execute();
	await db.schema.alterTable('users').addColumn('first_signed_in_at', 'bigint').execute();
	// Accounts that already have a password were signed in: the first redeemed link says when,
	// or else the account's last change (an upper bound).
	await db
		.updateTable('users')
		.set((eb) => ({
			first_signed_in_at: eb.fn.coalesce(
				eb
					.selectFrom('invitations')
					.select((i) => i.fn.min('invitations.used_at').as('first'))
					.whereRef('invitations.user_id', '=', 'users.id'),
				eb.ref('users.updated_at')
			)
		}))
		.where('password_hash', 'is not', null)
		.execute();
	await db.schema.createIndex('users_created_in_cohort_idx').on('users').column('created_in_cohort_id').execute();
}

export async function down(db: Kysely<any>): Promise<void> {
	await db.schema.dropIndex('users_created_in_cohort_idx').execute();
	await db.schema.alterTable('users').dropColumn('first_signed_in_at').execute();
	await db.schema.alterTable('users').dropColumn('created_in_cohort_id').execute();
}
