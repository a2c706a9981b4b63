import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { applyRosterImport } from '$lib/server/rosters/import';
import { reissuePendingInvitations } from '$lib/server/cohorts/service';
import { submitExercise } from '$lib/server/exercises/service';
import { recordReview } from '$lib/server/exercises/review-service';
import { queueMessage } from '$lib/server/mail/service';
import { OutboxSender, smtpTransport, type MailTransport } from '$lib/server/mail/sender';
import { CLAIM_LEASE_MS, RETRY } from '$lib/server/mail/rules';
import { createUser, freshDatabase, type TestDatabase } from './db';
import { bilingualAnswer, exerciseWorld } from './exercise-setup';
import { finishCourse, recordsOf, recordsWorld } from './records-setup';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

let t: TestDatabase;
let smtp: TestSmtpServer;

beforeEach(async () => {
	t = await freshDatabase();
	smtp = await startSmtpServer();
});
afterEach(async () => {
	await smtp.close();
	await t.cleanUp();
});

const outbox = (db: Kysely<DB> = t.db) => db.selectFrom('outbox').selectAll().orderBy('created_at').orderBy('recipient').execute();
const FROM = 'Bootcamp <bootcamp@ontario.ca>';

describe('messages are written with their event, and only then', () => {
	it('a roster import emails each new person their invitation, in the language the roster gives them', async () => {
		const w = await exerciseWorld(t.db);
		const csv = 'email,name,ministry,branch,manager email,language\nzoe@ontario.ca,Zoé Gagnon,Health,Comms,,fr\nyan@ontario.ca,Yan Li,Health,Comms,,en\n';
		const result = await applyRosterImport(t.db, w.cohortId, csv, w.ines.id);
		expect(result.ok).toBe(true);
		const messages = await outbox();
		expect(messages.map((m) => [m.recipient, m.kind, m.language, m.status])).toEqual([
			['yan@ontario.ca', 'invitation', 'en', 'pending'],
			['zoe@ontario.ca', 'invitation', 'fr', 'pending']
		]);
		const zoe = messages[1];
		expect(zoe.subject).toBe('Votre compte Bootcamp est prêt');
		expect(zoe.text_body).toMatch(/Bonjour Zoé Gagnon,/);
		expect(zoe.text_body).toMatch(/http:\/\/localhost:3000\/fr\/invitation\/[a-z2-7]{32}\n/);
		expect(zoe.html_body).toContain('<html lang="fr">');
		expect(messages[0].text_body).toMatch(/http:\/\/localhost:3000\/invitation\/[a-z2-7]{32}\n/);

		// A line with a problem writes nothing, and so sends nothing.
		const broken = await applyRosterImport(t.db, w.cohortId, 'email,name\nnot-an-email,Nobody\n', w.ines.id);
		expect(broken.ok).toBe(false);
		expect(await outbox()).toHaveLength(2);

		// Fresh links go to the same people, by email again; the instructor is told who, not given the links.
		const { sent, links } = await reissuePendingInvitations(t.db, w.cohortId, w.ines.id);
		expect(sent.map((p) => p.email)).toEqual(expect.arrayContaining(['yan@ontario.ca', 'zoe@ontario.ca']));
		expect(links).toEqual([]);
		expect(await outbox()).toHaveLength(2 + sent.length);
	});

	it('a rolled-back event leaves no message behind', async () => {
		const w = await exerciseWorld(t.db);
		await expect(
			t.db.transaction().execute(async (trx) => {
				await queueMessage(trx, { userId: w.ana.id, message: { kind: 'invitation', token: 'a'.repeat(32), expiresAt: Date.now() } });
				throw new Error('the event failed');
			})
		).rejects.toThrow('the event failed');
		expect(await outbox()).toEqual([]);
	});

	it('a review tells the trainee its outcome, with the comments when a revision is asked; a refused review sends nothing', async () => {
		const w = await exerciseWorld(t.db);
		const levels = { parity: '2', accessibility: '1' };
		expect((await submitExercise(t.db, w.ana, w.course, w.module('bilingual'), bilingualAnswer(), 1000)).ok).toBe(true);
		const submission = await t.db.selectFrom('exercise_submissions').select('id').executeTakeFirstOrThrow();
		// Refused (no comments for a revision): no review, no email.
		expect((await recordReview(t.db, w.ines, w.cohortId, submission.id, { levels, decision: 'needs_revision', comments: '' }, 'en')).ok).toBe(false);
		expect(await outbox()).toEqual([]);

		const comments = 'Adapt the French: « en raison de » is stiff.\n\nAnd add alt text <b>to both</b>.';
		await recordReview(t.db, w.ines, w.cohortId, submission.id, { levels, decision: 'needs_revision', comments }, 'en', 2000);
		const [revision] = await outbox();
		expect(revision).toMatchObject({ recipient: 'ana@ontario.ca', kind: 'review_outcome' });
		expect(revision.subject).toMatch(/^Revision requested: /);
		expect(revision.text_body).toContain('Ines Instructor asked you to revise');
		expect(revision.text_body).toContain('> Adapt the French: « en raison de » is stiff.');
		expect(revision.text_body).toMatch(/http:\/\/localhost:3000\/courses\/fixture-course\/bilingual\/exercise/);
		// The instructor's words are text in the HTML, never markup.
		expect(revision.html_body).toContain('alt text &lt;b&gt;to both&lt;/b&gt;');
		expect(revision.html_body).not.toContain('<b>');
	});

	it('a completion record is announced with its verification link, in the holder’s language', async () => {
		const w = await recordsWorld(t.db);
		await finishCourse(t.db, w);
		const [record] = await recordsOf(t.db, w.userId);
		const messages = (await outbox()).filter((m) => m.kind === 'record_issued');
		expect(messages).toHaveLength(1);
		expect(messages[0].subject).toMatch(/^Attestation de réussite\u00a0: /);
		expect(messages[0].text_body).toContain(`http://localhost:3000/fr/verify/${record.code}`);
		expect(messages[0].text_body).toContain(`http://localhost:3000/fr/records/${record.id}`);
	});
});

