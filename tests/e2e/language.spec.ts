import { expectNoA11yViolations } from './axe';
import { COHORT_1_FR, expect, test } from './fixtures';

test('the language switch moves to French and back; each address keeps its own language, as on Canada.ca', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee02@demo.test' });
	await page.goto('/');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your bootcamp');
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'Français' }).click();
	await expect(page).toHaveURL(/\/fr\/?$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre camp d’entraînement');
	await expect(page.getByRole('region', { name: 'Vos cours' })).toContainText(COHORT_1_FR);
	await expectNoA11yViolations(page);

	// Choosing French does not turn English addresses into French ones.
	await page.goto('/');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your bootcamp');
	await page.goto('/fr');

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
	await expect(page.getByRole('region', { name: 'Vos cours' })).toContainText(COHORT_1_FR);
	await expectNoA11yViolations(page);
});

test('signing in at the English address as a French-preferring person lands on French pages, header and footer included', async ({ page }) => {
	// trainee08's account prefers French; the form is the English one and the browser never chose.
	await page.goto('/sign-in');
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await page.getByLabel('Email address').fill('trainee08@demo.test');
	await page.getByLabel('Password').fill('bootcamp-demo');
	await page.getByRole('button', { name: 'Sign in' }).click();
	await expect(page).toHaveURL(/\/fr\/?$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre camp d’entraînement');
	await expect(page.getByRole('navigation', { name: 'Principal' }).getByRole('link', { name: 'Accueil' })).toBeVisible();
	await expect(page.getByRole('button', { name: 'Se déconnecter' })).toBeVisible();
	await expect(page.getByRole('contentinfo')).toContainText('Bootcamp est la plateforme d’apprentissage');
	await expect(page.getByRole('link', { name: 'English' })).toBeVisible();
});

test('opening a French link does not change the language of English addresses', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee02@demo.test' });
	await page.goto('/fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Votre camp d’entraînement');
	await page.goto('/');
	await expect(page).toHaveURL(/\/$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'en');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your bootcamp');
});
