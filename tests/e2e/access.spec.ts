import Database from 'better-sqlite3';
import { createHmac } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { readdirSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { APIRequestContext, APIResponse } from '@playwright/test';
import { accounts, e2eDatabasePath, expect, signInByRequest, test } from './fixtures';

// Who may open what: every page and endpoint under src/routes, for every role, asked without
// following redirects. A route directory missing from the table fails the first test, so a new
// route cannot ship without saying who may open it.

const roles = ['anonymous', 'trainee', 'manager', 'instructor', 'otherInstructor', 'admin'] as const;
type Role = (typeof roles)[number];

/**
 * The people: trainee03 (managed by the demo manager) learns in the Fixture Cohort and earns a
 * Records Course record below; the demo instructor teaches both cohorts; trainee48 teaches only
 * a cohort made here, so they stand for "the instructor of another cohort".
 */
const people: Record<Exclude<Role, 'anonymous'>, string> = {
	trainee: 'trainee03@demo.test',
	manager: accounts.manager,
	instructor: accounts.instructor,
	otherInstructor: 'trainee48@demo.test',
	admin: accounts.admin
};

/** Real ids, made through the app's own forms and read back from the test server's database. */
interface World {
	cohort: string;
	recordsCohort: string;
	trainee: string;
	attempt: string;
	submission: string;
	record: string;
	code: string;
	invitation: string;
	apiToken: string;
	language: Record<Role, string>;
	/** An email in the outbox, and a signed unsubscribe token (the manager's). */
	outbox: string;
	unsubscribe: string;
	/** trainee03's secret calendar address (its token). */
	calendar: string;
}

const SIGN_IN = 'sign-in' as const;
type Expected = number | typeof SIGN_IN;

interface Row {
	/** The route's directory under src/routes ('' for the root). */
	route: string;
	path: (w: World, role: Role) => string;
	method?: 'GET' | 'POST';
	headers?: (w: World) => Record<string, string>;
	body?: unknown;
	/** A form action's fields, posted as a browser without JavaScript does. */
	form?: Record<string, string>;
	expect: Record<Role, Expected>;
}

const everyone = (status: Expected): Record<Role, Expected> => ({
	anonymous: status,
	trainee: status,
	manager: status,
	instructor: status,
	otherInstructor: status,
	admin: status
});
const signedIn = (status: number): Record<Role, Expected> => ({ ...everyone(status), anonymous: SIGN_IN });
const adminOnly: Record<Role, Expected> = { ...signedIn(403), admin: 200 };
const cohortStaff: Record<Role, Expected> = { ...signedIn(403), instructor: 200, admin: 200 };
const managerOnly: Record<Role, Expected> = { ...signedIn(403), manager: 200 };
/** The holder, their manager, the instructor of the cohort it was earned in, admins. */
const recordViewers: Record<Role, Expected> = { ...signedIn(200), otherInstructor: 403 };
const learners: Record<Role, Expected> = { ...signedIn(403), trainee: 200, instructor: 200, admin: 200 };

const COURSE = '/courses/fixture-course';
const ABSENT_ID = 'aaaaaaaaaaaaaaaaaaaaaaaa';

const table: Row[] = [
	{ route: '', path: () => '/', expect: signedIn(200) },
	{ route: '', path: () => '/fr', expect: signedIn(200) },
	{ route: 'admin', path: () => '/admin', expect: adminOnly },
	{ route: 'admin', path: () => '/fr/admin', expect: adminOnly },
	{ route: 'admin/people', path: () => '/admin/people?q=_', expect: adminOnly },
	{ route: 'admin/records', path: () => '/admin/records?q=%25', expect: adminOnly },
	{ route: 'admin/records/[id=id]', path: (w) => `/admin/records/${w.record}`, expect: adminOnly },
	{ route: 'admin/records/[id=id]', path: () => `/admin/records/${ABSENT_ID}`, expect: { ...adminOnly, admin: 404 } },
	{ route: 'admin/tokens', path: () => '/admin/tokens', expect: adminOnly },
	// The API answers tokens, not sessions: 401 without one whoever asks.
	{ route: 'api/v1/records', path: () => '/api/v1/records', expect: everyone(401) },
	{ route: 'api/v1/records', path: () => '/api/v1/records', headers: (w) => ({ Authorization: `Bearer ${w.apiToken}` }), expect: everyone(200) },
	{ route: 'api/v1/records/[id]', path: (w) => `/api/v1/records/${w.record}`, expect: everyone(401) },
	{
		route: 'api/v1/records/[id]',
		path: (w) => `/api/v1/records/${w.record}`,
		headers: (w) => ({ Authorization: `Bearer ${w.apiToken}` }),
		expect: everyone(200)
	},
	{
		route: 'api/v1/records/[id]',
		path: () => `/api/v1/records/${ABSENT_ID}`,
		headers: (w) => ({ Authorization: `Bearer ${w.apiToken}` }),
		expect: everyone(404)
	},
	{ route: 'cohorts/[id=id]', path: (w) => `/cohorts/${w.cohort}`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]', path: () => `/cohorts/${ABSENT_ID}`, expect: { ...signedIn(403), admin: 404 } },
	{ route: 'cohorts/[id=id]/dashboard', path: (w) => `/cohorts/${w.cohort}/dashboard`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]/export/progress', path: (w) => `/cohorts/${w.cohort}/export/progress`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]/export/quizzes', path: (w) => `/cohorts/${w.cohort}/export/quizzes`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]/import', path: (w) => `/cohorts/${w.cohort}/import`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]/quizzes', path: (w) => `/cohorts/${w.cohort}/quizzes`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]/quizzes/[module=slug]', path: (w) => `/cohorts/${w.cohort}/quizzes/practice`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]/quizzes/[module=slug]/[user=id]', path: (w) => `/cohorts/${w.cohort}/quizzes/practice/${w.trainee}`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]/reviews', path: (w) => `/cohorts/${w.cohort}/reviews`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]/reviews/[submission=id]', path: (w) => `/cohorts/${w.cohort}/reviews/${w.submission}`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]/settings', path: (w) => `/cohorts/${w.cohort}/settings`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]/schedule', path: (w) => `/cohorts/${w.cohort}/schedule`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]/schedule', path: () => `/cohorts/${ABSENT_ID}/schedule`, expect: { ...signedIn(403), admin: 404 } },
	{ route: 'cohorts/[id=id]/trainees/[user=id]', path: (w) => `/cohorts/${w.cohort}/trainees/${w.trainee}`, expect: cohortStaff },
	// The Records Cohort, where trainee03 earned the record: its dashboard and timeline link to it.
	{ route: 'cohorts/[id=id]/dashboard', path: (w) => `/cohorts/${w.recordsCohort}/dashboard`, expect: cohortStaff },
	{ route: 'cohorts/[id=id]/trainees/[user=id]', path: (w) => `/cohorts/${w.recordsCohort}/trainees/${w.trainee}`, expect: cohortStaff },
	{ route: 'courses/[course=slug]', path: () => COURSE, expect: learners },
	{ route: 'courses/[course=slug]', path: () => '/courses/no-such-course', expect: signedIn(404) },
	{ route: 'courses/[course=slug]/[module=slug]', path: () => `${COURSE}/basics`, expect: learners },
	{ route: 'courses/[course=slug]/[module=slug]/exercise', path: () => `${COURSE}/bilingual/exercise`, expect: learners },
	{
		route: 'courses/[course=slug]/[module=slug]/exercise/draft',
		path: () => `${COURSE}/bilingual/exercise/draft`,
		method: 'POST',
		body: {
			platform: 'facebook',
			posts: [
				{ text: 'Access table draft', alts: [] },
				{ text: 'Brouillon', alts: [] }
			],
			clientSavedAt: 0
		},
		// The trainee may draft, but has just submitted this exercise: nothing is left to draft (409).
		expect: { anonymous: 401, trainee: 409, manager: 403, instructor: 403, otherInstructor: 403, admin: 403 }
	},
	{
		route: 'courses/[course=slug]/[module=slug]/exercise/checks',
		path: () => `${COURSE}/bilingual/exercise/checks`,
		method: 'POST',
		body: {
			platform: 'facebook',
			posts: [
				{ text: 'Access table check', alts: [] },
				{ text: 'Vérification', alts: [] }
			]
		},
		// Live checks are for the trainee who may still answer: this one has just submitted (409).
		expect: { anonymous: 401, trainee: 409, manager: 403, instructor: 403, otherInstructor: 403, admin: 403 }
	},
	{
		route: 'courses/[course=slug]/[module=slug]/exercise/checks',
		path: () => '/courses/social-media-bootcamp/welcome/exercise/checks',
		method: 'POST',
		body: { platform: 'facebook', posts: [{ text: 'Scam alert: a fake account is posing as us.', alts: [''] }] },
		// Trainees of Cohort 1 (trainee48 learns there too) get their results; its staff and admins are not answering it.
		expect: { anonymous: 401, trainee: 200, manager: 403, instructor: 403, otherInstructor: 200, admin: 403 }
	},
	{ route: 'courses/[course=slug]/[module=slug]/quiz', path: () => `${COURSE}/practice/quiz`, expect: learners },
	// Someone else's attempt is not found for staff of the course (their own attempts live there), and forbidden to others.
	{
		route: 'courses/[course=slug]/[module=slug]/quiz/attempts/[attempt=id]',
		path: (w) => `${COURSE}/practice/quiz/attempts/${w.attempt}`,
		expect: { ...signedIn(403), trainee: 200, instructor: 404, admin: 404 }
	},
	{ route: 'invitation/[token]', path: (w) => `/invitation/${w.invitation}`, expect: everyone(200) },
	{ route: 'language/[locale]', path: (w, role) => `/language/${w.language[role]}?next=/records`, expect: everyone(303) },
	{ route: 'language/[locale]', path: () => '/language/xx', expect: everyone(404) },
	{ route: 'records', path: () => '/records', expect: signedIn(200) },
	{ route: 'records/[id=id]', path: (w) => `/records/${w.record}`, expect: recordViewers },
	{ route: 'records/[id=id]', path: (w) => `/fr/records/${w.record}`, expect: recordViewers },
	{ route: 'records/[id=id]', path: () => `/records/${ABSENT_ID}`, expect: signedIn(404) },
	{ route: 'records/[id=id]/certificate.pdf', path: (w) => `/records/${w.record}/certificate.pdf?lang=fr`, expect: recordViewers },
	{ route: 'records/[id=id]/credential.json', path: (w) => `/records/${w.record}/credential.json`, expect: recordViewers },
	{ route: 'sign-in', path: () => '/sign-in', expect: { ...everyone(303), anonymous: 200 } },
	{ route: 'sign-out', path: () => '/sign-out', expect: everyone(303) },
	{ route: 'team', path: () => '/team', expect: managerOnly },
	{ route: 'team/[user=id]', path: (w) => `/team/${w.trainee}`, expect: managerOnly },
	{ route: 'team/export', path: () => '/team/export', expect: managerOnly },
	{ route: 'verify', path: () => '/verify', expect: everyone(200) },
	{ route: 'verify/[code]', path: (w) => `/verify/${w.code}`, expect: everyone(200) },
	{ route: 'verify/[code]', path: (w) => `/fr/verify/${w.code}`, expect: everyone(200) },
	{ route: 'verify/[code]', path: () => '/verify/BC-2222-2222', expect: everyone(404) },
	{ route: 'verify/status/revocation', path: () => '/verify/status/revocation', expect: everyone(200) },
	{ route: '.well-known/did.json', path: () => '/.well-known/did.json', expect: everyone(200) },
	{ route: 'reset-password', path: () => '/reset-password', expect: { ...everyone(303), anonymous: 200 } },
	{ route: 'reset-password', path: () => '/fr/reset-password', expect: { ...everyone(303), anonymous: 200 } },
	{ route: 'admin/outbox', path: () => '/admin/outbox?page=x', expect: adminOnly },
	{ route: 'admin/outbox/[id=id]', path: (w) => `/admin/outbox/${w.outbox}`, expect: adminOnly },
	{ route: 'admin/outbox/[id=id]', path: () => `/admin/outbox/${ABSENT_ID}`, expect: { ...adminOnly, admin: 404 } },
	// The signed token is the permission: no sign-in, and opening it changes nothing.
	{ route: 'unsubscribe/[token]', path: (w) => `/unsubscribe/${w.unsubscribe}`, expect: everyone(200) },
	{ route: 'unsubscribe/[token]', path: (w) => `/unsubscribe/${w.unsubscribe.slice(0, -3)}AAA`, expect: everyone(404) },
	// Anyone may see the due dates of anyone whose secret calendar address they hold, and nothing else.
	{ route: 'calendar', path: () => '/calendar', expect: signedIn(200) },
	{ route: 'calendar/download', path: () => '/calendar/download', expect: signedIn(200) },
	{ route: 'calendar/[token].ics', path: (w) => `/calendar/${w.calendar}.ics`, expect: everyone(200) },
	{ route: 'calendar/[token].ics', path: () => `/calendar/${'a'.repeat(32)}.ics`, expect: everyone(404) },
	{ route: 'admin/reports', path: () => '/admin/reports', expect: adminOnly },
	{ route: 'admin/reports', path: (w) => `/fr/admin/reports?cohort=${w.cohort}`, expect: adminOnly },
	{ route: 'admin/reports', path: () => `/admin/reports?cohort=${ABSENT_ID}`, expect: { ...adminOnly, admin: 400 } },
	{ route: 'admin/reports/export', path: () => '/admin/reports/export?course=fixture-course', expect: adminOnly },
	{ route: 'cohorts/[id=id]/trainees/[user=id]/sign-in-link', path: (w) => `/cohorts/${w.cohort}/trainees/${w.trainee}/sign-in-link`, expect: cohortStaff },
	{
		route: 'cohorts/[id=id]/trainees/[user=id]/sign-in-link',
		path: (w) => `/cohorts/${w.cohort}/trainees/${ABSENT_ID}/sign-in-link`,
		expect: { ...cohortStaff, instructor: 404, admin: 404 }
	},
	// Reminders: 403 for all but the cohort's staff, who are refused (400) a trainee who is not in the cohort.
	{
		route: 'cohorts/[id=id]/dashboard',
		path: (w) => `/cohorts/${w.cohort}/dashboard?/remind`,
		method: 'POST',
		form: { trainee: ABSENT_ID, note: 'Access table' },
		expect: { ...signedIn(403), instructor: 400, admin: 400 }
	},
	{
		route: 'cohorts/[id=id]/settings',
		path: (w) => `/cohorts/${w.cohort}/settings`,
		method: 'POST',
		form: { nudge_days: 'many' },
		expect: { ...signedIn(403), instructor: 400, admin: 400 }
	},
	{ route: 'team', path: () => '/team?/digest', method: 'POST', form: { receive: 'no' }, expect: managerOnly },
	// The footer's pages, for anyone (signed in or not), in both languages.
	{ route: 'accessibility', path: () => '/accessibility', expect: everyone(200) },
	{ route: 'accessibility', path: () => '/fr/accessibility', expect: everyone(200) },
	{ route: 'privacy', path: () => '/privacy', expect: everyone(200) },
	{ route: 'privacy', path: () => '/fr/privacy', expect: everyone(200) },
	{ route: 'contact', path: () => '/contact', expect: everyone(200) },
	{ route: 'contact', path: () => '/fr/contact', expect: everyone(200) },
	// Single sign-on: this server has no OIDC_* settings, so both are not found (tests/e2e/sso.spec.ts runs them with a provider).
	{ route: 'sign-in/oidc', path: () => '/sign-in/oidc?next=/', expect: everyone(404) },
	{ route: 'sign-in/oidc/callback', path: () => '/sign-in/oidc/callback?code=abc&state=def', expect: everyone(404) }
];