async function queueFor(email: string, count = 1) {
	const userId = await createUser(t.db, email);
	const ids: string[] = [];
	for (let i = 0; i < count; i++) {
		const id = await queueMessage(t.db, { userId, message: { kind: 'invitation', token: 'abcdefghijklmnopqrstuvwxyz234567', expiresAt: Date.now() + 1000 } });
		ids.push(id!);
	}
	return ids;
}

describe('the sender', () => {
	it('retries with growing waits while the SMTP server refuses, then delivers exactly once', async () => {
		await queueFor('ana@ontario.ca');
		const sender = new OutboxSender(t.db, smtpTransport(smtp.url), { from: FROM });
		smtp.failNext(2);
		const start = Date.now();

		expect(await sender.deliverDue(start)).toEqual({ sent: 0, failed: 1 });
		let [row] = await outbox();
		expect(row).toMatchObject({ status: 'pending', attempts: 1, claimed_by: null, last_error: expect.stringContaining('try again later') });
		expect(row.next_attempt_at).toBe(start + RETRY.firstMs);
		const firstRetry = row.next_attempt_at;
		// Not due yet: nothing is tried.
		expect(await sender.deliverDue(start + 1000)).toEqual({ sent: 0, failed: 0 });

		expect(await sender.deliverDue(row.next_attempt_at)).toEqual({ sent: 0, failed: 1 });
		[row] = await outbox();
		expect(row.attempts).toBe(2);
		expect(row.next_attempt_at).toBe(firstRetry + 2 * RETRY.firstMs);

		expect(await sender.deliverDue(row.next_attempt_at)).toEqual({ sent: 1, failed: 0 });
		expect(await sender.deliverDue(row.next_attempt_at + 10 * RETRY.maxMs)).toEqual({ sent: 0, failed: 0 });
		[row] = await outbox();
		expect(row).toMatchObject({ status: 'sent', attempts: 3, last_error: null });
		expect(smtp.received).toHaveLength(1);
		expect(smtp.received[0]).toMatchObject({
			to: 'ana@ontario.ca',
			from: '"Bootcamp" <bootcamp@ontario.ca>',
			subject: 'Your Bootcamp account is ready',
			messageId: row.message_id,
			language: 'en'
		});
		expect(smtp.received[0].text).toContain('Choose your password');
		await sender.stop();
	});

	it('records the error when the server is down, and delivers once it is back', async () => {
		await queueFor('ana@ontario.ca');
		const url = smtp.url;
		await smtp.close();
		const sender = new OutboxSender(t.db, smtpTransport(url), { from: FROM });
		expect(await sender.deliverDue(Date.now())).toEqual({ sent: 0, failed: 1 });
		const [row] = await outbox();
		expect(row.last_error).toMatch(/ECONNREFUSED/);
		smtp = await startSmtpServer(Number(new URL(url).port));
		expect(await sender.deliverDue(row.next_attempt_at)).toEqual({ sent: 1, failed: 0 });
		expect(smtp.received).toHaveLength(1);
	});

	it('after a restart mid-send, sends nothing twice: the sent one stays sent, the one in flight waits for its claim to lapse', async () => {
		const [first, second] = await queueFor('ana@ontario.ca', 2);
		const real = smtpTransport(smtp.url);
		let calls = 0;
		// The process dies while the second message is in the SMTP conversation: it never finishes.
		const dying: MailTransport = { sendMail: (mail) => (++calls === 1 ? real.sendMail(mail) : new Promise(() => {})) };
		const now = Date.now();
		void new OutboxSender(t.db, dying, { from: FROM }).deliverDue(now);
		await expect.poll(() => calls).toBe(2);
		expect(smtp.received).toHaveLength(1);

		// The restarted process: a new connection, a new sender.
		const restarted = new OutboxSender(t.open(), smtpTransport(smtp.url), { from: FROM });
		expect(await restarted.deliverDue(now + 1000)).toEqual({ sent: 0, failed: 0 });
		expect(await restarted.deliverDue(now + CLAIM_LEASE_MS + 1)).toEqual({ sent: 1, failed: 0 });
		expect(await restarted.deliverDue(now + 10 * CLAIM_LEASE_MS)).toEqual({ sent: 0, failed: 0 });
		expect(smtp.received.map((m) => m.messageId).sort()).toEqual(
			(await t.db.selectFrom('outbox').select('message_id').where('id', 'in', [first, second]).execute()).map((r) => r.message_id).sort()
		);
		expect((await outbox()).map((m) => m.status)).toEqual(['sent', 'sent']);
	});

	it('the one duplicate possible (delivered, then a crash before it was marked) carries the same Message-ID', async () => {
		await queueFor('ana@ontario.ca');
		const real = smtpTransport(smtp.url);
		const crashesAfterSending: MailTransport = { sendMail: async (mail) => (await real.sendMail(mail), new Promise(() => {})) };
		const now = Date.now();
		void new OutboxSender(t.db, crashesAfterSending, { from: FROM }).deliverDue(now);
		await smtp.waitFor(() => true);
		await new OutboxSender(t.open(), real, { from: FROM }).deliverDue(now + CLAIM_LEASE_MS + 1);
		expect(smtp.received).toHaveLength(2);
		expect(smtp.received[1].messageId).toBe(smtp.received[0].messageId);
	});

	it('two senders at once deliver each message exactly once', async () => {
		await queueFor('ana@ontario.ca', 6);
		const a = new OutboxSender(t.db, smtpTransport(smtp.url), { from: FROM });
		const b = new OutboxSender(t.open(), smtpTransport(smtp.url), { from: FROM });
		const now = Date.now();
		const [ra, rb] = await Promise.all([a.deliverDue(now), b.deliverDue(now)]);
		expect(ra.sent + rb.sent).toBe(6);
		expect(smtp.received).toHaveLength(6);
		expect(new Set(smtp.received.map((m) => m.messageId)).size).toBe(6);
	});
});

