import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { SessionUser } from '$lib/server/auth/sessions';
import { traineeDetail } from '$lib/server/dashboards/service';
import { progressModule, recordProgress } from '$lib/server/progress/events';
import { unsubscribe } from '$lib/server/mail/service';
import { digestPreference, runDigests, runNudges, saveNudgeDays, sendReminders, setDigestPreference } from '$lib/server/reminders/service';
import { remindersPass, startReminderJob } from '$lib/server/reminders/job';
import { createUser, freshDatabase, testEngine, type TestDatabase } from './db';
import { exerciseWorld } from './exercise-setup';

const HOUR = 3_600_000;
const DAY = 24 * HOUR;
// A Thursday afternoon in Toronto, six weeks into Cohort A (November 1 to December 31).
const now = Date.parse('2026-12-10T17:00:00Z');

let t: TestDatabase;
beforeEach(async () => {
	t = await freshDatabase();
	process.env.ISSUER_KEY_PATH = `${t.path}.issuer-key.json`;
});
afterEach(async () => {
	await t.cleanUp();
});

const outbox = (db: Kysely<DB> = t.db) => db.selectFrom('outbox').selectAll().orderBy('created_at').orderBy('recipient').execute();
const reminders = () => t.db.selectFrom('reminders').selectAll().orderBy('at').orderBy('user_id').execute();

/** Cohort A (Ana, Ben; Ines teaches) and B (Jo teaches; Cy learns there). */
async function world() {
	const w = await exerciseWorld(t.db);
	const cy = await createUser(t.db, 'cy@ontario.ca', { name: 'Cy Elsewhere' });
	await t.db.insertInto('enrolments').values({ cohort_id: w.otherCohortId, user_id: cy, role: 'trainee', created_at: now }).execute();
	// They have signed up (chosen a password); Dee, invited to Cohort A, has not yet.
	await t.db.updateTable('users').set({ password_hash: 'signed-up' }).where('id', 'in', [w.ana.id, w.ben.id, cy]).execute();
	const dee = await createUser(t.db, 'dee@ontario.ca', { name: 'Dee Invited' });
	await t.db.insertInto('enrolments').values({ cohort_id: w.cohortId, user_id: dee, role: 'trainee', created_at: now }).execute();
	return { ...w, cy, dee };
}