/** Every directory under src/routes that serves something: a page or an endpoint. */
function routeDirectories(): string[] {
	const root = join(process.cwd(), 'src', 'routes');
	const files = readdirSync(root, { recursive: true, encoding: 'utf8' });
	const dirs = files
		.filter((file) => /(^|[\\/])\+(page|server)\.[a-z.]+$/.test(file))
		.map((file) =>
			relative(root, join(root, file, '..'))
				.split(sep)
				.join('/')
		);
	return [...new Set(dirs)].sort();
}

test('the table lists every route under src/routes, and nothing that is not one', () => {
	const routes = routeDirectories();
	expect(routes.length, 'route directories found under src/routes').toBeGreaterThan(30);
	const listed = new Set(table.map((row) => row.route));
	expect(
		routes.filter((route) => !listed.has(route)),
		'routes the table does not list'
	).toEqual([]);
	expect(
		[...listed].filter((route) => !routes.includes(route)),
		'rows for routes that no longer exist'
	).toEqual([]);
});

test.describe('as each role', () => {
	// One worker makes the world once; each role's table then runs against it in order.
	test.describe.configure({ mode: 'serial' });
	let world: World;

	test.beforeAll(async ({ playwright }, workerInfo) => {
		test.setTimeout(120_000);
		world = await makeWorld(playwright.request.newContext.bind(playwright.request), workerInfo.project.use.baseURL!);
	});

	for (const role of roles) {
		test(`what the ${role} may open: status, sign-in redirect, no skipped heading level`, async ({ playwright, baseURL, sessionOf }) => {
			const storageState = role === 'anonymous' ? undefined : await sessionOf(people[role]);
			const actual: string[] = [];
			const wanted: string[] = [];
			for (const row of table) {
				// A new context for each address: visiting /fr/... would otherwise make French stick.
				const request = await playwright.request.newContext({ baseURL, storageState });
				const path = row.path(world, role);
				const response = await send(request, row, path, world, baseURL!);
				const status = response.status();
				const location = response.headers().location ?? '';
				const signIn = path.startsWith('/fr') ? '/fr/sign-in' : '/sign-in';
				const seen = status === 303 && location === `${signIn}?next=${encodeURIComponent(path)}` ? SIGN_IN : status;
				actual.push(`${row.method ?? 'GET'} ${path} → ${seen}`);
				wanted.push(`${row.method ?? 'GET'} ${path} → ${row.expect[role]}`);
				if (status === 200 && (response.headers()['content-type'] ?? '').startsWith('text/html')) {
					expect(skippedHeadings(await response.text()), `headings on ${path} as ${role}`).toEqual([]);
				}
				await request.dispose();
			}
			expect(actual).toEqual(wanted);
		});
	}

	for (const role of roles.filter((r) => r !== 'anonymous')) {
		test(`no link the ${role} is shown leads to an error`, async ({ playwright, baseURL, sessionOf }) => {
			test.setTimeout(180_000);
			const request = await playwright.request.newContext({ baseURL, storageState: await sessionOf(people[role as Exclude<Role, 'anonymous'>]) });
			const pages = table.filter((row) => row.expect[role] === 200 && !row.method && !row.headers).map((row) => row.path(world, role));
			const links = new Map<string, string>();
			for (const path of pages) {
				// Redirects followed: a French speaker's session moves to /fr/… once it has the cookie.
				const response = await request.get(path, { headers: { Accept: 'text/html' } });
				if (!(response.headers()['content-type'] ?? '').startsWith('text/html')) continue;
				for (const href of linksIn(await response.text())) if (!links.has(href)) links.set(href, path);
			}
			const broken: string[] = [];
			for (const [href, from] of links) {
				const response = await request.get(href, { headers: { Accept: 'text/html' } });
				const landed = new URL(response.url()).pathname;
				if (response.status() >= 400 || /^\/(fr\/)?sign-in$/.test(landed)) broken.push(`${href} (linked from ${from}) → ${response.status()} ${landed}`);
			}
			expect(links.size).toBeGreaterThan(3);
			expect(broken).toEqual([]);
			await request.dispose();
		});
	}
});

