import type { ExpressionBuilder, Kysely } from 'kysely';
import type { DB } from '../db/schema';

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

export interface LinkSubject {
	id: string;
	email: string;
	name: string;
}

export interface LinkDecision {
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

const signedIn = (eb: ExpressionBuilder<DB, 'users'>) => eb.or([eb('users.password_hash', 'is not', null), eb('users.first_signed_in_at', 'is not', null)]);

/** Each account with what the rule needs to know about it, seen from one cohort. */
function subjectsSeenFrom(db: Kysely<DB>, cohortId: string) {
	return db
		.selectFrom('users')
		.select(['users.id', 'users.email', 'users.display_name', 'users.is_admin', 'users.created_in_cohort_id'])
		.select((eb) => signedIn(eb).as('signed_in'))
		.select((eb) =>
			eb
				.exists(eb.selectFrom('enrolments as other').select('other.user_id').whereRef('other.user_id', '=', 'users.id').where('other.cohort_id', '!=', cohortId))
				.as('in_other_cohort')
		)
		.select((eb) =>
			eb
				.exists(
					eb
						.selectFrom('users as report')
						.select('report.id')
						.whereRef('report.manager_id', '=', 'users.id')
						.where((r) =>
							r.or([
								r.not(
									r.exists(r.selectFrom('enrolments as here').select('here.user_id').whereRef('here.user_id', '=', 'report.id').where('here.cohort_id', '=', cohortId))
								),
								r.exists(r.selectFrom('enrolments as away').select('away.user_id').whereRef('away.user_id', '=', 'report.id').where('away.cohort_id', '!=', cohortId))
							])
						)
				)
				.as('manages_outside')
		);
}

type FactsRow = Awaited<ReturnType<ReturnType<typeof subjectsSeenFrom>['execute']>>[number];

const toFacts = (row: FactsRow): SubjectFacts => ({
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
	const actor = await db.selectFrom('users').select(['is_admin', 'disabled_at']).where('id', '=', actorId).executeTakeFirst();
	if (!actor || actor.disabled_at !== null) return { isAdmin: false, isStaff: false };
	if (actor.is_admin === 1) return { isAdmin: true, isStaff: true };
	if (cohortId === null) return { isAdmin: false, isStaff: false };
	const role = await db.selectFrom('enrolments').select('role').where('user_id', '=', actorId).where('cohort_id', '=', cohortId).executeTakeFirst();
	return { isAdmin: false, isStaff: role?.role === 'instructor' };
}

function decide(rows: FactsRow[], rights: { isAdmin: boolean; isStaff: boolean }, cohortId: string | null): LinkDecision {
	const decision: LinkDecision = { allowed: [], refused: [] };
	for (const facts of rows.map(toFacts)) {
		const subject = { id: facts.id, email: facts.email, name: facts.name };
		const reason = rights.isAdmin ? null : !rights.isStaff || cohortId === null ? 'not_staff' : staffRefusal(facts, cohortId);
		if (reason) decision.refused.push({ ...subject, reason });
		else decision.allowed.push(subject);
	}
	return decision;
}

/**
 * The one place that decides who may be given a one-time sign-in link, for every way a link
 * leaves the server (copied from the page today, mailed later): everyone in the cohort (or made
 * by its import) who has never signed in, split into those this asker may have a link for and
 * those only an administrator can help, each with the reason.
 */
export async function decidePendingLinks(db: Kysely<DB>, actorId: string, cohortId: string): Promise<LinkDecision> {
	const rights = await askerRights(db, actorId, cohortId);
	const rows = await subjectsSeenFrom(db, cohortId)
		.where((eb) =>
			eb.and([
				eb.not(signedIn(eb)),
				eb.or([
					eb.exists(eb.selectFrom('enrolments').select('enrolments.user_id').whereRef('enrolments.user_id', '=', 'users.id').where('enrolments.cohort_id', '=', cohortId)),
					eb('users.created_in_cohort_id', '=', cohortId)
				])
			])
		)
		.orderBy('users.display_name')
		.orderBy('users.email')
		.execute();
	return decide(rows, rights, cohortId);
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
	const row = await subjectsSeenFrom(db, cohortId ?? '').where('users.id', '=', userId).executeTakeFirst();
	if (!row) return null;
	const { allowed, refused } = decide([row], rights, cohortId);
	return allowed.length ? { allowed: true, subject: allowed[0] } : { allowed: false, subject: refused[0], reason: refused[0].reason };
}
