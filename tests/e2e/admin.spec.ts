import { expectNoA11yViolations } from './axe';
import { accounts, expect, test } from './fixtures';

test('an admin creates a cohort, after fixing dates that end before they start', async ({ newPage }) => {
	const name = `E2E cohort ${Date.now().toString(36)}`;
	const page = await newPage({ as: accounts.admin });
	await page.goto('/admin');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cohorts');
	await expectNoA11yViolations(page);

	await page.getByLabel('Name in English', { exact: true }).fill(name);
	await page.getByLabel('Start date').fill('2027-03-10');
	await page.getByLabel('End date').fill('2027-03-01');
	await page.getByRole('button', { name: 'Create cohort' }).click();
	await expect(page.getByRole('alert')).toContainText('The end date must be on or after the start date');
	await expect(page.getByLabel('End date')).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Name in English', { exact: true })).toHaveValue(name);
	await expectNoA11yViolations(page);

	await page.getByLabel('End date').fill('2027-04-30');
	await page.getByRole('button', { name: 'Create cohort' }).click();
	await expect(page).toHaveURL(/\/cohorts\/[^/?]+\?created=1$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(name);
	await expect(page.getByRole('status')).toContainText('Cohort created');
	await expectNoA11yViolations(page);
});

test('an admin finds a trainee on the People page and issues a reset link', async ({ newPage }) => {
	const page = await newPage({ as: accounts.admin });
	await page.goto('/admin/people');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('People');
	await expectNoA11yViolations(page);

	await page.getByLabel('Search by name, email or ministry').fill('trainee01');
	await page.getByRole('button', { name: 'Search', exact: true }).click();
	await expect(page).toHaveURL('/admin/people?q=trainee01');
	const rows = page.getByRole('table', { name: 'People' }).getByRole('row');
	await expect(rows).toHaveCount(2);
	await expect(rows.nth(1)).toContainText('trainee01@demo.test');
	await expectNoA11yViolations(page);

	await rows
		.nth(1)
		.getByRole('button', { name: /Password reset link/ })
		.click();
	await expect(page.getByRole('status')).toContainText('One-time links ready: 1');
	await expect(page.getByTestId('invitation-link')).toHaveText(/^http:\/\/localhost:\d+\/invitation\/\S+$/);
	await expectNoA11yViolations(page);
});
