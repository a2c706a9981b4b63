import Database from 'better-sqlite3';
import { readFile } from 'node:fs/promises';
import { expectNoA11yViolations } from './axe';
import { accounts, COHORT_1, e2eDatabasePath, expect, test } from './fixtures';

// trainee46 learns in Cohort 1 (3 weeks in, 5 weeks to go) and has done nothing: the first four of
// the ten modules are past due (the fourth was due on day 20 of 56). No other browser test signs in
// as them. The instructor moves only the last module's date, which no standing depends on yet, and
// puts it back.
const trainee = 'trainee46@demo.test';
const COURSE = '/courses/social-media-bootcamp';
const longDate = (date: string) => new Intl.DateTimeFormat('en-CA', { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T12:00:00Z`));
const addDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

function cohortId(): string {
	const db = new Database(e2eDatabasePath(), { readonly: true, fileMustExist: true });
	try {
		return (db.prepare('select id from cohorts where name = ?').get(COHORT_1) as { id: string }).id;
	} finally {
		db.close();
	}
}

test('a trainee sees each due date, the overdue ones said in words, and how far behind they are', async ({ newPage }) => {
	const page = await newPage({ as: trainee });
	await page.goto(COURSE);
	const pace = page.getByRole('region', { name: 'Your pace' });
	await expect(pace).toContainText(/You are 4 modules behind: Module 1 was due [A-Z][a-z]+\s\d{1,2},\s\d{4}\./);
	const modules = page
		.getByRole('listitem')
		.filter({ has: page.getByRole('link') })
		.filter({ hasText: /Due|Overdue/ });
	await expect(modules).toHaveCount(10);
	await expect(page.getByText(/^⚠ Overdue: was due [A-Z][a-z]+\s\d{1,2},\s\d{4}$/)).toHaveCount(4);
	await expect(page.getByText(/^Due [A-Z][a-z]+\s\d{1,2},\s\d{4}$/)).toHaveCount(6);
	await expectNoA11yViolations(page);

	await page
		.getByRole('link', { name: /Welcome/ })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Welcome: social media in the Ontario Public Service');
	await expect(page.getByText(/Overdue: was due /)).toHaveText(/^⚠ Overdue: was due [A-Z][a-z]+\s\d{1,2},\s\d{4}$/);
});

test('an instructor moves a due date, with a clear refusal first, and the trainee sees the new date', async ({ newPage }) => {
	const id = cohortId();
	const instructor = await newPage({ as: accounts.instructor });
	await instructor.goto(`/cohorts/${id}`);
	await instructor.getByRole('link', { name: 'Due dates' }).click();
	await expect(instructor.getByRole('heading', { level: 1 })).toHaveText('Due dates');
	await expectNoA11yViolations(instructor);

	const last = instructor.getByLabel('Due date of module 10');
	const computed = await last.inputValue();
	await last.fill('2099-01-01');
	await instructor.getByRole('button', { name: 'Save due dates' }).click();
	await expect(instructor.getByRole('alert')).toContainText(/The due date of Module 10 \(.+\) must be between .+ and .+\./);
	await expectNoA11yViolations(instructor);

	const moved = addDays(computed, 3);
	await instructor.getByLabel('Due date of module 10').fill(moved);
	await instructor.getByRole('button', { name: 'Save due dates' }).click();
	await expect(instructor.getByRole('status')).toHaveText('Due dates saved: 1 changed.');
	await expect(instructor.getByText('Changed by an instructor')).toHaveCount(1);

	const page = await newPage({ as: trainee });
	await page.goto(COURSE);
	await expect(page.getByText(`Due ${longDate(moved)}`)).toBeVisible();

	await instructor.getByRole('button', { name: 'Reset module 10' }).click();
	await expect(instructor.getByRole('status')).toHaveText('Due dates back to the computed date: 1.');
	await expect(instructor.getByLabel('Due date of module 10')).toHaveValue(computed);
});

test('the trainee downloads their due dates, and subscribes through a secret address they can reset', async ({ newPage, playwright, baseURL }) => {
	const page = await newPage({ as: trainee });
	await page.goto(COURSE);
	await page.getByRole('link', { name: 'Add your due dates to your calendar (Outlook)' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your due dates in your calendar');
	await expectNoA11yViolations(page);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download your due dates (.ics)' }).click()]);
	expect(download.suggestedFilename()).toBe('bootcamp-due-dates.ics');
	const ics = await readFile((await download.path())!, 'utf8');
	expect(ics.startsWith('BEGIN:VCALENDAR\r\n')).toBe(true);
	expect(ics.match(/\r\nBEGIN:VEVENT\r\n/g)).toHaveLength(10);
	expect(ics.replace(/\r\n /g, '')).toContain('SUMMARY:Due: Module 1\\, Welcome: social media in the Ontario Public Service\r\n');

	await page.getByRole('button', { name: /Make my private address|Reset the address/ }).click();
	const address = await page.getByLabel('Your private address (shown only now: copy it)').inputValue();
	expect(address).toMatch(/^http:\/\/.+\/calendar\/[a-z2-7]{32}\.ics$/);
	await expectNoA11yViolations(page);

	// Calendar applications come without cookies.
	const outlook = await playwright.request.newContext({ baseURL });
	const feed = await outlook.get(address);
	expect(feed.status()).toBe(200);
	expect(feed.headers()['content-type']).toBe('text/calendar; charset=utf-8');
	expect(await feed.text()).toContain('BEGIN:VEVENT');

	await page.getByRole('button', { name: 'Reset the address' }).click();
	const next = await page.getByLabel('Your private address (shown only now: copy it)').inputValue();
	expect(next).not.toBe(address);
	const old = await outlook.get(address);
	const unknown = await outlook.get(`/calendar/${'a'.repeat(32)}.ics`);
	expect([old.status(), unknown.status()]).toEqual([404, 404]);
	expect(await old.text()).toBe(await unknown.text());
	expect((await outlook.get(next)).status()).toBe(200);
	await outlook.dispose();
});

test('the dashboard’s standings add up to the enrolled, and everyone at risk shows their standing with the flag', async ({ newPage }) => {
	const page = await newPage({ as: accounts.instructor });
	await page.goto(`/cohorts/${cohortId()}/dashboard`);
	const figure = async (key: string) => Number((await page.locator(`[data-figure="${key}"] dd`).innerText()).match(/^\d+/)![0]);
	const [enrolled, finished, onTrack, behind, atRisk] = await Promise.all(['enrolled', 'finished', 'on-track', 'behind', 'at-risk'].map(figure));
	expect(finished + onTrack + behind).toBe(enrolled);
	await expect(page.getByRole('group', { name: `Standing of the ${enrolled} enrolled` })).toBeVisible();
	const split = (await page.locator('[data-figure="at-risk"] dd').innerText()).match(/of whom (\d+) on track and (\d+) behind/)!;
	expect(Number(split[1]) + Number(split[2])).toBe(atRisk);

	const rows = page.getByRole('table', { name: 'Trainees at risk' }).locator('tbody tr');
	expect(await rows.count()).toBeGreaterThan(0);
	for (const row of await rows.all()) {
		await expect(row.locator('[data-standing]')).toHaveText(/^(On track|Behind)$/);
		await expect(row.locator('[data-at-risk]')).toHaveText('⚑ At risk');
	}
});