function send(request: APIRequestContext, row: Row, path: string, world: World, origin: string): Promise<APIResponse> {
	const headers = { Accept: 'text/html', ...row.headers?.(world) };
	if (row.method === 'POST' && row.form) return request.post(path, { headers: { ...headers, Origin: origin }, form: row.form, maxRedirects: 0 });
	if (row.method === 'POST')
		return request.post(path, { headers: { ...headers, Accept: 'application/json', Origin: origin }, data: row.body, maxRedirects: 0 });
	return request.get(path, { headers, maxRedirects: 0 });
}

/** Heading levels that jump more than one below the heading before them (an h4 after an h2). */
function skippedHeadings(html: string): string[] {
	const levels = [...html.matchAll(/<h([1-6])\b/gi)].map((match) => Number(match[1]));
	return levels.flatMap((level, i) => (i > 0 && level > levels[i - 1] + 1 ? [`h${level} after h${levels[i - 1]}`] : []));
}

/**
 * The app's own links on a page, as paths on this site. Language switches are left out: following
 * one changes the account's preferred language, which other tests rely on.
 */
function linksIn(html: string): string[] {
	const hrefs = [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/gi)].map((match) => match[1].replace(/&amp;/g, '&'));
	return hrefs.filter((href) => href.startsWith('/') && !href.startsWith('//') && !/^\/(fr\/)?language\//.test(href)).map((href) => href.split('#')[0]);
}

