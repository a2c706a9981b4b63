import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import { writeAudit } from '../audit/log';
import { issueInvitation } from '../accounts/invitations';
import { newId } from '../ids';
import { parseRoster, type RosterProblem, type RosterRow } from './parse';

export type PlannedChange = 'create' | 'update' | 'unchanged';

export interface RosterPlan {
	rows: (RosterRow & { change: PlannedChange; enrol: boolean })[];
	/** Manager emails that match nobody yet: they get an account (and a link) of their own. */
	newManagers: string[];
	problems: RosterProblem[];
}

export interface InvitationLink {
	email: string;
	name: string;
	token: string;
	expiresAt: number;
}

/** What an import would do, without writing anything. */
export async function planRosterImport(db: Kysely<DB>, cohortId: string, csv: string): Promise<RosterPlan> {
	const { rows, problems } = parseRoster(csv);
	if (rows.length === 0) return { rows: [], newManagers: [], problems };

	const emails = [...new Set([...rows.map((r) => r.email), ...rows.flatMap((r) => (r.managerEmail ? [r.managerEmail] : []))])];
	const existing = await db
		.selectFrom('users')
		.leftJoin('users as manager', 'manager.id', 'users.manager_id')
		.leftJoin('enrolments', (join) => join.onRef('enrolments.user_id', '=', 'users.id').on('enrolments.cohort_id', '=', cohortId))
		.select([
			'users.email',
			'users.display_name',
			'users.ministry',
			'users.branch',
			'users.preferred_language',
			'manager.email as manager_email',
			'enrolments.role'
		])
		.where('users.email', 'in', emails)
		.execute();
	const byEmail = new Map(existing.map((u) => [u.email, u]));
	const inFile = new Set(rows.map((r) => r.email));

	const planned: RosterPlan['rows'] = [];
	for (const row of rows) {
		const current = byEmail.get(row.email);
		if (current?.role === 'instructor') {
			problems.push({ line: row.line, code: 'already_instructor', value: row.email });
			continue;
		}
		const same =
			current &&
			current.display_name === row.name &&
			current.ministry === row.ministry &&
			current.branch === row.branch &&
			current.preferred_language === row.language &&
			(current.manager_email ?? null) === row.managerEmail;
		planned.push({ ...row, change: !current ? 'create' : same ? 'unchanged' : 'update', enrol: !current?.role });
	}
	const newManagers = [
		...new Set(rows.flatMap((r) => (r.managerEmail && !byEmail.has(r.managerEmail) && !inFile.has(r.managerEmail) ? [r.managerEmail] : [])))
	];
	problems.sort((a, b) => a.line - b.line);
	return { rows: planned, newManagers, problems };
}

/**
 * Applies a roster in one transaction, after planning it again from the same text (what the
 * browser sends back is never trusted). Nothing is written when any line has a problem.
 * Returns the one-time links for people who cannot sign in yet.
 */
export async function applyRosterImport(
	db: Kysely<DB>,
	cohortId: string,
	csv: string,
	actorId: string,
	now = Date.now()
): Promise<{ ok: false; plan: RosterPlan } | { ok: true; plan: RosterPlan; links: InvitationLink[] }> {
	return db.transaction().execute(async (trx) => {
		const plan = await planRosterImport(trx, cohortId, csv);
		if (plan.problems.length || plan.rows.length === 0) return { ok: false as const, plan };

		const person = (email: string, name: string) => ({
			id: newId(),
			email,
			display_name: name,
			preferred_language: 'en' as const,
			ministry: '',
			branch: '',
			manager_id: null,
			password_hash: null,
			created_at: now,
			updated_at: now,
			disabled_at: null
		});
		for (const email of plan.newManagers) {
			const manager = person(email, email.split('@')[0]);
			await trx.insertInto('users').values(manager).execute();
			await writeAudit(trx, { actorId, action: 'user.created', subjectUserId: manager.id, cohortId, details: { as: 'manager' } }, now);
		}
		for (const row of plan.rows.filter((r) => r.change === 'create')) {
			const user = { ...person(row.email, row.name), ministry: row.ministry, branch: row.branch, preferred_language: row.language };
			await trx.insertInto('users').values(user).execute();
			await writeAudit(trx, { actorId, action: 'user.created', subjectUserId: user.id, cohortId }, now);
		}

		const emails = [...plan.rows.map((r) => r.email), ...plan.newManagers, ...plan.rows.flatMap((r) => (r.managerEmail ? [r.managerEmail] : []))];
		const ids = new Map(
			(await trx.selectFrom('users').select(['id', 'email']).where('email', 'in', [...new Set(emails)]).execute()).map((u) => [u.email, u.id])
		);
		for (const row of plan.rows) {
			const id = ids.get(row.email)!;
			if (row.change === 'update' || row.change === 'create') {
				await trx
					.updateTable('users')
					.set({
						display_name: row.name,
						ministry: row.ministry,
						branch: row.branch,
						preferred_language: row.language,
						manager_id: row.managerEmail ? ids.get(row.managerEmail)! : null,
						updated_at: now
					})
					.where('id', '=', id)
					.execute();
				if (row.change === 'update') {
					await writeAudit(trx, { actorId, action: 'user.updated', subjectUserId: id, cohortId, details: { line: row.line } }, now);
				}
			}
			if (row.enrol) {
				await trx.insertInto('enrolments').values({ cohort_id: cohortId, user_id: id, role: 'trainee', created_at: now }).execute();
				await writeAudit(trx, { actorId, action: 'enrolment.created', subjectUserId: id, cohortId, details: { role: 'trainee' } }, now);
			}
		}

		const links: InvitationLink[] = [];
		const needLinks = [
			...plan.newManagers.map((email) => ({ email, name: email.split('@')[0] })),
			...plan.rows.filter((r) => r.change === 'create').map((r) => ({ email: r.email, name: r.name }))
		];
		for (const { email, name } of needLinks) {
			const { token, expiresAt } = await issueInvitation(trx, ids.get(email)!, 'invite', actorId, now);
			links.push({ email, name, token, expiresAt });
		}
		const counts = Object.fromEntries((['create', 'update', 'unchanged'] as const).map((c) => [c, plan.rows.filter((r) => r.change === c).length]));
		await writeAudit(trx, { actorId, action: 'roster.imported', cohortId, details: { ...counts, newManagers: plan.newManagers.length } }, now);
		return { ok: true as const, plan, links };
	});
}
