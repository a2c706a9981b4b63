import { test, expect, type Page } from '@playwright/test';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expectNoA11yViolations } from './axe';
import { startOpenIdProvider, type TestOpenIdProvider } from '../support/oidc-provider';

// Single sign-on end to end: a real OpenID Provider on loopback (tests/support/oidc-provider.ts)
// and the built server on its own port and database with SIGN_IN=sso pointing at it. People sign
// in through the provider's own login form.

const E2E_PORT = Number(process.env.E2E_PORT ?? 4173);
const PROVIDER_PORT = Number(process.env.OIDC_E2E_PORT ?? E2E_PORT + 1);
const PORT = Number(process.env.SSO_E2E_PORT ?? E2E_PORT + 2);
const ORIGIN = `http://localhost:${PORT}`;
const PASSWORD = 'bootcamp-demo';
const BREAK_GLASS = 'admin@demo.test';
const COHORT_1 = 'Social Media Bootcamp — Cohort 1';

let op: TestOpenIdProvider;
let server: ChildProcess;
let dir: string;
let databasePath: string;
let stderr = '';

test.describe.configure({ mode: 'serial' });
test.use({ baseURL: ORIGIN });
test.beforeEach(() => test.setTimeout(120_000));

test.beforeAll(async () => {
	test.setTimeout(120_000);
	const client = { clientId: 'bootcamp', clientSecret: 'e2e-secret-not-used-elsewhere', redirectUris: [`${ORIGIN}/sign-in/oidc/callback`] };
	op = await startOpenIdProvider({ port: PROVIDER_PORT, clients: [client] });
	dir = mkdtempSync(join(tmpdir(), 'bootcamp-sso-'));
	databasePath = join(dir, 'sso.db');
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
			NUDGE_POLL_MINUTES: '0',
			SIGN_IN: 'sso',
			SIGN_IN_BREAK_GLASS: BREAK_GLASS,
			OIDC_ISSUER: op.issuer,
			OIDC_CLIENT_ID: client.clientId,
			OIDC_CLIENT_SECRET: client.clientSecret,
			OIDC_LABEL: 'your OPS account|votre compte de la FPO'
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	server.stderr!.on('data', (chunk) => (stderr += chunk));
	for (let tries = 0; ; tries++) {
		const up = await fetch(`${ORIGIN}/sign-in`).catch(() => null);
		if (up?.status === 200) break;
		if (tries > 300 || server.exitCode !== null) throw new Error(`the single sign-on test server did not start:\n${stderr}`);
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
	await op?.close();
	if (dir) rmSync(dir, { recursive: true, force: true });
});

function query<T>(sql: string, ...params: unknown[]): T[] {
	const db = new Database(databasePath, { readonly: true });
	try {
		return db.prepare(sql).all(...params) as T[];
	} finally {
		db.close();
	}
}

/** The provider's own login form (oidc-provider's development form: the login name is the person). */
async function signInAtProvider(page: Page, login: string) {
	await expect(page).toHaveURL(new RegExp(`^${op.issuer}/interaction/`));
	await page.locator('input[name="login"]').fill(login);
	await page.locator('input[name="password"]').fill('any password');
	await page.getByRole('button', { name: 'Sign-in' }).click();
}

test('with SIGN_IN=sso the password form is gone; the break-glass administrator keeps one', async ({ page }) => {
	await page.goto('/sign-in');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in');
	await expect(page.getByRole('link', { name: 'Sign in with your OPS account' })).toBeVisible();
	await expect(page.getByLabel('Password')).toHaveCount(0);
	await expectNoA11yViolations(page);

	await page.goto('/fr/sign-in');
	await expect(page.getByRole('link', { name: 'Ouvrir une session avec votre compte de la FPO' })).toBeVisible();
	await expect(page.getByLabel('Mot de passe')).toHaveCount(0);
	await expectNoA11yViolations(page);

	await page.goto('/reset-password');
	await expect(page.getByRole('status')).toContainText('Passwords are not used here: sign in with your OPS account.');
	await expectNoA11yViolations(page);

	await page.goto('/sign-in?break-glass');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Emergency administrator sign-in');
	await expect(page.getByRole('link', { name: 'Sign in with your OPS account' })).toHaveCount(0);
	await expectNoA11yViolations(page);
	// A trainee's right password is refused there, as a wrong one.
	await page.getByLabel('Email address').fill('trainee01@demo.test');
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page.getByRole('alert')).toContainText('That email and password do not match an account.');
	await page.getByLabel('Email address').fill(BREAK_GLASS);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(`${ORIGIN}/`);
});

