import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { writeAudit } from '../audit/log';
import { issueInvitation } from '../accounts/invitations';
import { adminFlags, insertUsers, newUserRow, updateProfile } from '../accounts/repository';
import { insertEnrolments } from '../cohorts/repository';
import { existingPeople, profilesByEmail } from './repository';
import { parseRoster, type RosterProblem, type RosterRow } from './parse';
import { queueMessage } from '../mail/service';
import { mayCopyLinks } from '../accounts/link-rights';

/** `held`: the line names an existing person whom only an administrator may change. */
type PlannedChange = 'create' | 'update' | 'unchanged' | 'held';

/** Why a line is held back: the person is an admin, staff of another cohort, or simply exists already. */
type HoldReason = 'admin' | 'staff_elsewhere' | 'existing_details';
type ProfileField = 'name' | 'ministry' | 'branch' | 'language' | 'manager';

interface PlannedRow extends RosterRow {
	change: PlannedChange;
	enrol: boolean;
	/** What the line asked for and will not get, with the fields that differ. */
	held: { reason: HoldReason; fields: ProfileField[] } | null;
}

interface RosterPlan {
	rows: PlannedRow[];
	/** Manager emails that match nobody yet: they get an account (and a link) of their own. */
	newManagers: string[];
	problems: RosterProblem[];
}

/** Someone a link was emailed to, as the person who caused it is told. */
export interface SentInvitation {
	email: string;
	name: string;
	expiresAt: number;
}

export interface InvitationLink {
	email: string;
	name: string;
	token: string;
	expiresAt: number;
}

/**
 * What an import would do, without writing anything. Admins may change anyone. Anyone else
 * (a cohort's instructor) may create people and enrol existing trainees, but never change an
 * existing person's profile or manager, nor enrol an admin or another cohort's instructor: those
 * lines are held for an administrator, and the rest of the file still applies.
 */
export async function planRosterImport(db: Kysely<DB>, cohortId: string, csv: string, actorId: string): Promise<RosterPlan> {
	const { rows, problems } = parseRoster(csv);
	if (rows.length === 0) return { rows: [], newManagers: [], problems };

	// Read afresh inside the caller's transaction, never taken from the caller.
	const actor = await adminFlags(db, actorId);
	const actorIsAdmin = actor?.is_admin === 1 && actor.disabled_at === null;
	const emails = [...new Set([...rows.map((r) => r.email), ...rows.flatMap((r) => (r.managerEmail ? [r.managerEmail] : []))])];
	const existing = await existingPeople(db, cohortId, emails);
	const byEmail = new Map(existing.map((u) => [u.email, u]));
	const inFile = new Set(rows.map((r) => r.email));

	const planned: PlannedRow[] = [];
	for (const row of rows) {
		const current = byEmail.get(row.email);
		if (current?.role === 'instructor') {
			problems.push({ line: row.line, code: 'already_instructor', value: row.email });
			continue;
		}
		if (!current) {
			planned.push({ ...row, change: 'create', enrol: true, held: null });
			continue;
		}
		const fields = changedFields(current, row);
		const enrol = !current.role;
		if (actorIsAdmin) {
			planned.push({ ...row, change: fields.length ? 'update' : 'unchanged', enrol, held: null });
		} else if (current.is_admin === 1 || current.staff_elsewhere) {
			planned.push({ ...row, change: 'held', enrol: false, held: { reason: current.is_admin === 1 ? 'admin' : 'staff_elsewhere', fields } });
		} else {
			planned.push({ ...row, change: fields.length ? 'held' : 'unchanged', enrol, held: fields.length ? { reason: 'existing_details', fields } : null });
		}
	}
	// Only a line that will really set its manager may make a manager account.
	const newManagers = [
		...new Set(
			planned.flatMap((r) =>
				(r.change === 'create' || r.change === 'update') && r.managerEmail && !byEmail.has(r.managerEmail) && !inFile.has(r.managerEmail)
					? [r.managerEmail]
					: []
			)
		)
	];
	problems.sort((a, b) => a.line - b.line);
	return { rows: planned, newManagers, problems };
}

interface CurrentProfile {
	display_name: string;
	ministry: string;
	branch: string;
	preferred_language: string;
	manager_email: string | null;
}

const profileOf = (p: CurrentProfile): Record<ProfileField, string | null> => ({
	name: p.display_name,
	ministry: p.ministry,
	branch: p.branch,
	language: p.preferred_language,
	manager: p.manager_email ?? null
});
const profileOfRow = (row: RosterRow): Record<ProfileField, string | null> => ({
	name: row.name,
	ministry: row.ministry,
	branch: row.branch,
	language: row.language,
	manager: row.managerEmail
});

