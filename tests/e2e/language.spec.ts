import { expectNoA11yViolations } from './axe';
import { COHORT_1, expect, test } from './fixtures';

test('the language switch moves to French, the choice sticks, and English comes back', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee02@demo.test' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your bootcamp');
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/?$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre camp d’entraînement');
	await expect(page.getByRole('region', { name: 'Vos cours' })).toContainText(COHORT_1);
	await expectNoA11yViolations(page);

	await page.goto('/');
	await expect(page).toHaveURL(/\/fr\/?$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre camp d’entraînement');

	await page.getByRole('link', { name: 'English' }).click();
	await expect(page).toHaveURL('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your bootcamp');
	await expectNoA11yViolations(page);
});

test('signing in at the French address lands on the French home page', async ({ page }) => {
	await page.goto('/fr/sign-in');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Ouvrir une session');
	await expectNoA11yViolations(page);

	await page.getByLabel('Adresse courriel').fill('trainee04@demo.test');
	await page.getByLabel('Mot de passe').fill('bootcamp-demo');
	await page.getByRole('button', { name: 'Ouvrir une session' }).click();
	await expect(page).toHaveURL(/\/fr\/?$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre camp d’entraînement');
	await expect(page.getByRole('region', { name: 'Vos cours' })).toContainText(COHORT_1);
	await expectNoA11yViolations(page);
});
