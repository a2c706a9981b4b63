import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import type { Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import type { DB } from '../db/schema';
import { writeAudit } from '../audit/log';
import { issueInvitation } from '../accounts/invitations';
import { decideLinkFor, decideMailFor, decidePendingMail, type LinkRefusal } from '../accounts/link-rights';
import { normaliseEmail } from '../accounts/email';
import { hasSignedIn, userByEmail } from '../accounts/repository';
import { enrolmentRole } from '../access/repository';
import * as repo from './repository';
import { newId } from '../ids';
import type { InvitationLink, SentInvitation } from '../rosters/import';
import { queueMessage } from '../mail/service';
import { recipientOf } from '../mail/repository';
import { hitLimit } from '../records/rate-limit';
import { requireAccess } from '../access';
import type { SessionUser } from '../auth/sessions';
import { cohortName } from '$lib/cohorts/name';

interface NewCohort {
	name: string;
	nameFr?: string | null;
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

/** Renames the cohort in either language (an empty French name shows the English one); false when nothing changed. */
export async function renameCohort(
	db: Kysely<DB>,
	cohortId: string,
	names: { name: string; nameFr: string | null },
	actorId: string,
	now = Date.now()
): Promise<boolean> {
	return db.transaction().execute(async (trx) => {
		const cohort = await repo.getCohort(trx, cohortId);
		if (!cohort) error(404, m.cohort_not_found());
		if (cohort.name === names.name && (cohort.name_fr ?? null) === names.nameFr) return false;
		await repo.updateCohortNames(trx, cohortId, names);
		const from = { name: cohort.name, nameFr: cohort.name_fr };
		await writeAudit(trx, { actorId, action: 'cohort.renamed', cohortId, details: { from, to: names } }, now);
		return true;
	});
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
	reason: LinkRefusal | 'recently_sent';
}

/**
 * Links an instructor has emailed to one person: a few an hour (a person asking again, an
 * instructor retrying), never a flood into someone's inbox. Administrators, who may copy the
 * link instead, are not limited.
 */
export const STAFF_MAIL_LIMIT = { name: 'staff-link-mail', limit: 3, windowMs: 60 * 60_000 } as const;

async function underMailLimit(trx: Kysely<DB>, userId: string, mayCopy: boolean, now: number): Promise<boolean> {
	return mayCopy || (await hitLimit(trx, STAFF_MAIL_LIMIT, userId, now)).allowed;
}

/**
 * Emails a new invitation to everyone in the cohort who has never signed in and whom the asker
 * may invite (see link-rights.ts); the others are listed with the reason. Each email goes to the
 * person's own address, in their language; only an administrator also gets the links to copy.
 */
export async function reissuePendingInvitations(
	db: Kysely<DB>,
	cohortId: string,
	actorId: string,
	now = Date.now()
): Promise<{ sent: SentInvitation[]; links: InvitationLink[]; withheld: WithheldLink[] }> {
	return db.transaction().execute(async (trx) => {
		const { allowed, refused, mayCopy } = await decidePendingMail(trx, actorId, cohortId);
		const sent: SentInvitation[] = [];
		const links: InvitationLink[] = [];
		const withheld: WithheldLink[] = refused.map(({ email, name, reason }) => ({ email, name, reason }));
		for (const person of allowed) {
			if (!(await underMailLimit(trx, person.id, mayCopy, now))) {
				withheld.push({ email: person.email, name: person.name, reason: 'recently_sent' });
				continue;
			}
			const { token, expiresAt } = await issueInvitation(trx, person.id, 'invite', actorId, now);
			await queueMessage(trx, { userId: person.id, message: { kind: 'invitation', token, expiresAt }, now });
			sent.push({ email: person.email, name: person.name, expiresAt });
			if (mayCopy) links.push({ email: person.email, name: person.name, token, expiresAt });
		}
		if (withheld.length) {
			const reasons = Object.fromEntries(withheld.map((w) => [w.email, w.reason]));
			await writeAudit(trx, { actorId, action: 'invitation.withheld', cohortId, details: { reasons } }, now);
		}
		return { sent, links, withheld };
	});
}

type EmailedLink =
	| { sent: true; purpose: 'invite' | 'reset'; email: string; name: string; expiresAt: number; link: InvitationLink | null }
	| { sent: false; reason: WithheldLink['reason'] };

/**
 * Emails one trainee of the cohort a new sign-in link: an invitation if they never signed in,
 * otherwise a link to choose a new password. For the cohort's instructors and administrators;
 * only an administrator is also given the link. 404 for someone who is not a trainee here.
 */
export async function emailSignInLink(db: Kysely<DB>, viewer: SessionUser, cohortId: string, userId: string, now = Date.now()): Promise<EmailedLink> {
	await requireAccess(db, viewer, 'cohort.staff', cohortId);
	return db.transaction().execute(async (trx) => {
		if ((await enrolmentRole(trx, userId, cohortId)) !== 'trainee') error(404, m.dash_trainee_not_found());
		const decision = await decideMailFor(trx, viewer.id, userId, cohortId);
		if (!decision) error(404, m.dash_trainee_not_found());
		if (!decision.allowed) return { sent: false as const, reason: decision.reason };
		if (!(await underMailLimit(trx, userId, decision.mayCopy, now))) return { sent: false as const, reason: 'recently_sent' as const };
		const purpose = decision.signedIn ? 'reset' : 'invite';
		const { token, expiresAt } = await issueInvitation(trx, userId, purpose, viewer.id, now);
		await queueMessage(trx, { userId, message: { kind: purpose === 'reset' ? 'password_reset' : 'invitation', token, expiresAt }, now });
		const { email, name } = decision.subject;
		return { sent: true as const, purpose, email, name, expiresAt, link: decision.mayCopy ? { email, name, token, expiresAt } : null };
	});
}

/** Who the sign-in link page is about, and whether the viewer may have one emailed to them. */
export async function signInLinkSubject(db: Kysely<DB>, viewer: SessionUser, cohortId: string, userId: string, locale: Locale) {
	const cohort = await requireAccess(db, viewer, 'cohort.staff', cohortId);
	if ((await enrolmentRole(db, userId, cohortId)) !== 'trainee') error(404, m.dash_trainee_not_found());
	const [decision, person] = await Promise.all([decideMailFor(db, viewer.id, userId, cohortId), recipientOf(db, userId)]);
	if (!decision || !person) error(404, m.dash_trainee_not_found());
	return {
		cohort: { id: cohort.id, name: cohortName(cohort, locale) },
		person: { id: userId, name: person.display_name, email: person.email, language: person.preferred_language, signedIn: decision.signedIn },
		refusal: decision.allowed ? null : decision.reason
	};
}

/**
 * A one-time link for one person: an invitation if they never signed in, otherwise a password
 * reset. Only for administrators: nobody else is ever given a link; null otherwise, or when
 * there is no such person.
 */
export async function issueLinkFor(db: Kysely<DB>, userId: string, actorId: string, now = Date.now()): Promise<InvitationLink | null> {
	return db.transaction().execute(async (trx) => {
		const decision = await decideLinkFor(trx, actorId, userId);
		if (!decision?.allowed) return null;
		const purpose = (await hasSignedIn(trx, userId)) ? 'reset' : 'invite';
		const { token, expiresAt } = await issueInvitation(trx, userId, purpose, actorId, now);
		await queueMessage(trx, { userId, message: { kind: purpose === 'reset' ? 'password_reset' : 'invitation', token, expiresAt }, now });
		return { email: decision.subject.email, name: decision.subject.name, token, expiresAt };
	});
}
