import { test, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHmac } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoA11yViolations } from './axe';
import { startSmtpServer, type TestSmtpServer } from '../support/smtp';

// Email end to end: the built server on its own port and database, with SMTP_URL pointing at a real
// SMTP server on loopback (tests/support/smtp.ts) that keeps what it receives. People follow the
// links they were emailed.

const PORT = Number(process.env.MAIL_E2E_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 20);
const ORIGIN = `http://localhost:${PORT}`;
const PASSWORD = 'bootcamp-demo';

let server: ChildProcess;
let smtp: TestSmtpServer;
let dir: string;
let databasePath: string;
let stderr = '';

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: ORIGIN });
// Each test is a walk through several pages and an email round trip: two minutes, as the other long walks get.
test.beforeEach(() => test.setTimeout(120_000));

test.beforeAll(async () => {
	test.setTimeout(120_000);
	smtp = await startSmtpServer();
	dir = mkdtempSync(join(tmpdir(), 'bootcamp-mail-'));
	databasePath = join(dir, 'mail.db');
	server = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			PORT: String(PORT),
			ORIGIN,
			DATABASE_PATH: databasePath,
			ISSUER_KEY_PATH: join(dir, 'issuer-key.json'),
			SEED_DEMO: 'true',
			FIXTURE_COURSES: 'true',
			DEMO_STORY: 'false',
			DEMO_PASSWORD: PASSWORD,
			SMTP_URL: smtp.url,
			MAIL_FROM: 'Bootcamp <bootcamp@ontario.ca>',
			MAIL_POLL_SECONDS: '0.2',
			// No automatic reminders: this spec reads every email the server sends.
			NUDGE_POLL_MINUTES: '0'
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	server.stderr!.on('data', (chunk) => (stderr += chunk));
	for (let tries = 0; ; tries++) {
		const up = await fetch(`${ORIGIN}/sign-in`).catch(() => null);
		if (up?.status === 200) break;
		if (tries > 300 || server.exitCode !== null) throw new Error(`the mail test server did not start:\n${stderr}`);
		await new Promise((r) => setTimeout(r, 200));
	}
});

