import { expectNoA11yViolations } from './axe';
import { COHORT_1, accounts, expect, test } from './fixtures';

test('a manager follows the home page link to the ten people on their team', async ({ newPage }) => {
	const page = await newPage({ as: accounts.manager });
	await page.goto('/');
	await page.getByRole('link', { name: 'See your team' }).click();
	await expect(page).toHaveURL('/team');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('My team');
	const people = page.getByRole('table', { name: 'My team' }).getByRole('row');
	await expect(people).toHaveCount(11);
	await expect(people.filter({ hasText: 'trainee01@demo.test' })).toContainText(COHORT_1);
	await expectNoA11yViolations(page);
});
