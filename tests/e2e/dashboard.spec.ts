import { readFile } from 'node:fs/promises';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { people, seedDashboardProgress } from './dashboard-progress';
import { COHORT_1, COHORT_1_FR, accounts, expect, test } from './fixtures';

let cohortId: string;

test.beforeAll(() => {
	({ cohortId } = seedDashboardProgress());
});

/** Opens every "show the data as a table" so that axe checks the tables too. */
async function openDataTables(page: Page) {
	for (const details of await page.locator('details').all()) await details.evaluate((el) => el.setAttribute('open', ''));
}

test('the instructor opens Cohort 1 and sees who is on track, who is stuck and what waits for review', async ({ newPage }) => {
	const page = await newPage({ as: accounts.instructor });
	await page.goto('/');
	await page
		.getByRole('listitem')
		.filter({ has: page.getByRole('heading', { name: COHORT_1 }) })
		.getByRole('link', { name: 'Progress dashboard' })
		.click();
	await expect(page).toHaveURL(`/cohorts/${cohortId}/dashboard`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Progress: ${COHORT_1}`);

	// Other browser tests record progress in Cohort 1 at the same time: only the fixed figures are exact.
	const figure = (name: string) =>
		page
			.locator('.bc-figures__item')
			.filter({ has: page.getByText(name, { exact: true }) })
			.locator('dd');
	// (The roster-import test adds two people to Cohort 1.)
	expect(Number(await figure('Enrolled').textContent())).toBeGreaterThanOrEqual(50);
	expect(Number(await figure('Active in the last 7 days').textContent())).toBeGreaterThanOrEqual(2);
	await expect(page.getByRole('link', { name: /^\d+ Waiting for review Open the review queue$/ })).toHaveAttribute('href', `/cohorts/${cohortId}/reviews`);
	await expect(page.getByRole('link', { name: 'Quiz statistics' })).toHaveAttribute('href', `/cohorts/${cohortId}/quizzes`);

	const atRisk = page.getByRole('table', { name: 'Trainees at risk' });
	await expect(atRisk.getByRole('row', { name: new RegExp(people.failedTwice.name) })).toContainText('quiz 2 times without passing');
	await expect(atRisk.getByRole('row', { name: new RegExp(people.failedTwice.name) })).toContainText(/No activity for (19|20) days/);

	const matrix = page.getByRole('table', { name: /Status of each trainee in each module/ });
	await expect(matrix.getByRole('columnheader', { name: /^1\. Welcome/ })).toBeVisible();
	await expect(
		matrix
			.getByRole('row', { name: new RegExp(people.finished.name) })
			.getByRole('cell')
			.first()
	).toHaveText('✓ Completed');
	await expect(
		matrix
			.getByRole('row', { name: new RegExp(people.started.name) })
			.getByRole('cell')
			.first()
	).toHaveText('… In progress');

	await expect(page.getByRole('img', { name: /Completion over time/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /How far trainees got/ })).toBeVisible();
	await expect(page.getByRole('img', { name: /Scores in “1\. Welcome/ })).toBeVisible();
	await openDataTables(page);
	await expect(page.getByRole('table', { name: /Scores in “1\. Welcome/ }).getByRole('row', { name: /^50–59/ })).toContainText('2');
	await expectNoA11yViolations(page);
});

test('filters and sorting work without JavaScript', async ({ newPage }) => {
	const page = await newPage({ as: accounts.instructor, javaScriptEnabled: false });
	await page.goto(`/cohorts/${cohortId}/dashboard`);
	await page.getByLabel('Has a module that is').selectOption({ label: 'In progress' });
	await page.getByLabel('Sort by').selectOption({ label: 'Longest without activity first' });
	await page.getByRole('button', { name: 'Apply' }).click();
	await expect(page).toHaveURL(/status=in_progress/);
	// Other browser tests start modules in Cohort 1 too, today: the longest silent comes first.
	const rows = page.getByRole('table', { name: /Status of each trainee in each module/ }).locator('tbody tr');
	await expect(rows.nth(0)).toContainText(people.failedTwice.name);
	await expect(rows.filter({ hasText: people.started.name })).toHaveCount(1);
	await expect(rows.filter({ hasText: people.finished.name })).toHaveCount(0);
	for (const row of await rows.all()) await expect(row).toContainText('In progress');
	await expect(page.getByRole('columnheader', { name: 'Last activity' }).first()).toBeVisible();
	await expectNoA11yViolations(page, { javaScriptEnabled: false });
});

test("a trainee's page shows their timeline of events and quiz attempts", async ({ newPage }) => {
	const page = await newPage({ as: accounts.instructor });
	await page.goto(`/cohorts/${cohortId}/dashboard`);
	await page.getByRole('table', { name: 'Trainees at risk' }).getByRole('link', { name: people.failedTwice.name }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(people.failedTwice.name);
	await expect(page.getByText('Failed the “Welcome')).toBeVisible();
	const timeline = page.locator('.bc-timeline li');
	await expect(timeline).toHaveCount(3);
	await expect(timeline.nth(0)).toContainText('Submitted a quiz attempt');
	await expect(timeline.filter({ hasText: 'score 25 %' })).toContainText('not passed');
	await expect(timeline.nth(2)).toContainText('Opened the module');
	await expectNoA11yViolations(page);
});

test('the progress CSV downloads with a BOM, the cohort and the date in its name', async ({ newPage }) => {
	const page = await newPage({ as: accounts.instructor });
	await page.goto(`/cohorts/${cohortId}/dashboard`);
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download progress (CSV)' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^social-media-bootcamp-cohort-1-progress-\d{4}-\d{2}-\d{2}\.csv$/);
	const bytes = await readFile((await download.path())!);
	expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
	const lines = bytes.toString('utf8').slice(1).trimEnd().split('\r\n');
	const header = lines[0].split(',');
	expect(header.slice(0, 5)).toEqual(['Name', 'Email', 'Ministry', 'Branch', 'Standing']);
	expect(lines.length).toBeGreaterThanOrEqual(51);
	const finished = lines.find((line) => line.includes(people.finished.email))!.split(',');
	expect(finished[0]).toBe(people.finished.name);
	expect(finished[header.indexOf('Modules completed')]).toBe('1');
	expect(finished[header.findIndex((title) => title.startsWith('Welcome'))]).toBe('Completed');

	const quizzes = await page.request.get(`/cohorts/${cohortId}/export/quizzes`);
	expect(quizzes.headers()['content-disposition']).toMatch(/attachment; filename="social-media-bootcamp-cohort-1-quiz-results-\d{4}-\d{2}-\d{2}\.csv"/);
	const results = (await quizzes.text())
		.replace(/^\uFEFF/, '')
		.trimEnd()
		.split('\r\n');
	expect(results.filter((line) => line.includes(people.failedTwice.email)).map((line) => line.split(',').slice(-2).join(','))).toEqual(['25,No', '50,No']);
});

test('the admin overview lists every cohort with its figures', async ({ newPage }) => {
	const page = await newPage({ as: accounts.admin });
	await page.goto('/admin');
	const row = page.getByRole('table', { name: 'All cohorts' }).getByRole('row', { name: new RegExp(COHORT_1) });
	expect(Number(await row.getByRole('cell').nth(2).textContent())).toBeGreaterThanOrEqual(50);
	await row.getByRole('link', { name: `Progress dashboard — ${COHORT_1}` }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Progress: ${COHORT_1}`);
});

