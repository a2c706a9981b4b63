import { readFile } from 'node:fs/promises';
import { expectNoA11yViolations } from './axe';
import { COHORT_1, accounts, expect, test } from './fixtures';

const staff = Array.from({ length: 10 }, (_, i) => `trainee${String(i + 1).padStart(2, '0')}@demo.test`);

test('the manager sees trainee01 to trainee10, each with progress and expected finish, and no one else', async ({ newPage }) => {
	const page = await newPage({ as: accounts.manager });
	await page.goto('/team');
	const table = page.getByRole('table', { name: 'My team' });
	const rows = table.locator('tbody tr');
	await expect(rows).toHaveCount(10);
	const emails = (await rows.locator('th[scope="row"] .bc-muted').allTextContents()).sort();
	expect(emails).toEqual(staff);
	await expect(table).not.toContainText('trainee11@demo.test');
	const first = rows.filter({ hasText: 'trainee01@demo.test' });
	await expect(first).toContainText(COHORT_1);
	await expect(first).toContainText(/\d+ of \d+/);
	await expect(first).toContainText('Expected finish:');
	await expectNoA11yViolations(page);

	await first.getByRole('link').first().click();
	await expect(page.getByRole('heading', { level: 2, name: COHORT_1 })).toBeVisible();
	await expect(
		page
			.getByRole('table')
			.first()
			.getByRole('row', { name: /1\. Welcome/ })
	).toBeVisible();
	await expectNoA11yViolations(page);
});

test("the manager's CSV has their ten people and no one else, and a stranger's page is refused", async ({ newPage, sessionOf, playwright, baseURL }) => {
	const page = await newPage({ as: accounts.manager });
	await page.goto('/team');
	const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Download my team’s progress (CSV)' }).click()]);
	expect(download.suggestedFilename()).toMatch(/^my-team-progress-\d{4}-\d{2}-\d{2}\.csv$/);
	const text = (await readFile((await download.path())!)).toString('utf8');
	expect(text.startsWith('\uFEFF')).toBe(true);
	const people = new Set(
		text
			.trimEnd()
			.split('\r\n')
			.slice(1)
			.map((line) => line.split(',')[1])
	);
	expect([...people].sort()).toEqual(staff);

	// trainee11 (Amélie Singh) has no manager: their id comes from the instructor's dashboard.
	const instructor = await newPage({ as: accounts.instructor });
	await instructor.goto('/');
	await instructor
		.getByRole('listitem')
		.filter({ has: instructor.getByRole('heading', { name: COHORT_1 }) })
		.getByRole('link', { name: 'Progress dashboard' })
		.click();
	const href = await instructor
		.getByRole('table', { name: /Status of each trainee/ })
		.getByRole('row', { name: /Amélie Singh/ })
		.getByRole('link')
		.getAttribute('href');
	const strangerId = href!.split('/').pop();
	const request = await playwright.request.newContext({ baseURL, storageState: await sessionOf(accounts.manager) });
	expect((await request.get(`/team/${strangerId}`, { maxRedirects: 0 })).status()).toBe(403);
	await request.dispose();
});
