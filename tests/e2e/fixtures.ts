import { test as base, expect, type APIRequestContext, type BrowserContext, type BrowserContextOptions, type Page } from '@playwright/test';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export { expect };

export const DEMO_PASSWORD = 'bootcamp-demo';
export const COHORT_1 = 'Social Media Bootcamp — Cohort 1';
/** The same cohort's French name, shown on French pages. */
export const COHORT_1_FR = 'Camp d’entraînement sur les médias sociaux — Cohorte 1';

export const accounts = {
	admin: 'admin@demo.test',
	instructor: 'instructor@demo.test',
	manager: 'manager@demo.test',
	trainee: 'trainee01@demo.test'
} as const;

/** The SQLite file playwright.config.ts gives the test server: open it read-only to find ids. */
export const e2eDatabasePath = () => join(tmpdir(), `bootcamp-e2e-${Number(process.env.E2E_PORT ?? 4173)}.db`);

type StorageState = Awaited<ReturnType<APIRequestContext['storageState']>>;

/** An address nobody has, so failed sign-ins never lock out an account another test uses. */
export const unknownEmail = (label: string) => `${label}-${Date.now()}-${Math.random().toString(36).slice(2, 8)}@nobody.test`;

/** Posts the sign-in form as a browser without JavaScript does: 303 and a session cookie on success. */
export async function signInByRequest(request: APIRequestContext, baseURL: string, email: string, password = DEMO_PASSWORD) {
	return request.post('/sign-in', {
		form: { email, password },
		headers: { Accept: 'text/html', Origin: baseURL },
		maxRedirects: 0
	});
}

/** Fills and submits the sign-in form on the page already showing it. */
export async function signInWithForm(page: Page, email: string, password = DEMO_PASSWORD) {
	await page.getByLabel('Email address').fill(email);
	await page.getByLabel('Password').fill(password);
	await page.getByRole('button', { name: 'Sign in' }).click();
}

interface Fixtures {
	/** A new page in its own context, signed in as `email` when given. Closed after the test. */
	newPage: (options?: BrowserContextOptions & { as?: string }) => Promise<Page>;
}

interface WorkerFixtures {
	/** Cookies of a session for `email`, signed in once per worker through the form post. */
	sessionOf: (email: string) => Promise<StorageState>;
}

export const test = base.extend<Fixtures, WorkerFixtures>({
	sessionOf: [
		async ({ playwright }, use, workerInfo) => {
			const baseURL = workerInfo.project.use.baseURL!;
			const cache = new Map<string, Promise<StorageState>>();
			const signIn = async (email: string) => {
				const request = await playwright.request.newContext({ baseURL });
				const response = await signInByRequest(request, baseURL, email);
				expect(response.status(), `signing in as ${email}`).toBe(303);
				const state = await request.storageState();
				await request.dispose();
				return state;
			};
			await use((email) => {
				if (!cache.has(email)) cache.set(email, signIn(email));
				return cache.get(email)!;
			});
		},
		{ scope: 'worker' }
	],
	newPage: async ({ browser, baseURL, sessionOf }, use) => {
		const opened: BrowserContext[] = [];
		await use(async ({ as, ...options } = {}) => {
			const context = await browser.newContext({
				baseURL,
				...options,
				storageState: as ? await sessionOf(as) : options.storageState
			});
			opened.push(context);
			return context.newPage();
		});
		await Promise.all(opened.map((context) => context.close()));
	}
});
