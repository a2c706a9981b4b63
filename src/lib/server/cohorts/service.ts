import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { writeAudit } from '../audit/log';
import { issueInvitation } from '../accounts/invitations';
import { normaliseEmail } from '../accounts/email';
import { newId } from '../ids';
import type { InvitationLink } from '../rosters/import';

export interface NewCohort {
	name: string;
	courseSlug: string;
	startsOn: string;
	endsOn: string;
}

export async function createCohort(db: Kysely<DB>, input: NewCohort, actorId: string, now = Date.now()): Promise<string> {
	const id = newId();
	await db.transaction().execute(async (trx) => {
		await trx
			.insertInto('cohorts')
			.values({ id, name: input.name, course_slug: input.courseSlug, starts_on: input.startsOn, ends_on: input.endsOn, created_by: actorId, created_at: now })
			.execute();
		await writeAudit(trx, { actorId, action: 'cohort.created', cohortId: id, details: { ...input } }, now);
	});
	return id;
}

/** Makes an existing person an instructor of the cohort; false when no account has that email. */
export async function addInstructor(db: Kysely<DB>, cohortId: string, email: string, actorId: string, now = Date.now()): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const user = await trx.selectFrom('users').select('id').where('email', '=', normaliseEmail(email)).executeTakeFirst();
		if (!user) return false;
		const existing = await trx
			.selectFrom('enrolments')
			.select('role')
			.where('cohort_id', '=', cohortId)
			.where('user_id', '=', user.id)
			.executeTakeFirst();
		if (existing?.role === 'instructor') return true;
		if (existing) {
			await trx.updateTable('enrolments').set({ role: 'instructor' }).where('cohort_id', '=', cohortId).where('user_id', '=', user.id).execute();
		} else {
			await trx.insertInto('enrolments').values({ cohort_id: cohortId, user_id: user.id, role: 'instructor', created_at: now }).execute();
		}
		await writeAudit(trx, { actorId, action: 'enrolment.instructor_added', subjectUserId: user.id, cohortId, details: { previousRole: existing?.role ?? null } }, now);
		return true;
	});
}

/** New one-time links for everyone in the cohort who has not set a password yet. */
export async function reissuePendingInvitations(db: Kysely<DB>, cohortId: string, actorId: string, now = Date.now()): Promise<InvitationLink[]> {
	return db.transaction().execute(async (trx) => {
		const pending = await trx
			.selectFrom('enrolments')
			.innerJoin('users', 'users.id', 'enrolments.user_id')
			.select(['users.id', 'users.email', 'users.display_name'])
			.where('enrolments.cohort_id', '=', cohortId)
			.where('users.password_hash', 'is', null)
			.orderBy('users.display_name')
			.execute();
		const links: InvitationLink[] = [];
		for (const person of pending) {
			const { token, expiresAt } = await issueInvitation(trx, person.id, 'invite', actorId, now);
			links.push({ email: person.email, name: person.display_name, token, expiresAt });
		}
		return links;
	});
}

/** A one-time link for one person: an invitation if they never signed in, otherwise a password reset. */
export async function issueLinkFor(db: Kysely<DB>, userId: string, actorId: string, now = Date.now()): Promise<InvitationLink | null> {
	return db.transaction().execute(async (trx) => {
		const user = await trx.selectFrom('users').select(['id', 'email', 'display_name', 'password_hash']).where('id', '=', userId).executeTakeFirst();
		if (!user) return null;
		const purpose = user.password_hash === null ? 'invite' : 'reset';
		const { token, expiresAt } = await issueInvitation(trx, user.id, purpose, actorId, now);
		return { email: user.email, name: user.display_name, token, expiresAt };
	});
}
