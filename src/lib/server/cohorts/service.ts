import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { writeAudit } from '../audit/log';
import { issueInvitation } from '../accounts/invitations';
import { decideLinkFor, decidePendingLinks, type LinkRefusal } from '../accounts/link-rights';
import { normaliseEmail } from '../accounts/email';
import { hasSignedIn, userByEmail } from '../accounts/repository';
import { enrolmentRole } from '../access/repository';
import * as repo from './repository';
import { newId } from '../ids';
import type { InvitationLink } from '../rosters/import';
import { queueMessage } from '../mail/service';

interface NewCohort {
	name: string;
	courseSlug: string;
	startsOn: string;
	endsOn: string;
}

export async function createCohort(db: Kysely<DB>, input: NewCohort, actorId: string, now = Date.now()): Promise<string> {
	const id = newId();
	await db.transaction().execute(async (trx) => {
		await repo.insertCohort(trx, { id, ...input, createdBy: actorId, createdAt: now });
		await writeAudit(trx, { actorId, action: 'cohort.created', cohortId: id, details: { ...input } }, now);
	});
	return id;
}

/** Makes an existing person an instructor of the cohort; false when no account has that email. */
export async function addInstructor(db: Kysely<DB>, cohortId: string, email: string, actorId: string, now = Date.now()): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const user = await userByEmail(trx, normaliseEmail(email));
		if (!user) return false;
		const existing = await enrolmentRole(trx, user.id, cohortId);
		if (existing === 'instructor') return true;
		await repo.setEnrolmentRole(trx, cohortId, user.id, 'instructor', existing !== null, now);
		await writeAudit(trx, { actorId, action: 'enrolment.instructor_added', subjectUserId: user.id, cohortId, details: { previousRole: existing } }, now);
		return true;
	});
}

interface WithheldLink {
	email: string;
	name: string;
	reason: LinkRefusal;
}

/**
 * New one-time links for everyone in the cohort who has never signed in and whom the asker may
 * have a link for; the others are listed with the reason, for an administrator to handle.
 */
export async function reissuePendingInvitations(
	db: Kysely<DB>,
	cohortId: string,
	actorId: string,
	now = Date.now()
): Promise<{ links: InvitationLink[]; withheld: WithheldLink[] }> {
	return db.transaction().execute(async (trx) => {
		const { allowed, refused } = await decidePendingLinks(trx, actorId, cohortId);
		const links: InvitationLink[] = [];
		for (const person of allowed) {
			const { token, expiresAt } = await issueInvitation(trx, person.id, 'invite', actorId, now);
			await queueMessage(trx, { userId: person.id, message: { kind: 'invitation', token, expiresAt }, now });
			links.push({ email: person.email, name: person.name, token, expiresAt });
		}
		if (refused.length) {
			const reasons = Object.fromEntries(refused.map((r) => [r.id, r.reason]));
			await writeAudit(trx, { actorId, action: 'invitation.withheld', cohortId, details: { reasons } }, now);
		}
		return { links, withheld: refused.map(({ email, name, reason }) => ({ email, name, reason })) };
	});
}

/**
 * A one-time link for one person: an invitation if they never signed in, otherwise a password
 * reset. Only for administrators (the same rule as every other link); null otherwise, or when
 * there is no such person.
 */
export async function issueLinkFor(db: Kysely<DB>, userId: string, actorId: string, now = Date.now()): Promise<InvitationLink | null> {
	return db.transaction().execute(async (trx) => {
		const decision = await decideLinkFor(trx, actorId, userId, null);
		if (!decision?.allowed) return null;
		const purpose = (await hasSignedIn(trx, userId)) ? 'reset' : 'invite';
		const { token, expiresAt } = await issueInvitation(trx, userId, purpose, actorId, now);
		await queueMessage(trx, { userId, message: { kind: purpose === 'reset' ? 'password_reset' : 'invitation', token, expiresAt }, now });
		return { email: decision.subject.email, name: decision.subject.name, token, expiresAt };
	});
}