describe('optional messages', () => {
	it('carry an unsubscribe link that needs no sign-in; once used, no optional message is written', async () => {
		process.env.ISSUER_KEY_PATH = `${t.path}.issuer-key.json`;
		const { composeEmail } = await import('$lib/server/mail/templates');
		const { unsubscribe, unsubscribeSubject } = await import('$lib/server/mail/service');
		const userId = await createUser(t.db, 'morgan@ontario.ca', { preferred_language: 'fr' });
		const digest = {
			kind: 'digest',
			compose: (to: { language: 'en' | 'fr' }, context: { unsubscribeUrl: string | null }) =>
				composeEmail({ language: to.language, subject: 'Résumé', heading: 'Résumé', paragraphs: ['…'], unsubscribeUrl: context.unsubscribeUrl })
		};
		expect(await queueMessage(t.db, { userId, message: digest, optional: true })).not.toBeNull();
		const [row] = await outbox();
		const token = /http:\/\/localhost:3000\/fr\/unsubscribe\/(\S+)/.exec(row.text_body)![1];
		expect(row.html_body).toContain(`/fr/unsubscribe/${token}`);
		expect(await unsubscribeSubject(t.db, token)).toMatchObject({ email: 'morgan@ontario.ca', unsubscribed: false });
		expect(await unsubscribeSubject(t.db, token.slice(0, -2) + 'AA')).toBeNull();
		expect(await unsubscribeSubject(t.db, `${userId}.forged`)).toBeNull();
		expect(await unsubscribe(t.db, token)).toEqual({ email: 'morgan@ontario.ca' });
		expect(await queueMessage(t.db, { userId, message: digest, optional: true })).toBeNull();
		// Messages about their own account still reach them.
		expect(await queueMessage(t.db, { userId, message: { kind: 'invitation', token: 'a'.repeat(32), expiresAt: Date.now() } })).not.toBeNull();
	});
});