test('only the cohort’s instructors and admins see its dashboard and its trainees', async ({ sessionOf, playwright, baseURL }) => {
	for (const [who, status] of [
		[accounts.trainee, 403],
		[accounts.manager, 403],
		[accounts.admin, 200]
	] as const) {
		const request = await playwright.request.newContext({ baseURL, storageState: await sessionOf(who) });
		for (const path of [`/cohorts/${cohortId}/dashboard`, `/cohorts/${cohortId}/export/progress`]) {
			expect((await request.get(path, { maxRedirects: 0 })).status(), `${who} ${path}`).toBe(status);
		}
		await request.dispose();
	}
});

test('the dashboard and a trainee’s page read in French', async ({ newPage }) => {
	const page = await newPage({ as: accounts.instructor });
	await page.goto(`/fr/cohorts/${cohortId}/dashboard`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Progression : ${COHORT_1_FR}`);
	await expect(page.getByRole('table', { name: /État de chaque participant dans chaque module/ })).toBeVisible();
	await expect(page.getByRole('link', { name: 'Télécharger la progression (CSV)' })).toHaveAttribute('href', `/fr/cohorts/${cohortId}/export/progress`);
	await openDataTables(page);
	await expectNoA11yViolations(page);
	await page.getByRole('table', { name: 'Participants à risque' }).getByRole('link', { name: people.failedTwice.name }).click();
	await expect(page.getByText('A soumis une tentative au questionnaire').first()).toBeVisible();
	await expectNoA11yViolations(page);
});
