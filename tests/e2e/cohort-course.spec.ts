import { expectNoA11yViolations } from './axe';
import { accounts, expect, test } from './fixtures';

test('a new cohort’s course is picked from the catalogue by its title, in the page’s language', async ({ newPage }) => {
	const page = await newPage({ as: accounts.admin });
	await page.goto('/admin');
	const course = page.getByLabel('Course', { exact: true });
	await expect(course).toHaveValue('social-media-bootcamp');
	await expect(course.locator('option')).toHaveText(['Fixture Course', 'Flow Course', 'Records Course', 'Social Media Bootcamp']);

	await page.goto('/fr/admin');
	await expect(page.getByLabel('Cours', { exact: true }).locator('option')).toHaveText([
		'Camp d’entraînement sur les médias sociaux',
		'Cours d’essai',
		'Cours des dossiers',
		'Cours du parcours'
	]);
});

test('a course the catalogue does not know is refused with the typed values kept, in English and French', async ({ newPage, baseURL }) => {
	const page = await newPage({ as: accounts.admin, javaScriptEnabled: false });
	await page.goto('/admin');
	// A browser offers only the catalogue's courses; a forged form names another.
	await page.locator('#field-course').evaluate((select: HTMLSelectElement) => {
		select.add(new Option('Forged', 'no-such-course', true, true));
	});
	await page.getByLabel('Name in English', { exact: true }).fill('Cohort of nothing');
	await page.getByLabel('Start date').fill('2027-03-01');
	await page.getByLabel('End date').fill('2027-04-30');
	const posted = page.waitForResponse((r) => r.request().method() === 'POST');
	await page.getByRole('button', { name: 'Create cohort' }).click();
	expect((await posted).status()).toBe(400);
	await expect(page.getByRole('alert')).toContainText('Choose a course from the catalogue');
	await expect(page.getByLabel('Course', { exact: true })).toHaveAttribute('aria-invalid', 'true');
	await expect(page.getByLabel('Name in English', { exact: true })).toHaveValue('Cohort of nothing');
	await expect(page.getByLabel('Start date')).toHaveValue('2027-03-01');
	await expectNoA11yViolations(page, { javaScriptEnabled: false });

	const request = page.context().request;
	const french = await request.post('/fr/admin?/create', {
		form: { name: 'Cohorte de rien', course: 'no-such-course', starts_on: '2027-03-01', ends_on: '2027-04-30' },
		headers: { Accept: 'text/html', Origin: baseURL! },
		maxRedirects: 0
	});
	expect(french.status()).toBe(400);
	const html = await french.text();
	expect(html).toContain('Choisissez un cours du catalogue');
	expect(html).toContain('value="Cohorte de rien"');
});