/**
 * The world the table needs, made as people would: the admin creates a cohort and makes trainee48
 * its instructor, issues an API token and a reset link; trainee03 reads the basics, starts a quiz, submits an
 * exercise and finishes the Records Course. Ids are then read from the database, read-only.
 */
async function makeWorld(newContext: (options: { baseURL: string }) => Promise<APIRequestContext>, baseURL: string): Promise<World> {
	const as = async (email: string) => {
		const request = await newContext({ baseURL });
		expect((await signInByRequest(request, baseURL, email)).status(), `signing in as ${email}`).toBe(303);
		return request;
	};
	const post = (request: APIRequestContext, path: string, form: Record<string, string>) =>
		request.post(path, { form, headers: { Accept: 'text/html', Origin: baseURL }, maxRedirects: 0 });

	const admin = await as(people.admin);
	const created = await post(admin, '/admin?/create', {
		name: `Access table cohort ${Date.now().toString(36)}`,
		course: 'records-course',
		starts_on: '2026-01-01',
		ends_on: '2027-12-31'
	});
	expect(created.status(), 'creating the other cohort').toBe(303);
	const otherCohort = created.headers().location.match(/\/cohorts\/([a-z2-7]{24})/)![1];
	expect((await post(admin, `/cohorts/${otherCohort}?/instructor`, { email: people.otherInstructor })).status()).toBe(200);
	const tokenPage = await (await post(admin, '/admin/tokens?/create', { label: 'Access table' })).text();
	const apiToken = tokenPage.match(/data-testid="new-token">([^<]+)</)![1];
	const trainee = await as(people.trainee);
	// The practice quiz opens once the basics lesson is done.
	expect((await post(trainee, `${COURSE}/basics?/complete`, {})).status(), 'completing basics').toBe(200);
	const started = await post(trainee, `${COURSE}/practice/quiz?/start`, {});
	expect(started.status(), 'starting the quiz').toBe(303);
	const attempt = started.headers().location.match(/attempts\/([a-z2-7]{24})/)![1];
	const submitted = await post(trainee, `${COURSE}/bilingual/exercise?/submit`, {
		platform: 'x',
		'post-0':
			'The Lakeshore Trail at Presqu’ile Provincial Park is closed because of flooding. The campground stays open. Check ontarioparks.ca/alerts before you go.',
		'post-1':
			'Le sentier Lakeshore du parc provincial Presqu’ile est fermé en raison d’inondations. Le terrain de camping reste ouvert. Consultez ontarioparks.ca/alerts avant de partir.',
		'alt-0-0': 'A forest trail under brown water, with a wooden barrier across it.',
		'alt-1-0': 'Un sentier forestier sous une eau brune, barré par une barrière en bois.'
	});
	expect(submitted.status(), 'submitting the exercise').toBe(303);
	for (const module of ['start', 'practice', 'finish']) {
		expect((await post(trainee, `/courses/records-course/${module}?/complete`, {})).status(), `completing ${module}`).toBe(200);
	}

	const calendarPage = await (await post(trainee, '/calendar?/reset', {})).text();
	const calendar = calendarPage.match(/\/calendar\/([a-z2-7]{32})\.ics/)![1];

	const db = new Database(e2eDatabasePath(), { readonly: true, fileMustExist: true });
	try {
		const userId = (email: string) => (db.prepare('select id from users where email = ?').get(email) as { id: string }).id;
		const traineeId = userId(people.trainee);
		const cohortNamed = (name: string) => (db.prepare('select id from cohorts where name = ?').get(name) as { id: string }).id;
		const cohort = cohortNamed('Fixture Cohort');
		const submission = db.prepare('select id from exercise_submissions where user_id = ? and cohort_id = ? order by version desc').get(traineeId, cohort) as {
			id: string;
		};
		const record = db.prepare("select id, code from completion_records where user_id = ? and course_slug = 'records-course'").get(traineeId) as {
			id: string;
			code: string;
		};
		const language = Object.fromEntries(
			roles.map((role) => [
				role,
				role === 'anonymous' ? 'fr' : (db.prepare('select preferred_language as l from users where email = ?').get(people[role]) as { l: string }).l
			])
		) as Record<Role, string>;
		// A reset link for trainee47, whom no other test signs in as.
		const linkPage = await (await post(admin, '/admin/people?/link', { user: userId('trainee47@demo.test') })).text();
		const invitation = linkPage.match(/\/invitation\/([^<"\s]+)/)![1];
		const outbox = (db.prepare('select id from outbox order by created_at desc limit 1').get() as { id: string }).id;
		return {
			cohort,
			recordsCohort: cohortNamed('Records Cohort'),
			trainee: traineeId,
			attempt,
			submission: submission.id,
			record: record.id,
			code: record.code,
			invitation,
			apiToken,
			language,
			outbox,
			unsubscribe: unsubscribeToken(userId(people.manager)),
			calendar
		};
	} finally {
		db.close();
		await Promise.all([admin.dispose(), trainee.dispose()]);
	}
}

/** A signed unsubscribe token, made as the server makes them (src/lib/server/mail/service.ts) with its key beside the database. */
function unsubscribeToken(userId: string): string {
	const { secretKeyMultibase } = JSON.parse(readFileSync(join(dirname(e2eDatabasePath()), 'issuer-key.json'), 'utf8')) as { secretKeyMultibase: string };
	const key = createHmac('sha256', secretKeyMultibase).update('bootcamp unsubscribe link v1').digest();
	return `${userId}.${createHmac('sha256', key).update(userId).digest('base64url')}`;
}
