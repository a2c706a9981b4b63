import Database from 'better-sqlite3';
import { accounts, e2eDatabasePath, expect, signInByRequest, test } from './fixtures';

// A guard against regressions in what a page costs the server, not a timing: the test server
// runs with REQUEST_METRICS=true, so every answer says how many database queries it made
// (X-Queries) and how many objects SvelteKit serialized into it for hydration
// (X-Serialized-Objects). A page that starts querying per row (an N+1), or returning data its
// page does not read, goes over its budget here. When a change needs more on purpose, raise the
// page's budget in the same commit and say why; `npm run bench` prints the same counts.
// Budgets sit a little above what the pages need today (other specs change these people's
// progress as they run); the lesson page's is exact: one object more is its data leaking back.

const COURSE = '/courses/fixture-course';

interface Budget {
	/** The page, signed in as `as`; `cohort` is the Fixture Cohort's id. */
	path: (cohort: string) => string;
	as: string;
	/** A number, or for a page that reads cohort by cohort, a number given how many cohorts there are. */
	queries: number | ((cohorts: number) => number);
	serializedObjects: number;
}

const trainee = 'trainee02@demo.test';

const budgets: Record<string, Budget> = {
	'home (trainee)': { path: () => '/', as: trainee, queries: 10, serializedObjects: 30 },
	'course (trainee)': { path: () => COURSE, as: trainee, queries: 6, serializedObjects: 40 },
	// No JavaScript on a lesson: only the layout's few objects, never the lesson itself.
	'module page (trainee)': { path: () => `${COURSE}/basics`, as: trainee, queries: 6, serializedObjects: 7 },
	'exercise (trainee)': { path: () => `${COURSE}/bilingual/exercise`, as: trainee, queries: 8, serializedObjects: 60 },
	'quiz (trainee)': { path: () => `${COURSE}/practice/quiz`, as: trainee, queries: 6, serializedObjects: 20 },
	'records (trainee)': { path: () => '/records', as: trainee, queries: 3, serializedObjects: 10 },
	'home (instructor)': { path: () => '/', as: accounts.instructor, queries: 6, serializedObjects: 18 },
	'cohort (instructor)': { path: (c) => `/cohorts/${c}`, as: accounts.instructor, queries: 6, serializedObjects: 28 },
	'cohort dashboard (instructor)': { path: (c) => `/cohorts/${c}/dashboard`, as: accounts.instructor, queries: 9, serializedObjects: 170 },
	'reviews (instructor)': { path: (c) => `/cohorts/${c}/reviews`, as: accounts.instructor, queries: 5, serializedObjects: 22 },
	'team (manager)': { path: () => '/team', as: accounts.manager, queries: 6, serializedObjects: 130 },
	'admin (admin)': { path: () => '/admin', as: accounts.admin, queries: 6, serializedObjects: 25 },
	// A fixed number of queries per cohort (the dashboard's own reads): grows with cohorts, not people.
	'reports (admin)': { path: () => '/admin/reports', as: accounts.admin, queries: (cohorts) => 3 + 5 * cohorts, serializedObjects: 50 }
};

test('every signed-in page stays within its database queries and hydration data', async ({ playwright, baseURL }) => {
	const db = new Database(e2eDatabasePath(), { readonly: true });
	const cohort = (db.prepare('select id from cohorts where name = ?').get('Fixture Cohort') as { id: string }).id;
	// Other specs make cohorts as they run: counted after each request, an upper bound for it.
	const cohortCount = () => (db.prepare('select count(*) as n from cohorts').get() as { n: number }).n;
	const sessions = new Map<string, Awaited<ReturnType<typeof playwright.request.newContext>>>();
	const over: string[] = [];
	const measured: Record<string, { queries: number; serializedObjects: number }> = {};
	for (const [name, budget] of Object.entries(budgets)) {
		let request = sessions.get(budget.as);
		if (!request) {
			request = await playwright.request.newContext({ baseURL });
			expect((await signInByRequest(request, baseURL!, budget.as)).status(), `signing in as ${budget.as}`).toBe(303);
			sessions.set(budget.as, request);
		}
		// A second visit is measured: a first one also records that the trainee opened the page.
		expect((await request.get(budget.path(cohort), { maxRedirects: 0 })).status(), `${name} answers`).toBe(200);
		const response = await request.get(budget.path(cohort), { maxRedirects: 0 });
		const queries = Number(response.headers()['x-queries']);
		const serializedObjects = Number(response.headers()['x-serialized-objects']);
		expect(Number.isInteger(queries) && Number.isInteger(serializedObjects), `${name} reports its costs`).toBe(true);
		measured[name] = { queries, serializedObjects };
		const allowed = typeof budget.queries === 'number' ? budget.queries : budget.queries(cohortCount());
		if (queries > allowed) over.push(`${name}: ${queries} queries (budget ${allowed})`);
		if (serializedObjects > budget.serializedObjects) over.push(`${name}: ${serializedObjects} objects serialized (budget ${budget.serializedObjects})`);
	}
	for (const request of sessions.values()) await request.dispose();
	db.close();
	expect(over, `over budget; measured: ${JSON.stringify(measured)}`).toEqual([]);
});

test('a lesson sent as HTML does not carry its data, but a client-side navigation still gets it', async ({ request, baseURL }) => {
	expect((await signInByRequest(request, baseURL!, trainee)).status()).toBe(303);
	const html = await request.get(`${COURSE}/basics`);
	expect(html.status()).toBe(200);
	expect(await html.text(), 'no hydration script on a page without JavaScript').not.toContain('__sveltekit');
	// What a page with JavaScript fetches when the trainee follows a link to the lesson.
	const data = await request.get(`${COURSE}/basics/__data.json`);
	expect(data.status()).toBe(200);
	const body = await data.text();
	expect(body).not.toContain('rendered-on-server');
	expect(body).toContain('toc');
});
