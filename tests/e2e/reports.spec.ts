import { readFile } from 'node:fs/promises';
import type { Locator } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { seedDashboardProgress } from './dashboard-progress';
import { COHORT_1, accounts, expect, test } from './fixtures';

test.beforeAll(() => {
	seedDashboardProgress();
});

// Other browser tests record progress and import people at the same time: the figures are checked
// for what holds whatever they do (each row adds up; Cohort 1 has its 50 trainees at least).

/** The numbers of a row: enrolled, then each column's count (the percentage beside it dropped). */
async function figuresOf(row: Locator): Promise<number[]> {
	const cells = await row.getByRole('cell').allTextContents();
	return cells.map((text) => Number(text.split('(')[0].replace(/[\s\u00a0\u202f,]/g, '')));
}

test('an administrator reads completion by ministry and branch, narrows it to a cohort and downloads it', async ({ newPage }) => {
	const page = await newPage({ as: accounts.admin });
	await page.goto('/admin');
	await page.getByRole('link', { name: 'Ministries at a glance: completion by ministry and branch' }).click();
	await expect(page).toHaveURL('/admin/reports');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ministries at a glance');
	await expect(page.getByRole('heading', { name: 'How the figures are counted' })).toBeVisible();

	const table = page.getByRole('table', { name: /^Completion by ministry and branch \(\d+ cohorts counted\)$/ });
	await expect(table.getByRole('columnheader')).toHaveText(['Ministry and branch', 'Enrolled', 'Finished', 'On track', 'Behind', 'Not started']);
	const total = table.getByRole('row', { name: /^All ministries/ });
	const [enrolled, ...columns] = await figuresOf(total);
	expect(enrolled).toBeGreaterThanOrEqual(50);
	expect(columns.reduce((a, b) => a + b, 0)).toBe(enrolled);
	await expect(total.getByRole('cell').nth(1)).toHaveText(/^\d+ \(\d+%\)$/);
	// Every ministry's row adds up too; the dashboard tests' trainees have started.
	for (const row of await table.getByTestId('report-ministry').all()) {
		const [rowEnrolled, ...rowColumns] = await figuresOf(row);
		expect(rowColumns.reduce((a, b) => a + b, 0)).toBe(rowEnrolled);
	}
	expect(columns[3]).toBeLessThan(enrolled);
	await expect(page.getByRole('cell').first()).toHaveCSS('text-align', 'right');
	await expectNoA11yViolations(page);

	await page.getByLabel('Cohort', { exact: true }).selectOption({ label: COHORT_1 });
	await page.getByRole('button', { name: 'Show these figures' }).click();
	await expect(page).toHaveURL(/\/admin\/reports\?cohort=[a-z2-7]{24}&course=$/);
	await expect(page.getByRole('table', { name: 'Completion by ministry and branch (1 cohorts counted)' })).toBeVisible();
	await expect(page.getByLabel('Cohort', { exact: true })).toHaveValue(/^[a-z2-7]{24}$/);

	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download these figures (CSV)' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^ministries-completion-\d{4}-\d{2}-\d{2}\.csv$/);
	const csv = (await readFile((await download.path())!)).toString('utf8');
	expect(csv.startsWith('\uFEFFMinistry,Branch,Enrolled,Finished,Finished (%),On track')).toBe(true);
	const last = csv.trimEnd().split('\r\n').at(-1)!.split(',');
	expect(last[0]).toBe('All ministries');
	const [csvEnrolled, , , csvOnTrack, , csvBehind, , csvNotStarted] = last.slice(2).map(Number);
	expect(csvEnrolled).toBeGreaterThanOrEqual(50);
	expect(Number(last[3]) + csvOnTrack + csvBehind + csvNotStarted).toBe(csvEnrolled);
});

test('in French the percentages keep their non-breaking space, and on a phone the table scrolls in a region the keyboard reaches', async ({ newPage }) => {
	const page = await newPage({ as: accounts.admin, viewport: { width: 360, height: 740 } });
	await page.goto('/fr/admin/reports');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Les ministères en un coup d’œil');
	const total = page.getByRole('row', { name: /^Tous les ministères/ });
	await expect(total.getByRole('cell').nth(1)).toHaveText(/^\d+ \(\d+\u00a0%\)$/);

	const region = page.getByRole('region', { name: /^Achèvement par ministère et direction \(\d+ cohortes comptées\)$/ });
	await expect(region).toHaveAttribute('tabindex', '0');
	const widths = await region.evaluate((el) => ({ inner: el.scrollWidth, outer: el.clientWidth, page: document.documentElement.scrollWidth }));
	expect(widths.inner).toBeGreaterThan(widths.outer);
	expect(widths.page).toBeLessThanOrEqual(360);
	await region.focus();
	await page.keyboard.press('ArrowRight');
	await expect.poll(() => region.evaluate((el) => el.scrollLeft)).toBeGreaterThan(0);
	await expectNoA11yViolations(page);
});

test('an instructor cannot open the report nor its export', async ({ newPage }) => {
	const page = await newPage({ as: accounts.instructor });
	for (const path of ['/admin/reports', '/admin/reports/export']) {
		const response = await page.request.get(path, { maxRedirects: 0 });
		expect(response.status(), path).toBe(403);
	}
});
