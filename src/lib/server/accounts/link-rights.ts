import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { enrolmentRole } from '../access/repository';
import { adminFlags, pendingSubjects, subjectFacts, type SubjectFactsRow } from './repository';

/**
 * Why someone may not obtain a sign-in link for an account: whoever holds a link can set the
 * password and become that person, so only an administrator, or staff who alone control the
 * account, may have one.
 */
export type LinkRefusal =
	/** The asker is not an administrator nor an instructor of the cohort. */
	| 'not_staff'
	/** The account is an administrator's. */
	| 'admin'
	/** Someone has already signed in with the account: it is theirs. */
	| 'signed_in'
	/** No import of this cohort created the account (another cohort's did, or an administrator). */
	| 'not_created_here'
	/** The person is also in another cohort, whose staff have the same claim. */
	| 'other_cohort'
	/** The person is the manager of someone outside this cohort, whose records they can read. */
	| 'manages_outside';

interface LinkSubject {
	id: string;
	email: string;
	name: string;
}

interface LinkDecision {
	allowed: LinkSubject[];
	refused: (LinkSubject & { reason: LinkRefusal })[];
}

interface SubjectFacts extends LinkSubject {
	isAdmin: boolean;
	signedIn: boolean;
	createdInCohortId: string | null;
	inOtherCohort: boolean;
	managesOutside: boolean;
}

/** The rule itself, for a cohort's instructor (admins may have any link). */
function staffRefusal(facts: SubjectFacts, cohortId: string): LinkRefusal | null {
	if (facts.isAdmin) return 'admin';
	if (facts.signedIn) return 'signed_in';
	if (facts.createdInCohortId !== cohortId) return 'not_created_here';
	if (facts.inOtherCohort) return 'other_cohort';
	if (facts.managesOutside) return 'manages_outside';
	return null;
}

const toFacts = (row: SubjectFactsRow): SubjectFacts => ({
	id: row.id,
	email: row.email,
	name: row.display_name,
	isAdmin: Boolean(row.is_admin),
	signedIn: Boolean(row.signed_in),
	createdInCohortId: row.created_in_cohort_id,
	inOtherCohort: Boolean(row.in_other_cohort),
	managesOutside: Boolean(row.manages_outside)
});

/** Whether the asker is an administrator, or else an instructor of the cohort. Read afresh, never trusted from the caller. */
async function askerRights(db: Kysely<DB>, actorId: string, cohortId: string | null) {
	const actor = await adminFlags(db, actorId);
	if (!actor || actor.disabled_at !== null) return { isAdmin: false, isStaff: false };
	if (actor.is_admin === 1) return { isAdmin: true, isStaff: true };
	if (cohortId === null) return { isAdmin: false, isStaff: false };
	return { isAdmin: false, isStaff: (await enrolmentRole(db, actorId, cohortId)) === 'instructor' };
}

function decide(rows: SubjectFactsRow[], rights: { isAdmin: boolean; isStaff: boolean }, cohortId: string | null): LinkDecision {
	const decision: LinkDecision = { allowed: [], refused: [] };
	for (const facts of rows.map(toFacts)) {
		const subject = { id: facts.id, email: facts.email, name: facts.name };
		const reason = rights.isAdmin ? null : !rights.isStaff || cohortId === null ? 'not_staff' : staffRefusal(facts, cohortId);
		if (reason) decision.refused.push({ ...subject, reason });
		else decision.allowed.push(subject);
	}
	return decision;
}

/** The same rule for one account, seen from a cohort (or from nowhere: then only admins may). Null when there is no such account. */
export async function decideLinkFor(
	db: Kysely<DB>,
	actorId: string,
	userId: string,
	cohortId: string | null
): Promise<{ allowed: true; subject: LinkSubject } | { allowed: false; subject: LinkSubject; reason: LinkRefusal } | null> {
	const rights = await askerRights(db, actorId, cohortId);
	// Seen from no cohort, every cohort is "another": only admins get past the rule anyway.
	const row = await subjectFacts(db, cohortId ?? '', userId);
	if (!row) return null;
	const { allowed, refused } = decide([row], rights, cohortId);
	return allowed.length ? { allowed: true, subject: allowed[0] } : { allowed: false, subject: refused[0], reason: refused[0].reason };
}

/**
 * Emailing a link is not handing it over: the email reaches only the account's own address, so
 * whoever asked for it never holds the link. Any instructor of the cohort may therefore have one
 * sent to a person in it (or made by its import), except to an administrator's account;
 * administrators to anyone. Only administrators are ever shown the link itself (`mayCopy`).
 */
function mailRefusal(facts: SubjectFacts, rights: { isAdmin: boolean; isStaff: boolean }): LinkRefusal | null {
	if (rights.isAdmin) return null;
	if (!rights.isStaff) return 'not_staff';
	return facts.isAdmin ? 'admin' : null;
}

function decideMail(rows: SubjectFactsRow[], rights: { isAdmin: boolean; isStaff: boolean }): LinkDecision & { mayCopy: boolean } {
	const decision: LinkDecision & { mayCopy: boolean } = { allowed: [], refused: [], mayCopy: rights.isAdmin };
	for (const facts of rows.map(toFacts)) {
		const subject = { id: facts.id, email: facts.email, name: facts.name };
		const reason = mailRefusal(facts, rights);
		if (reason) decision.refused.push({ ...subject, reason });
		else decision.allowed.push(subject);
	}
	return decision;
}

/** Everyone in the cohort (or made by its import) who has never signed in: whom the asker may have invited again by email. */
export async function decidePendingMail(db: Kysely<DB>, actorId: string, cohortId: string): Promise<LinkDecision & { mayCopy: boolean }> {
	return decideMail(await pendingSubjects(db, cohortId), await askerRights(db, actorId, cohortId));
}

/** The same rule for one account seen from a cohort; null when there is no such account. */
export async function decideMailFor(db: Kysely<DB>, actorId: string, userId: string, cohortId: string) {
	const row = await subjectFacts(db, cohortId, userId);
	if (!row) return null;
	const { allowed, refused, mayCopy } = decideMail([row], await askerRights(db, actorId, cohortId));
	const signedIn = Boolean(row.signed_in);
	return allowed.length
		? { allowed: true as const, subject: allowed[0], mayCopy, signedIn }
		: { allowed: false as const, subject: refused[0], reason: refused[0].reason, mayCopy, signedIn };
}

/** Whether the asker may see and copy one-time links (administrators only), read afresh. */
export async function mayCopyLinks(db: Kysely<DB>, actorId: string): Promise<boolean> {
	return (await askerRights(db, actorId, null)).isAdmin;
}
