import type { Kysely } from 'kysely';
import type { Locale } from '$lib/paraglide/runtime';
import type { DB } from '../db/schema';
import { writeAudit } from '../audit/log';
import { newId } from '../ids';
import { isValidEmail, normaliseEmail } from './email';
import { issueInvitation } from './invitations';
import * as repo from './repository';

/**
 * Makes the person an admin, creating the account if needed, and returns a one-time link
 * token: an invitation for a new account, a password reset for an existing one.
 */
export async function createAdmin(
	db: Kysely<DB>,
	input: { email: string; name: string; language: Locale },
	now = Date.now()
): Promise<{ ok: false } | { ok: true; created: boolean; email: string; token: string }> {
	const email = normaliseEmail(input.email);
	if (!isValidEmail(email)) return { ok: false };
	return db.transaction().execute(async (trx) => {
		const existing = await repo.userByEmail(trx, email);
		const id = existing?.id ?? newId();
		if (existing) await repo.makeAdmin(trx, id, now);
		else await repo.insertUsers(trx, [repo.newUserRow({ id, email, display_name: input.name.trim(), preferred_language: input.language, is_admin: 1 }, now)]);
		await writeAudit(trx, { actorId: null, action: 'admin.granted', subjectUserId: id, details: { via: 'command line' } }, now);
		const purpose = existing?.password_hash ? 'reset' : 'invite';
		const { token } = await issueInvitation(trx, id, purpose, null, now);
		return { ok: true as const, created: !existing, email, token };
	});
}
