import { Migrator } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { migrations } from '../../db/migrations';
import { migrateToLatest } from '$lib/server/db/index';
import { findInvitation, redeemInvitation } from '$lib/server/accounts/invitations';
import { decideLinkFor } from '$lib/server/accounts/link-rights';
import { signIn } from '$lib/server/accounts/sign-in';
import { createCohort, emailSignInLink, issueLinkFor, reissuePendingInvitations } from '$lib/server/cohorts/service';
import { applyRosterImport, planRosterImport } from '$lib/server/rosters/import';
import { createUser, freshDatabase, type TestDatabase } from './db';

// Issue #11, tried as the attacker would: an instructor of one cohort going after accounts that
// belong to someone else (an admin, another cohort's people, another cohort's pending invitee).

const header = 'Email,Name,Ministry,Branch,Manager email,Language';
const roster = (...lines: string[]) => [header, ...lines].join('\n');
const course = { courseSlug: 'social-media-bootcamp', startsOn: '2026-01-05', endsOn: '2026-02-27' };

describe('account takeover through rosters and links', () => {
	let t: TestDatabase;
	let adminId: string;
	let cohortA: string;
	let cohortB: string;
	let instructorA: string;
	let instructorB: string;

	beforeEach(async () => {
		t = await freshDatabase();
		adminId = await createUser(t.db, 'admin@ontario.ca', { name: 'Ada Admin', is_admin: 1, password: 'admin password', ministry: 'Treasury Board' });
		cohortA = await createCohort(t.db, { name: 'Cohort A', ...course }, adminId);
		cohortB = await createCohort(t.db, { name: 'Cohort B', ...course }, adminId);
		instructorA = await createUser(t.db, 'ines.a@ontario.ca', { name: 'Inès A', password: 'instructor a' });
		instructorB = await createUser(t.db, 'bruno.b@ontario.ca', { name: 'Bruno B', password: 'instructor b' });
		await enrol(cohortA, instructorA, 'instructor');
		await enrol(cohortB, instructorB, 'instructor');
	});
	afterEach(() => t.cleanUp());

	const enrol = (cohortId: string, userId: string, role: 'trainee' | 'instructor' = 'trainee') =>
		t.db.insertInto('enrolments').values({ cohort_id: cohortId, user_id: userId, role, created_at: Date.now() }).execute();
	const user = (email: string) => t.db.selectFrom('users').selectAll().where('email', '=', email).executeTakeFirstOrThrow();
	const cohortsOf = async (userId: string) =>
		(await t.db.selectFrom('enrolments').select(['cohort_id', 'role']).where('user_id', '=', userId).execute())
			.map((e) => `${e.cohort_id === cohortA ? 'A' : e.cohort_id === cohortB ? 'B' : e.cohort_id}:${e.role}`)
			.sort();
	const importAs = async (actorId: string, cohortId: string, csv: string) => {
		const result = await applyRosterImport(t.db, cohortId, csv, actorId);
		if (!result.ok) throw new Error(`import refused: ${JSON.stringify(result.plan.problems)}`);
		return result;
	};

	describe('an instructor’s roster import', () => {
		it('cannot rename, re-manage or enrol an admin; the preview says why and the rest of the file applies', async () => {
			const before = await user('admin@ontario.ca');
			const csv = roster(
				'admin@ontario.ca,Hijacked Name,Ministry of Nothing,Nowhere,ines.a@ontario.ca,fr',
				'new.person@ontario.ca,New Person,Ministry of Health,Communications,,en'
			);

			const plan = await planRosterImport(t.db, cohortA, csv, instructorA);
			expect(plan.problems).toEqual([]);
			expect(plan.rows[0]).toMatchObject({ email: 'admin@ontario.ca', change: 'held', enrol: false, held: { reason: 'admin' } });
			expect(plan.rows[0].held!.fields).toEqual(['name', 'ministry', 'branch', 'language', 'manager']);

			const result = await importAs(instructorA, cohortA, csv);
			expect(await user('admin@ontario.ca')).toEqual(before);
			expect(await cohortsOf(adminId)).toEqual([]);
			expect(result.invited.map((p) => p.email)).toEqual(['new.person@ontario.ca']);
			expect(result.links).toEqual([]);
			expect(await cohortsOf((await user('new.person@ontario.ca')).id)).toEqual(['A:trainee']);
			const audit = await t.db.selectFrom('audit_log').select('action').where('subject_user_id', '=', adminId).execute();
			expect(audit).toEqual([]);
		});

		it('cannot make the instructor (or an accomplice) the manager of another cohort’s trainee', async () => {
			const theirManager = await createUser(t.db, 'real.manager@ontario.ca', { password: 'manager password' });
			const trainee = await createUser(t.db, 'tara.b@ontario.ca', {
				name: 'Tara B',
				ministry: 'Ministry of Health',
				manager_id: theirManager,
				password: 'tara'
			});
			await enrol(cohortB, trainee);
			const before = await user('tara.b@ontario.ca');

			for (const manager of ['ines.a@ontario.ca', 'accomplice@ontario.ca']) {
				const csv = roster(`tara.b@ontario.ca,Tara B,Ministry of Health,,${manager},en`);
				const plan = await planRosterImport(t.db, cohortA, csv, instructorA);
				expect(plan.rows[0]).toMatchObject({ change: 'held', held: { reason: 'existing_details', fields: ['manager'] } });
				expect(plan.newManagers).toEqual([]);
				await importAs(instructorA, cohortA, csv);
				expect(await user('tara.b@ontario.ca')).toEqual(before);
			}
			// She may be taught in cohort A, but nobody new manages her: no /team view, no certificate.
			expect(await cohortsOf(trainee)).toEqual(['A:trainee', 'B:trainee']);
			const managed = await t.db.selectFrom('users').select('email').where('manager_id', 'in', [instructorA]).execute();
			expect(managed).toEqual([]);
			expect(await t.db.selectFrom('users').select('id').where('email', '=', 'accomplice@ontario.ca').executeTakeFirst()).toBeUndefined();
		});

		it('cannot enrol another cohort’s instructor, nor change their account', async () => {
			const before = await user('bruno.b@ontario.ca');
			const csv = roster('bruno.b@ontario.ca,Bruno Renamed,,,ines.a@ontario.ca,fr');
			const plan = await planRosterImport(t.db, cohortA, csv, instructorA);
			expect(plan.rows[0]).toMatchObject({ change: 'held', enrol: false, held: { reason: 'staff_elsewhere' } });

			await importAs(instructorA, cohortA, csv);
			expect(await user('bruno.b@ontario.ca')).toEqual(before);
			expect(await cohortsOf(instructorB)).toEqual(['B:instructor']);
		});

		it('still enrols an existing trainee from elsewhere without touching their details', async () => {
			const trainee = await createUser(t.db, 'tara.b@ontario.ca', { name: 'Tara B', ministry: 'Ministry of Health' });
			await enrol(cohortB, trainee);
			const csv = roster('tara.b@ontario.ca,Tara B,Ministry of Health,,,en');
			const plan = await planRosterImport(t.db, cohortA, csv, instructorA);
			expect(plan.rows[0]).toMatchObject({ change: 'unchanged', enrol: true, held: null });
			await importAs(instructorA, cohortA, csv);
			expect(await cohortsOf(trainee)).toEqual(['A:trainee', 'B:trainee']);
		});

		it('an admin’s import of the same lines still changes them', async () => {
			const csv = roster('bruno.b@ontario.ca,Bruno Renamed,,,ines.a@ontario.ca,fr');
			const plan = await planRosterImport(t.db, cohortA, csv, adminId);
			expect(plan.rows[0]).toMatchObject({ change: 'update', enrol: true, held: null });
			await importAs(adminId, cohortA, csv);
			expect(await user('bruno.b@ontario.ca')).toMatchObject({ display_name: 'Bruno Renamed', manager_id: instructorA, preferred_language: 'fr' });
		});
	});

	describe('fresh sign-in links', () => {
		let pending: { id: string; token: string };
		/** The newest link emailed to someone: only they receive it. */
		const emailedToken = async (email: string) => {
			const message = await t.db
				.selectFrom('outbox')
				.select('text_body')
				.where('recipient', '=', email)
				.orderBy('created_at', 'desc')
				.orderBy('id', 'desc')
				.executeTakeFirstOrThrow();
			return /\/invitation\/([a-z2-7]{32})/.exec(message.text_body)![1];
		};
		const mailCount = async (email: string) => (await t.db.selectFrom('outbox').select('id').where('recipient', '=', email).execute()).length;
		const asUser = (id: string, isAdmin = false) => ({ id, email: '', displayName: '', preferredLanguage: 'en' as const, isAdmin, isManager: false });

		beforeEach(async () => {
			// Cohort A's import creates Paula and emails her an invitation; the instructor is told, never given it.
			const result = await importAs(instructorA, cohortA, roster('paula.pending@ontario.ca,Paula Pending,Ministry of Health,,,en'));
			expect(result.invited.map((p) => p.email)).toEqual(['paula.pending@ontario.ca']);
			expect(result.links).toEqual([]);
			pending = { id: (await user('paula.pending@ontario.ca')).id, token: await emailedToken('paula.pending@ontario.ca') };
		});

		it('an instructor’s import and new invitations are emailed to each person, and the instructor never receives a link', async () => {
			await importAs(instructorA, cohortA, roster('nadia.new@ontario.ca,Nadia New,,,mo.manager@ontario.ca,en'));
			const { sent, links, withheld } = await reissuePendingInvitations(t.db, cohortA, instructorA);
			expect(sent.map((p) => p.email).sort()).toEqual(['mo.manager@ontario.ca', 'nadia.new@ontario.ca', 'paula.pending@ontario.ca']);
			expect(links).toEqual([]);
			expect(withheld).toEqual([]);
			expect(JSON.stringify(sent)).not.toMatch(/[a-z2-7]{32}/);
			for (const person of sent) expect(await findInvitation(t.db, await emailedToken(person.email))).toMatchObject({ status: 'valid', email: person.email });
			// The new link replaces the old one.
			expect((await findInvitation(t.db, pending.token)).status).toBe('expired');
		});

		it('another cohort’s instructor can have Paula invited again, but only Paula receives the link', async () => {
			// The old attack: enrol her in cohort B, then ask for new links for everyone pending there.
			await importAs(instructorB, cohortB, roster('paula.pending@ontario.ca,Paula Pending,Ministry of Health,,,en'));
			const { sent, links } = await reissuePendingInvitations(t.db, cohortB, instructorB);
			expect(sent.map((p) => p.email)).toEqual(['paula.pending@ontario.ca']);
			expect(links).toEqual([]);
			expect(await issueLinkFor(t.db, pending.id, instructorB)).toBeNull();

			// The link in her inbox works, and is hers.
			const token = await emailedToken('paula.pending@ontario.ca');
			expect(await redeemInvitation(t.db, token, 'paula’s own password')).not.toBeNull();
			expect(await signIn(t.db, 'paula.pending@ontario.ca', 'paula’s own password', '10.0.0.1')).toMatchObject({ ok: true });
		});

		it('an instructor asking for one person’s link gets it emailed to them: an invitation, or a reset once they have signed in', async () => {
			const first = await emailSignInLink(t.db, asUser(instructorA), cohortA, pending.id);
			expect(first).toMatchObject({ sent: true, purpose: 'invite', email: 'paula.pending@ontario.ca', link: null });
			await redeemInvitation(t.db, await emailedToken('paula.pending@ontario.ca'), 'paula’s own password');

			const reset = await emailSignInLink(t.db, asUser(instructorA), cohortA, pending.id);
			expect(reset).toMatchObject({ sent: true, purpose: 'reset', link: null });
			expect(await findInvitation(t.db, await emailedToken('paula.pending@ontario.ca'))).toMatchObject({ status: 'valid', purpose: 'reset' });
			// An administrator is also given the link to copy.
			const forAdmin = await emailSignInLink(t.db, asUser(adminId, true), cohortA, pending.id);
			expect(forAdmin.sent && forAdmin.link && (await findInvitation(t.db, forAdmin.link.token))).toMatchObject({ status: 'valid', purpose: 'reset' });
		});

		it('an instructor’s emails to one person stop after 3 in an hour; an administrator is not limited', async () => {
			const before = await mailCount('paula.pending@ontario.ca');
			for (let i = 0; i < 3; i++) expect(await emailSignInLink(t.db, asUser(instructorA), cohortA, pending.id)).toMatchObject({ sent: true });
			expect(await emailSignInLink(t.db, asUser(instructorA), cohortA, pending.id)).toEqual({ sent: false, reason: 'recently_sent' });
			const again = await reissuePendingInvitations(t.db, cohortA, instructorA);
			expect(again.sent).toEqual([]);
			expect(again.withheld).toEqual([expect.objectContaining({ email: 'paula.pending@ontario.ca', reason: 'recently_sent' })]);
			expect(await mailCount('paula.pending@ontario.ca')).toBe(before + 3);
			expect(await emailSignInLink(t.db, asUser(adminId, true), cohortA, pending.id)).toMatchObject({ sent: true });
		});

		it('an administrator’s account is never emailed a link at an instructor’s request; the administrator gets them all', async () => {
			const older = await createUser(t.db, 'older@ontario.ca', { name: 'Older Account' });
			await enrol(cohortA, older);
			const pendingAdmin = await createUser(t.db, 'new.admin@ontario.ca', { name: 'New Admin', is_admin: 1, created_in_cohort_id: cohortA });
			await enrol(cohortA, pendingAdmin);

			const { sent, withheld } = await reissuePendingInvitations(t.db, cohortA, instructorA);
			expect(sent.map((p) => p.email)).toEqual(['older@ontario.ca', 'paula.pending@ontario.ca']);
			expect(withheld.map((w) => [w.email, w.reason])).toEqual([['new.admin@ontario.ca', 'admin']]);
			expect(await mailCount('new.admin@ontario.ca')).toBe(0);
			expect(await emailSignInLink(t.db, asUser(instructorA), cohortA, pendingAdmin)).toEqual({ sent: false, reason: 'admin' });

			const asAdmin = await reissuePendingInvitations(t.db, cohortA, adminId);
			expect(asAdmin.links.map((l) => l.email).sort()).toEqual(['new.admin@ontario.ca', 'older@ontario.ca', 'paula.pending@ontario.ca']);
			expect(asAdmin.withheld).toEqual([]);
		});

		it('no instructor is ever given a link to copy, even of their own cohort’s people', async () => {
			await redeemInvitation(t.db, pending.token, 'paula’s own password');
			expect(await decideLinkFor(t.db, instructorA, pending.id)).toMatchObject({ allowed: false, reason: 'not_staff' });
			expect(await issueLinkFor(t.db, pending.id, instructorA)).toBeNull();
			// An administrator still can, as a password reset.
			const link = await issueLinkFor(t.db, pending.id, adminId);
			expect(await findInvitation(t.db, link!.token)).toMatchObject({ status: 'valid', purpose: 'reset' });
		});

		it('someone who is not staff of the cohort gets nothing sent, and cannot reach one of its trainees', async () => {
			const { sent, withheld } = await reissuePendingInvitations(t.db, cohortA, instructorB);
			expect(sent).toEqual([]);
			expect(withheld).toEqual([expect.objectContaining({ email: 'paula.pending@ontario.ca', reason: 'not_staff' })]);
			expect((await findInvitation(t.db, pending.token)).status).toBe('valid');
			await expect(emailSignInLink(t.db, asUser(instructorB), cohortA, pending.id)).rejects.toMatchObject({ status: 403 });
			// Through their own cohort, only its trainees: Paula is not one (404), nor is anyone else's.
			await expect(emailSignInLink(t.db, asUser(instructorB), cohortB, pending.id)).rejects.toMatchObject({ status: 404 });
		});
	});

	it('the migration counts every account that already has a password as signed in, and owned by no cohort', async () => {
		const old = await freshDatabase({ migrate: false });
		try {
			const migrator = new Migrator({ db: old.db, provider: { getMigrations: async () => migrations } });
			expect((await migrator.migrateTo('2026-11-30T0900_cohort_settings')).error).toBeUndefined();
			const person = { preferred_language: 'en', ministry: '', branch: '', manager_id: null, created_at: 10, updated_at: 50, disabled_at: null } as const;
			await old.db
				.insertInto('users')
				.values([
					{ ...person, id: 'active', email: 'active@ontario.ca', display_name: 'Active', password_hash: 'hash' },
					{ ...person, id: 'invited', email: 'invited@ontario.ca', display_name: 'Invited', password_hash: null }
				])
				.execute();
			await old.db
				.insertInto('invitations')
				.values({ id: 'x', user_id: 'active', purpose: 'invite', created_by: null, created_at: 20, expires_at: 100, used_at: 30 })
				.execute();
			await migrateToLatest(old.db);
			const users = await old.db.selectFrom('users').select(['id', 'first_signed_in_at', 'created_in_cohort_id']).orderBy('id').execute();
			expect(users).toEqual([
				{ id: 'active', first_signed_in_at: 30, created_in_cohort_id: null },
				{ id: 'invited', first_signed_in_at: null, created_in_cohort_id: null }
			]);
		} finally {
			await old.cleanUp();
		}
	});
});
