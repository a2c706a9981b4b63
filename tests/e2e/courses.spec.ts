import { expectNoA11yViolations } from './axe';
import { accounts, expect, test } from './fixtures';

// trainee10 learns the fixture course (Fixture Cohort); trainee21 only the real bootcamp.
const fixtureTrainee = 'trainee10@demo.test';
const bootcampTrainee = 'trainee21@demo.test';

test('a trainee opens the course, reads a module, marks it complete and sees the overview count it', async ({ newPage }) => {
	const page = await newPage({ as: fixtureTrainee });
	await page.goto('/');
	await page.getByRole('link', { name: 'Fixture Course', exact: true }).click();
	await expect(page).toHaveURL('/courses/fixture-course');
	await expect(page.getByText(/^0 of \d+ modules completed$/).first()).toBeVisible();
	const moduleItem = (title: string) => page.getByRole('listitem').filter({ has: page.getByRole('link', { name: title }) });
	const practice = moduleItem('Practice makes posts');
	await expect(practice).toContainText('Opens when you complete: Basics of official posts');
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'Basics of official posts' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Basics of official posts');
	await expect(page.getByText('In progress')).toBeVisible();
	const toc = page.getByRole('navigation', { name: 'On this page' });
	await expect(toc.getByRole('link')).toHaveText(['What makes a post official', 'An example']);
	await expect(page.getByRole('img', { name: 'Three boxes joined by arrows: draft, approve, publish' })).toBeVisible();
	await expect(page.getByRole('article', { name: 'Facebook preview: Ontario Parks' })).toContainText('#OntarioParks');
	await expectNoA11yViolations(page);

	await page.getByRole('button', { name: 'Mark as complete' }).click();
	await expect(page.getByRole('status')).toHaveText('Module completed. Well done!');
	await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveCount(0);
	await page.getByRole('link', { name: /Next module/ }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Practice makes posts');

	await page.goto('/courses/fixture-course');
	await expect(page.getByText(/^1 of \d+ modules completed$/).first()).toBeVisible();
	await expect(moduleItem('Basics of official posts')).toContainText('Completed');
	await expect(practice).not.toContainText('Opens when you complete');
});

test('a module that waits for another says what unlocks it, and shows no lesson', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee09@demo.test' });
	await page.goto('/courses/fixture-course/wrap-up');
	await expect(page.getByRole('heading', { name: 'This module is not open yet' })).toBeVisible();
	await expect(page.getByText('Opens when you complete: Practice makes posts')).toBeVisible();
	await expect(page.getByText('Official posts are accurate, short and clear.')).toHaveCount(0);
	await expectNoA11yViolations(page);
});

test('the French lesson at /fr, completed without JavaScript', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee08@demo.test', javaScriptEnabled: false });
	await page.goto('/fr/courses/fixture-course');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cours d’essai');
	await expectNoA11yViolations(page, { javaScriptEnabled: false });

	await page.getByRole('link', { name: 'Les bases des publications officielles' }).click();
	await expect(page).toHaveURL('/fr/courses/fixture-course/basics');
	await expect(page.getByRole('heading', { name: 'Ce qui rend une publication officielle' })).toBeVisible();
	await expect(page.getByRole('img', { name: 'Trois cases reliées par des flèches : rédiger, approuver, publier' })).toBeVisible();
	await expect(page.getByRole('navigation', { name: 'Sur cette page' })).toBeVisible();
	await expectNoA11yViolations(page, { javaScriptEnabled: false });

	await page.getByRole('button', { name: 'Marquer comme terminé' }).click();
	await expect(page.getByText('Module terminé. Bravo!')).toBeVisible();
	await page.goto('/fr/courses/fixture-course');
	await expect(page.getByText(/^1 modules terminés sur \d+$/).first()).toBeVisible();
});

test('the real bootcamp opens in French for its own cohort', async ({ newPage }) => {
	const page = await newPage({ as: bootcampTrainee });
	await page.goto('/fr/courses/social-media-bootcamp/welcome');
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { name: 'Pourquoi ce camp d’entraînement' })).toBeVisible();
	await expectNoA11yViolations(page);
});

test('someone not enrolled in the course gets the 403 page', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee30@demo.test' });
	const response = await page.goto('/courses/fixture-course');
	expect(response?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page');
	await expectNoA11yViolations(page);
	const module = await page.goto('/fr/courses/fixture-course/basics');
	expect(module?.status()).toBe(403);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vous n’avez pas accès à cette page');
});

test('staff can read a course without recording progress, and unknown modules are 404', async ({ newPage }) => {
	const page = await newPage({ as: accounts.instructor });
	await page.goto('/courses/fixture-course/basics');
	await expect(page.getByText('You are viewing this course as staff').first()).toBeVisible();
	await expect(page.getByRole('button', { name: 'Mark as complete' })).toHaveCount(0);
	await expectNoA11yViolations(page);
	expect((await page.goto('/courses/fixture-course/no-such-module'))?.status()).toBe(404);
	expect((await page.goto('/courses/no-such-course'))?.status()).toBe(404);
});

test('an instructor sets the ministry’s response-time standard and the cohort’s lessons show it', async ({ newPage }) => {
	const instructor = await newPage({ as: accounts.instructor });
	await instructor.goto('/');
	await instructor.getByRole('link', { name: 'Fixture Cohort' }).first().click();
	await instructor.getByRole('link', { name: 'Ministry settings' }).click();
	await expect(instructor.getByRole('heading', { level: 1 })).toHaveText('Ministry settings for this cohort');
	await expectNoA11yViolations(instructor);

	const english = instructor.getByRole('group', { name: 'Response-time standard' }).getByLabel('In English');
	await english.fill('');
	await instructor.getByRole('button', { name: 'Save settings' }).click();
	await expect(instructor.getByRole('alert')).toContainText('Enter a value for “Response-time standard” in both languages');
	await expectNoA11yViolations(instructor);

	await english.fill('two business hours');
	await instructor.getByRole('group', { name: 'Response-time standard' }).getByLabel('In French').fill('deux heures ouvrables');
	await instructor.getByRole('button', { name: 'Save settings' }).click();
	await expect(instructor.getByRole('status')).toHaveText('Settings saved. Values changed: 1.');

	const trainee = await newPage({ as: 'trainee07@demo.test' });
	await trainee.goto('/courses/fixture-course/basics');
	await expect(trainee.getByText('Answer questions within two business hours.')).toBeVisible();
	await trainee.goto('/fr/courses/fixture-course/basics');
	await expect(trainee.getByText('Répondez aux questions dans un délai de deux heures ouvrables.')).toBeVisible();
});