describe('a reminder sent by an instructor', () => {
	it('emails each selected trainee of the cohort in their language, with the personal line, and shows on their timeline', async () => {
		const w = await world();
		await t.db.updateTable('users').set({ preferred_language: 'fr' }).where('id', '=', w.ben.id).execute();
		const result = await sendReminders(t.db, w.ines, w.cohortId, { userIds: [w.ana.id, w.ben.id], note: '  Two modules left: you can do it!  ' }, now);
		expect(result).toEqual({ ok: true, sent: 2, skipped: { notInCohort: 0, disabled: 0, invited: 0, recent: 0 } });

		const [ana, ben] = await outbox();
		expect([ana.recipient, ana.kind, ben.recipient, ben.language]).toEqual(['ana@ontario.ca', 'reminder', 'ben@ontario.ca', 'fr']);
		expect(ana.subject).toBe('A reminder from Ines Instructor: Fixture Course');
		expect(ana.text_body).toContain('Ines Instructor sent you a reminder about');
		expect(ana.text_body).toContain('> Two modules left: you can do it!');
		expect(ana.text_body).toMatch(/so you are behind/);
		expect(ana.text_body).toMatch(/Continue Fixture Course:\nhttp:\/\/localhost:3000\/courses\/fixture-course\//);
		expect(ben.subject).toMatch(/^Un rappel de Ines Instructor\u00a0: Cours d.essai$/);
		expect(ben.text_body).toMatch(/http:\/\/localhost:3000\/fr\/courses\/fixture-course\//);
		expect(ben.html_body).toContain('<html lang="fr">');

		const detail = await traineeDetail(t.db, w.ines, w.cohortId, w.ana.id, 'en', now);
		expect(detail.events[0]).toMatchObject({ kind: 'reminder_manual', byOther: 'Ines Instructor', note: 'Two modules left: you can do it!' });
	});

	it('writes the reminder and its email together: when one cannot be written, neither is', async () => {
		const w = await world();
		// The outbox refuses Ben's email (as a full disk would): nobody's reminder is kept.
		if (testEngine === 'postgres') {
			await sql`CREATE FUNCTION refuse_ben() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'disk full'; END $$`.execute(t.db);
			await sql`CREATE TRIGGER refuse_ben BEFORE INSERT ON outbox FOR EACH ROW WHEN (NEW.recipient = 'ben@ontario.ca') EXECUTE FUNCTION refuse_ben()`.execute(
				t.db
			);
		} else {
			await sql`CREATE TRIGGER refuse_ben BEFORE INSERT ON outbox WHEN NEW.recipient = 'ben@ontario.ca' BEGIN SELECT RAISE(ABORT, 'disk full'); END`.execute(
				t.db
			);
		}
		await expect(sendReminders(t.db, w.ines, w.cohortId, { userIds: [w.ana.id, w.ben.id], note: '' }, now)).rejects.toThrow('disk full');
		expect(await outbox()).toEqual([]);
		expect(await reminders()).toEqual([]);
	});

	it('goes only to trainees of the cohort who can sign in: others are skipped and counted, and nobody left is a 400', async () => {
		const w = await world();
		await t.db
			.updateTable('users')
			.set({ disabled_at: now - DAY })
			.where('id', '=', w.ben.id)
			.execute();
		const result = await sendReminders(t.db, w.ines, w.cohortId, { userIds: [w.ana.id, w.ben.id, w.dee, w.cy, w.ines.id, 'not-an-id'], note: '' }, now);
		expect(result).toEqual({ ok: true, sent: 1, skipped: { notInCohort: 3, disabled: 1, invited: 1, recent: 0 } });
		expect((await outbox()).map((m) => m.recipient)).toEqual(['ana@ontario.ca']);

		// Only people from elsewhere: refused, nothing written.
		const refused = await sendReminders(t.db, w.ines, w.cohortId, { userIds: [w.cy], note: '' }, now);
		expect(refused).toMatchObject({ ok: false, status: 400 });
		expect(await outbox()).toHaveLength(1);
		expect(await reminders()).toHaveLength(1);
	});

	it('refuses the staff of another cohort (403), whoever they select', async () => {
		const w = await world();
		await expect(sendReminders(t.db, w.jo, w.cohortId, { userIds: [w.ana.id], note: 'hello' }, now)).rejects.toMatchObject({ status: 403 });
		await expect(sendReminders(t.db, w.ana, w.cohortId, { userIds: [w.ben.id], note: '' }, now)).rejects.toMatchObject({ status: 403 });
		expect(await outbox()).toEqual([]);
		expect(await reminders()).toEqual([]);
	});

	it('refuses an empty selection and a personal line over 500 characters, saying why', async () => {
		const w = await world();
		expect(await sendReminders(t.db, w.ines, w.cohortId, { userIds: [], note: '' }, now)).toEqual({
			ok: false,
			status: 400,
			errors: { trainees: 'Select at least one trainee to remind.' }
		});
		const long = await sendReminders(t.db, w.ines, w.cohortId, { userIds: [w.ana.id], note: 'x'.repeat(501) }, now);
		expect(long).toMatchObject({ ok: false, errors: { note: 'Shorten the personal line to 500 characters or fewer (it has 501).' } });
		expect(await outbox()).toEqual([]);
	});

	it('is not sent to the same person twice within an hour', async () => {
		const w = await world();
		await sendReminders(t.db, w.ines, w.cohortId, { userIds: [w.ana.id], note: '' }, now);
		expect(await sendReminders(t.db, w.ines, w.cohortId, { userIds: [w.ana.id, w.ben.id], note: '' }, now + 10 * 60_000)).toEqual({
			ok: true,
			sent: 1,
			skipped: { notInCohort: 0, disabled: 0, invited: 0, recent: 1 }
		});
		expect(await sendReminders(t.db, w.ines, w.cohortId, { userIds: [w.ana.id], note: '' }, now + 20 * 60_000)).toMatchObject({ ok: false, status: 400 });
		expect(await sendReminders(t.db, w.ines, w.cohortId, { userIds: [w.ana.id], note: '' }, now + HOUR + 1)).toMatchObject({ ok: true, sent: 1 });
		expect(await outbox()).toHaveLength(3);
	});
});

describe('the automatic nudge', () => {
	it('nudges each trainee inactive for the cohort’s days once, even when two processes run at once', async () => {
		const w = await world();
		// Ana was active three days ago: not inactive yet. Ben never started.
		await recordProgress(
			t.db,
			{ userId: w.ana.id, cohortId: w.cohortId, courseSlug: 'fixture-course', module: progressModule(w.module('basics')), kind: 'module_viewed' },
			now - 3 * DAY
		);
		// Cohort B sends no nudges: its staff turned them off.
		await saveNudgeDays(t.db, w.jo, w.otherCohortId, 0, now);
		// Two passes overlap (as two server processes would): both find Ben due, the weekly key lets one write.
		const [first, second] = await Promise.all([runNudges(t.db, now), runNudges(t.db, now)]);
		expect(first + second).toBe(1);
		const [nudge] = await outbox();
		expect([nudge.recipient, nudge.kind, nudge.subject]).toEqual(['ben@ontario.ca', 'reminder_nudge', 'Pick up where you left off: Fixture Course']);
		expect(nudge.text_body).toContain('This is an automatic reminder from your instructors in Cohort A');
		expect((await reminders()).map((r) => [r.user_id, r.kind, r.sent_by, r.week_key])).toEqual([[w.ben.id, 'nudge', null, '2026-W50']]);

		// Later the same week: nothing more.
		expect(await runNudges(t.db, now + DAY)).toBe(0);
		// Ana, silent since, passes seven days the next week: her one nudge.
		expect(await runNudges(t.db, now + 5 * DAY)).toBe(1);
		// A week on, with no activity from either since their nudge: nothing more.
		expect(await runNudges(t.db, now + 8 * DAY)).toBe(0);
		expect(await runNudges(t.db, now + 15 * DAY)).toBe(0);
		expect((await outbox()).map((m) => m.recipient)).toEqual(['ben@ontario.ca', 'ana@ontario.ca']);

		const detail = await traineeDetail(t.db, w.ines, w.cohortId, w.ben.id, 'en', now + DAY);
		expect(detail.events[0]).toMatchObject({ kind: 'reminder_nudge', byOther: null });
	});

	it('nudges again after the person came back and fell silent anew, but never twice in one week', async () => {
		const w = await world();
		await t.db.deleteFrom('enrolments').where('user_id', 'in', [w.ana.id, w.cy]).execute();
		expect(await runNudges(t.db, now)).toBe(1);
		const view = (at: number) =>
			recordProgress(
				t.db,
				{ userId: w.ben.id, cohortId: w.cohortId, courseSlug: 'fixture-course', module: progressModule(w.module('basics')), kind: 'module_viewed' },
				at
			);
		// Back the next day, silent again; the cohort sends after one day.
		await view(now + DAY);
		await saveNudgeDays(t.db, w.ines, w.cohortId, 1, now);
		// Six days after the first nudge, still that Ontario week? No: the 10th was a Thursday, the 16th is the next Wednesday, but seven days have not passed.
		expect(await runNudges(t.db, now + 6 * DAY)).toBe(0);
		expect(await runNudges(t.db, now + 7 * DAY)).toBe(1);
		expect((await reminders()).map((r) => r.week_key)).toEqual(['2026-W50', '2026-W51']);
	});

	it('is off when the cohort says 0 days; only the cohort’s staff may change that', async () => {
		const w = await world();
		await expect(saveNudgeDays(t.db, w.jo, w.cohortId, 0, now)).rejects.toMatchObject({ status: 403 });
		expect(await saveNudgeDays(t.db, w.ines, w.cohortId, 0, now)).toBe(true);
		expect(await saveNudgeDays(t.db, w.ines, w.cohortId, 0, now)).toBe(false);
		await t.db.deleteFrom('enrolments').where('cohort_id', '=', w.otherCohortId).execute();
		expect(await runNudges(t.db, now)).toBe(0);
		expect(await outbox()).toEqual([]);
		const audit = await t.db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'cohort.nudge_days_changed').execute();
		expect(audit).toHaveLength(1);
	});
});

describe('the managers’ weekly digest', () => {
	async function managerWorld() {
		const w = await world();
		const managerId = await createUser(t.db, 'mo@ontario.ca', { name: 'Mo Manager' });
		await t.db.updateTable('users').set({ manager_id: managerId }).where('id', 'in', [w.ana.id, w.ben.id]).execute();
		const mo: SessionUser = { id: managerId, email: 'mo@ontario.ca', displayName: 'Mo Manager', preferredLanguage: 'en', isAdmin: false, isManager: true };
		return { ...w, mo };
	}

	it('goes once a week to managers who asked for it, with who is behind and a link to the team page', async () => {
		const w = await managerWorld();
		expect(await digestPreference(t.db, w.mo)).toBe(false);
		expect(await runDigests(t.db, now)).toBe(0);

		await setDigestPreference(t.db, w.mo, true, now);
		expect(await digestPreference(t.db, w.mo)).toBe(true);
		const [twoProcesses, again] = await Promise.all([runDigests(t.db, now), runDigests(t.db, now)]);
		expect(twoProcesses + again).toBe(1);
		const [digest] = await outbox();
		expect([digest.recipient, digest.kind, digest.subject]).toEqual(['mo@ontario.ca', 'manager_digest', 'Your team this week in Bootcamp']);
		expect(digest.text_body).toContain('Nobody finished this week.');
		expect(digest.text_body).toContain('Behind schedule (2):');
		expect(digest.text_body).toMatch(/• Ana Trainee, Cohort A: 0 of \d+ modules completed/);
		expect(digest.text_body).toContain('Open your team page:\nhttp://localhost:3000/team');
		expect(digest.text_body).toMatch(/Unsubscribe from optional email:\nhttp:\/\/localhost:3000\/unsubscribe\/\S+/);

		expect(await runDigests(t.db, now + 3 * DAY)).toBe(0);
		expect(await remindersPass(t.db, now + 7 * DAY)).toMatchObject({ digests: 1 });
	});

	it('stops when the manager opts out or unsubscribes by the link, and starts again when they opt in', async () => {
		const w = await managerWorld();
		await setDigestPreference(t.db, w.mo, true, now);
		expect(await runDigests(t.db, now)).toBe(1);
		const token = /\/unsubscribe\/(\S+)/.exec((await outbox())[0].text_body)![1];
		expect(await unsubscribe(t.db, token, now + HOUR)).toEqual({ email: 'mo@ontario.ca' });
		expect(await digestPreference(t.db, w.mo)).toBe(false);
		expect(await runDigests(t.db, now + 7 * DAY)).toBe(0);

		await setDigestPreference(t.db, w.mo, true, now + 8 * DAY);
		expect(await runDigests(t.db, now + 8 * DAY)).toBe(1);
		await setDigestPreference(t.db, w.mo, false, now + 9 * DAY);
		expect(await runDigests(t.db, now + 14 * DAY)).toBe(0);
		expect(await outbox()).toHaveLength(2);
	});

	it('is for managers only, and says nothing to a manager whose team is in no cohort', async () => {
		const w = await managerWorld();
		await expect(setDigestPreference(t.db, w.ana, true, now)).rejects.toMatchObject({ status: 403 });
		await t.db.deleteFrom('enrolments').where('role', '=', 'trainee').execute();
		await setDigestPreference(t.db, w.mo, true, now);
		expect(await runDigests(t.db, now)).toBe(0);
		expect(await outbox()).toEqual([]);
	});
});

describe('the periodic job', () => {
	it('runs a pass when the server starts and then every NUDGE_POLL_MINUTES; 0 turns it off', async () => {
		const w = await world();
		expect(startReminderJob(t.db, { NUDGE_POLL_MINUTES: '0' })).toBeNull();
		expect(await outbox()).toEqual([]);

		// Both cohorts are running and nobody in them has done anything yet: Ana, Ben and Cy.
		const job = startReminderJob(t.db, { NUDGE_POLL_MINUTES: '60' }, () => now)!;
		await job.stop();
		expect((await outbox()).map((m) => [m.recipient, m.kind])).toEqual([
			['ana@ontario.ca', 'reminder_nudge'],
			['ben@ontario.ca', 'reminder_nudge'],
			['cy@ontario.ca', 'reminder_nudge']
		]);
		expect((await reminders()).every((r) => r.cohort_id === w.cohortId || r.cohort_id === w.otherCohortId)).toBe(true);
	});
});
