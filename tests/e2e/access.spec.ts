import { accounts, expect, signInByRequest, test } from './fixtures';

// Who may open what: the status each role gets, asked without following redirects.
type Role = 'anonymous' | 'trainee' | 'manager' | 'instructor' | 'admin';
const SIGN_IN = 303;

const routes = ['/', '/admin', '/admin/people', '/team', '/cohorts/:cohort', '/cohorts/:cohort/import', '/fr/admin'] as const;
type Route = (typeof routes)[number];

const expected: Record<Role, Record<Route, number>> = {
	anonymous: {
		'/': SIGN_IN,
		'/admin': SIGN_IN,
		'/admin/people': SIGN_IN,
		'/team': SIGN_IN,
		'/cohorts/:cohort': SIGN_IN,
		'/cohorts/:cohort/import': SIGN_IN,
		'/fr/admin': SIGN_IN
	},
	trainee: {
		'/': 200,
		'/admin': 403,
		'/admin/people': 403,
		'/team': 403,
		'/cohorts/:cohort': 403,
		'/cohorts/:cohort/import': 403,
		'/fr/admin': 403
	},
	manager: {
		'/': 200,
		'/admin': 403,
		'/admin/people': 403,
		'/team': 200,
		'/cohorts/:cohort': 403,
		'/cohorts/:cohort/import': 403,
		'/fr/admin': 403
	},
	instructor: {
		'/': 200,
		'/admin': 403,
		'/admin/people': 403,
		'/team': 403,
		'/cohorts/:cohort': 200,
		'/cohorts/:cohort/import': 200,
		'/fr/admin': 403
	},
	admin: {
		'/': 200,
		'/admin': 200,
		'/admin/people': 200,
		'/team': 403,
		'/cohorts/:cohort': 200,
		'/cohorts/:cohort/import': 200,
		'/fr/admin': 200
	}
};

let cohortId: string;

test.beforeAll(async ({ playwright }, workerInfo) => {
	const baseURL = workerInfo.project.use.baseURL!;
	const request = await playwright.request.newContext({ baseURL });
	expect((await signInByRequest(request, baseURL, accounts.admin)).status()).toBe(303);
	const html = await (await request.get('/admin', { headers: { Accept: 'text/html' } })).text();
	await request.dispose();
	const link = html.match(/href="\/cohorts\/([^"/]+)">Social Media Bootcamp — Cohort 1</);
	expect(link, 'a link to Cohort 1 on /admin').not.toBeNull();
	cohortId = link![1];
});

for (const role of Object.keys(expected) as Role[]) {
	test(`what the ${role} may open`, async ({ playwright, baseURL, sessionOf }) => {
		const storageState = role === 'anonymous' ? undefined : await sessionOf(accounts[role]);
		const actual = {} as Record<Route, number>;
		for (const route of routes) {
			// A new context for each address: visiting /fr/... would otherwise make French stick.
			const request = await playwright.request.newContext({ baseURL, storageState });
			const path = route.replace(':cohort', cohortId);
			const response = await request.get(path, { headers: { Accept: 'text/html' }, maxRedirects: 0 });
			actual[route] = response.status();
			if (response.status() === SIGN_IN) {
				const signIn = path.startsWith('/fr/') ? '/fr/sign-in' : '/sign-in';
				expect(response.headers().location, `redirect from ${path}`).toBe(`${signIn}?next=${encodeURIComponent(path)}`);
			}
			await request.dispose();
		}
		expect(actual).toEqual(expected[role]);
	});
}