function changedFields(current: CurrentProfile, row: RosterRow): ProfileField[] {
	const before = profileOf(current);
	const after = profileOfRow(row);
	return (Object.keys(before) as ProfileField[]).filter((field) => before[field] !== after[field]);
}

/**
 * Applies a roster in one transaction, after planning it again from the same text (what the
 * browser sends back is never trusted). Nothing is written when any line has a problem.
 * Each new person is emailed their invitation; returns who was, and the links themselves only
 * when the importer is an administrator (an instructor never holds a link: link-rights.ts).
 */
export async function applyRosterImport(
	db: Kysely<DB>,
	cohortId: string,
	csv: string,
	actorId: string,
	now = Date.now()
): Promise<{ ok: false; plan: RosterPlan } | { ok: true; plan: RosterPlan; invited: SentInvitation[]; links: InvitationLink[] }> {
	return db.transaction().execute(async (trx) => {
		const plan = await planRosterImport(trx, cohortId, csv, actorId);
		if (plan.problems.length || plan.rows.length === 0) return { ok: false as const, plan };

		const person = (email: string, name: string) => newUserRow({ email, display_name: name, created_in_cohort_id: cohortId }, now);
		for (const email of plan.newManagers) {
			const manager = person(email, email.split('@')[0]);
			await insertUsers(trx, [manager]);
			await writeAudit(trx, { actorId, action: 'user.created', subjectUserId: manager.id, cohortId, details: { as: 'manager' } }, now);
		}
		for (const row of plan.rows.filter((r) => r.change === 'create')) {
			const user = { ...person(row.email, row.name), ministry: row.ministry, branch: row.branch, preferred_language: row.language };
			await insertUsers(trx, [user]);
			await writeAudit(trx, { actorId, action: 'user.created', subjectUserId: user.id, cohortId }, now);
		}

		const emails = [...plan.rows.map((r) => r.email), ...plan.newManagers, ...plan.rows.flatMap((r) => (r.managerEmail ? [r.managerEmail] : []))];
		const people = await profilesByEmail(trx, [...new Set(emails)]);
		const byEmail = new Map(people.map((p) => [p.email, p]));
		for (const row of plan.rows) {
			const current = byEmail.get(row.email)!;
			if (row.change === 'update' || row.change === 'create') {
				await updateProfile(
					trx,
					current.id,
					{
						display_name: row.name,
						ministry: row.ministry,
						branch: row.branch,
						preferred_language: row.language,
						manager_id: row.managerEmail ? byEmail.get(row.managerEmail)!.id : null
					},
					now
				);
				if (row.change === 'update') {
					const before = profileOf(current);
					const after = profileOfRow(row);
					const changes = Object.fromEntries(changedFields(current, row).map((field) => [field, { from: before[field], to: after[field] }]));
					await writeAudit(trx, { actorId, action: 'user.updated', subjectUserId: current.id, cohortId, details: { line: row.line, changes } }, now);
				}
			}
			if (row.enrol) {
				await insertEnrolments(trx, [{ cohortId, userId: current.id, role: 'trainee' }], now);
				await writeAudit(trx, { actorId, action: 'enrolment.created', subjectUserId: current.id, cohortId, details: { role: 'trainee' } }, now);
			}
		}

		const mayCopy = await mayCopyLinks(trx, actorId);
		const invited: SentInvitation[] = [];
		const links: InvitationLink[] = [];
		const needLinks = [
			...plan.newManagers.map((email) => ({ email, name: email.split('@')[0] })),
			...plan.rows.filter((r) => r.change === 'create').map((r) => ({ email: r.email, name: r.name }))
		];
		for (const { email, name } of needLinks) {
			const userId = byEmail.get(email)!.id;
			const { token, expiresAt } = await issueInvitation(trx, userId, 'invite', actorId, now);
			await queueMessage(trx, { userId, message: { kind: 'invitation', token, expiresAt }, now });
			invited.push({ email, name, expiresAt });
			if (mayCopy) links.push({ email, name, token, expiresAt });
		}
		const counts = Object.fromEntries((['create', 'update', 'unchanged', 'held'] as const).map((c) => [c, plan.rows.filter((r) => r.change === c).length]));
		await writeAudit(
			trx,
			{
				actorId,
				action: 'roster.imported',
				cohortId,
				details: {
					...counts,
					newManagers: plan.newManagers.length,
					heldLines: plan.rows.flatMap((r) => (r.held ? [{ line: r.line, email: r.email, reason: r.held.reason, fields: r.held.fields }] : []))
				}
			},
			now
		);
		return { ok: true as const, plan, invited, links };
	});
}