test('a person imported by roster signs in through the provider and lands in their course, in French', async ({ page, browser }) => {
	// The break-glass administrator imports Amélie into Cohort 1 (English on the roster; her work account says French).
	await page.goto('/sign-in?break-glass');
	await page.getByLabel('Email address').fill(BREAK_GLASS);
	await page.getByLabel('Password').fill(PASSWORD);
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(`${ORIGIN}/`);
	const [cohort] = query<{ id: string; course_slug: string }>('select id, course_slug from cohorts where name = ?', COHORT_1);
	await page.goto(`/cohorts/${cohort.id}/import`);
	await page
		.getByLabel('Or paste the CSV here')
		.fill('email,name,ministry,branch,manager email,language\namelie.tremblay@ontario.ca,Amelie Tremblay,Ministry of Health,Communications,,en');
	await page.getByRole('button', { name: 'Preview the import' }).click();
	await page.getByRole('button', { name: 'Confirm the import' }).click();
	await expect(page.getByRole('status').first()).toBeVisible();
	expect(query('select id from users where email = ?', 'amelie.tremblay@ontario.ca')).toHaveLength(1);

	// Amélie follows a link to her course, and signs in with her work account.
	const context = await browser.newContext({ baseURL: ORIGIN });
	const amelie = await context.newPage();
	await amelie.goto(`/courses/${cohort.course_slug}`);
	await expect(amelie).toHaveURL(/\/sign-in\?next=/);
	await amelie.getByRole('link', { name: 'Sign in with your OPS account' }).click();
	await signInAtProvider(amelie, 'amelie');
	await expect(amelie).toHaveURL(`${ORIGIN}/fr/courses/${cohort.course_slug}`);
	await expect(amelie.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(amelie.getByRole('heading', { level: 1 })).toBeVisible();
	await expectNoA11yViolations(amelie);

	const [user] = query<{ id: string; display_name: string; preferred_language: string }>(
		'select id, display_name, preferred_language from users where email = ?',
		'amelie.tremblay@ontario.ca'
	);
	expect(user).toMatchObject({ display_name: 'Amélie Tremblay', preferred_language: 'fr' });
	expect(query('select subject from sso_identities where user_id = ?', user.id)).toEqual([{ subject: 'amelie' }]);
	expect(
		query<{ action: string }>("select action from audit_log where subject_user_id = ? and action like 'sso.%' order by at", user.id).map((row) => row.action)
	).toEqual(['sso.linked', 'sso.signed_in']);

	// Signing out ends our session and offers the provider's own sign-out.
	await amelie.getByRole('button', { name: 'Se déconnecter' }).click();
	const providerSignOut = amelie.getByRole('link', { name: 'Fermer aussi la session de votre compte de la FPO' });
	await expect(providerSignOut).toHaveAttribute('href', new RegExp(`^${op.issuer}/session/end\\?client_id=bootcamp`));
	await expectNoA11yViolations(amelie);
	await context.close();
});

test('someone the provider knows but no roster lists is refused, in both languages, with who to ask', async ({ page }) => {
	await page.goto('/fr/sign-in');
	await page.getByRole('link', { name: 'Ouvrir une session avec votre compte de la FPO' }).click();
	const answer = page.waitForResponse((response) => response.url().startsWith(`${ORIGIN}/sign-in/oidc/callback`));
	await signInAtProvider(page, 'stranger');
	expect((await answer).status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vous ne pouvez pas encore accéder au camp d’entraînement');
	await expect(page.getByRole('heading', { level: 2 })).toHaveText('You cannot sign in to the bootcamp yet');
	await expect(page.getByText(/ask the instructor who runs your cohort, or the bootcamp’s administrator/)).toBeVisible();
	await expect(page.getByText(/demandez à la formatrice ou au formateur qui anime votre cohorte/)).toBeVisible();
	await expectNoA11yViolations(page);
	expect(query('select id from users where email = ?', 'stranger@ontario.ca')).toEqual([]);
	expect(query<{ details: string }>("select details from audit_log where action = 'sso.refused'").map((row) => JSON.parse(row.details).reason)).toContain(
		'unknown_person'
	);
});