test.afterAll(async () => {
	if (server && server.exitCode === null) {
		const exited = new Promise((r) => server.once('exit', r));
		server.kill('SIGTERM');
		await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
		if (server.exitCode === null) server.kill('SIGKILL');
	}
	await smtp?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

function query<T>(sql: string, ...params: unknown[]): T {
	const db = new Database(databasePath, { readonly: true });
	try {
		return db.prepare(sql).get(...params) as T;
	} finally {
		db.close();
	}
}

async function signIn(page: Page, email: string, password = PASSWORD) {
	await page.goto('/sign-in');
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).not.toHaveURL(/sign-in/);
}

const linkIn = (text: string) => /http:\/\/localhost:\d+\/\S*invitation\/[a-z2-7]{32}/.exec(text)![0];

test('an invited French speaker gets the email in French, follows its link, chooses a password and lands in the course in French', async ({
	page,
	browser
}) => {
	const email = `zoe.${Date.now()}@ontario.ca`;
	const cohort = query<{ id: string }>("select id from cohorts where name = 'Social Media Bootcamp — Cohort 1'").id;
	await signIn(page, 'admin@demo.test');
	await page.goto(`/cohorts/${cohort}/import`);
	await page.getByLabel(/Or paste/i).fill(`email,name,ministry,branch,manager email,language\n${email},Zoé Gagnon,Health,Communications,,fr\n`);
	await page.getByRole('button', { name: 'Preview the import' }).click();
	await page.getByRole('button', { name: 'Confirm the import' }).click();
	await expect(page.getByRole('heading', { name: 'Invitations emailed: 1' })).toBeVisible();

	const mail = await smtp.waitFor((m) => m.to === email);
	expect(mail).toMatchObject({ subject: 'Votre compte Bootcamp est prêt', language: 'fr', from: '"Bootcamp" <bootcamp@ontario.ca>' });
	expect(mail.text).toContain('Bonjour Zoé Gagnon,');
	const link = linkIn(mail.text);
	expect(link).toMatch(new RegExp(`^${ORIGIN}/fr/invitation/`));
	expect(mail.html).toContain(`href="${link}"`);

	const invitee = await (await browser.newContext({ baseURL: ORIGIN })).newPage();
	await invitee.goto(link);
	await expect(invitee.getByRole('heading', { level: 1 })).toHaveText('Choisissez votre mot de passe');
	await expectNoA11yViolations(invitee);
	await invitee.getByLabel('Nouveau mot de passe').fill('a long new password');
	await invitee.getByLabel('Retapez le mot de passe').fill('a long new password');
	await invitee.getByRole('button', { name: 'Enregistrer le mot de passe et ouvrir une session' }).click();
	await expect(invitee).toHaveURL(new RegExp(`^${ORIGIN}/fr/?\\?welcome=1`));
	await invitee
		.getByRole('main')
		.getByRole('link', { name: /^Camp d.entraînement sur les médias sociaux$/ })
		.click();
	await expect(invitee).toHaveURL(`${ORIGIN}/fr/courses/social-media-bootcamp`);
	await expect(invitee.locator('html')).toHaveAttribute('lang', 'fr');

	// The link was for once only.
	const again = await invitee.request.get(link, { headers: { Accept: 'text/html' } });
	expect(again.status()).toBe(410);
	await invitee.context().close();
});

test('a forgotten password: the same answer for any address, an emailed link that works once', async ({ page }) => {
	await page.goto('/fr/sign-in');
	await page.getByRole('link', { name: 'Mot de passe oublié?' }).click();
	await expect(page).toHaveURL(`${ORIGIN}/fr/reset-password`);
	await expectNoA11yViolations(page);

	// French sticks from here on (the language cookie), as it would for this person.
	const answerFor = async (email: string) => {
		await page.goto('/fr/reset-password');
		await page.getByLabel('Adresse courriel').fill(email);
		await page.getByRole('button', { name: 'M’envoyer un lien' }).click();
		const status = page.getByRole('status');
		await expect(status).toBeVisible();
		return (await status.innerText()).replace(email, '<email>');
	};
	const unknown = await answerFor(`nobody.${Date.now()}@ontario.ca`);
	const known = await answerFor('trainee30@demo.test');
	expect(known).toBe(unknown);
	expect(known).toContain('dans l’heure qui suit');
	await expectNoA11yViolations(page);

	const mail = await smtp.waitFor((m) => m.to === 'trainee30@demo.test');
	// The email is in the account's language (English), whatever language the request was made in.
	expect(mail.subject).toBe('Reset your Bootcamp password');
	await page.context().clearCookies();
	await page.goto(linkIn(mail.text));
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Choose a new password');
	await page.getByLabel('New password').fill('another long password');
	await page.getByLabel('Type the password again').fill('another long password');
	await page.getByRole('button', { name: /Save/ }).click();
	await expect(page).toHaveURL(/\?welcome=1/);
	await page.context().clearCookies();
	await signIn(page, 'trainee30@demo.test', 'another long password');
	expect((await page.request.get(linkIn(mail.text), { headers: { Accept: 'text/html' } })).status()).toBe(410);
});

test('an administrator reads the outbox: each email, its status, its links and its HTML, safely', async ({ page }) => {
	await signIn(page, 'admin@demo.test');
	await page.goto('/admin');
	await page.getByRole('link', { name: /^Outbox/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Outbox');
	const table = page.getByRole('table', { name: 'Email, newest first' });
	await expect(table.getByRole('row', { name: /trainee30@demo\.test.*Reset your Bootcamp password.*Sent/ })).toBeVisible();
	await expectNoA11yViolations(page);

	await table.getByRole('link', { name: 'Reset your Bootcamp password' }).first().click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Reset your Bootcamp password');
	await expect(page.getByTestId('outbox-link').first()).toHaveText(/\/invitation\/[a-z2-7]{32}$/);
	const frame = page.locator('iframe[title="The email in HTML"]');
	await expect(frame).toHaveAttribute('sandbox', '');
	await expect(page.frameLocator('iframe[title="The email in HTML"]').getByRole('heading', { level: 1 })).toHaveText('Choose a new password');
	// The page around the email, then the email itself on a page of its own: axe cannot enter a frame whose scripts are off.
	await expectNoA11yViolations(page, { exclude: 'iframe.bc-mail-html' });
	const html = await frame.getAttribute('srcdoc');
	const email = await page.context().newPage();
	await email.setContent(html ?? '');
	await expectNoA11yViolations(email);
	await email.close();
});

test('an unsubscribe link needs no sign-in, and opening it changes nothing until the button is pressed', async ({ page }) => {
	const manager = query<{ id: string }>("select id from users where email = 'manager@demo.test'").id;
	const { secretKeyMultibase } = JSON.parse(readFileSync(join(dir, 'issuer-key.json'), 'utf8')) as { secretKeyMultibase: string };
	const key = createHmac('sha256', secretKeyMultibase).update('bootcamp unsubscribe link v1').digest();
	const token = `${manager}.${createHmac('sha256', key).update(manager).digest('base64url')}`;
	await page.goto(`/fr/unsubscribe/${token}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Se désabonner');
	await expectNoA11yViolations(page);
	const unsubscribed = () => query<{ at: number | null }>('select optional_mail_unsubscribed_at as at from users where id = ?', manager).at;
	expect(unsubscribed()).toBeNull();
	await page.getByRole('button', { name: 'Se désabonner' }).click();
	await expect(page.getByRole('status')).toContainText('plus aucun courriel facultatif à manager@demo.test');
	expect(unsubscribed()).not.toBeNull();
});
