import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { enrolmentRole } from '../access/repository';
import { adminFlags, pendingSubjects, subjectFacts, type SubjectFactsRow } from './repository';

/**
 * Why someone may not have a sign-in link for an account. Whoever holds a link can set the
 * password and become that person, so only administrators are ever given one; everyone else's
 * links are emailed to the person (below).
 */
export type LinkRefusal =
	/** The asker is not an administrator (nor, for an emailed link, an instructor of the cohort). */
	| 'not_staff'
	/** The account is an administrator's: only administrators act on it. */
	| 'admin';

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
}

const toFacts = (row: SubjectFactsRow): SubjectFacts => ({
	id: row.id,
	email: row.email,
	name: row.display_name,
	isAdmin: Boolean(row.is_admin),
	signedIn: Boolean(row.signed_in)
});

/** Whether the asker is an administrator, or else an instructor of the cohort. Read afresh, never trusted from the caller. */
async function askerRights(db: Kysely<DB>, actorId: string, cohortId: string | null) {
	const actor = await adminFlags(db, actorId);
	if (!actor || actor.disabled_at !== null) return { isAdmin: false, isStaff: false };
	if (actor.is_admin === 1) return { isAdmin: true, isStaff: true };
	if (cohortId === null) return { isAdmin: false, isStaff: false };
	return { isAdmin: false, isStaff: (await enrolmentRole(db, actorId, cohortId)) === 'instructor' };
}

/** Whether the asker may be given (and copy) the link itself for one account: administrators only. Null when there is no such account. */
export async function decideLinkFor(
	db: Kysely<DB>,
	actorId: string,
	userId: string
): Promise<{ allowed: true; subject: LinkSubject } | { allowed: false; subject: LinkSubject; reason: LinkRefusal } | null> {
	const row = await subjectFacts(db, userId);
	if (!row) return null;
	const facts = toFacts(row);
	const subject = { id: facts.id, email: facts.email, name: facts.name };
	return (await askerRights(db, actorId, null)).isAdmin ? { allowed: true, subject } : { allowed: false, subject, reason: 'not_staff' };
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
	const row = await subjectFacts(db, userId);
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
