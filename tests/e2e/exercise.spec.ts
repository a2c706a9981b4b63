import { expectNoA11yViolations } from './axe';
import { accounts, expect, test } from './fixtures';

// The fixture course's bilingual exercise (tests/fixtures/courses/fixture-course/04-bilingual):
// trainee09 (Isaac Tremblay) composes with JavaScript and is approved; trainee07 works without it.
const EXERCISE = '/courses/fixture-course/bilingual/exercise';
const english =
	'The Lakeshore Trail at Presqu’ile Provincial Park is closed because of flooding. The campground stays open. Check ontarioparks.ca/alerts before you go.';
const french =
	'Le sentier Lakeshore du parc provincial Presqu’ile est fermé en raison d’inondations. Le terrain de camping reste ouvert. Consultez ontarioparks.ca/alerts avant de partir.';
const frenchInEnglish = 'The trail is closed because of flooding. The campground stays open for visitors.';

test('composing with JavaScript: counter, preview and checks follow the typing; the instructor approves and the trainee sees it', async ({ newPage }) => {
	// Two people, a dozen pages and an accessibility scan of each: about a minute on 2 busy cores.
	test.setTimeout(120_000);
	const page = await newPage({ as: 'trainee09@demo.test' });
	await page.goto(EXERCISE);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Exercise: Posting in both languages');
	await expectNoA11yViolations(page);

	await page.getByLabel('English post').fill('The Lakeshore Trail is closed because of flooding.');
	await expect(page.locator('#field-post-0-count')).toContainText('50 / 63,206 characters');
	await expect(page.getByRole('article', { name: 'Facebook preview: Ontario Parks' })).toContainText('The Lakeshore Trail is closed because of flooding.');

	await page.getByLabel('X', { exact: true }).check();
	await expect(page.locator('#field-post-0-count')).toContainText('50 / 280 weighted characters');
	await page.getByLabel('English post').fill(english);
	await expect(page.locator('#field-post-0-count')).toContainText('/ 280 weighted characters');
	await expect(page.getByRole('article', { name: 'X preview: Ontario Parks' })).toContainText('Check ontarioparks.ca/alerts');
	// An invisible character pasted from a word processor: X would refuse the post, whatever its length.
	await page.getByLabel('English post').fill(`${english}\uFEFF`);
	await expect(page.locator('#field-post-0-count')).toContainText('X refuses this post: it contains U+FEFF');
	await expect(page.getByRole('region', { name: 'Checks' }).locator('[data-check="length"]').first()).toContainText('X refuses any post containing U+FEFF');
	await page.getByLabel('English post').fill(english);
	await expect(page.locator('#field-post-0-count')).not.toContainText('refuses');

	// A "French" post written in English is flagged before anything is submitted.
	await page.getByLabel('French post').fill(frenchInEnglish);
	const report = page.getByRole('region', { name: 'Checks' });
	await expect(report.locator('[data-check="language_match"]')).toContainText('This French text has 2 sentences in English');
	await expect(page.getByText(/^Errors to fix before you can submit: \d+$/)).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByLabel('French post').fill(french);
	await page.getByLabel('Alt text for image 1').first().fill('A forest trail under brown water, with a wooden barrier across it.');
	await page.getByLabel('Alt text for image 1').nth(1).fill('Un sentier forestier sous une eau brune, barré par une barrière en bois.');
	await expect(report.locator('.bc-report__item--error')).toHaveCount(0);
	await expect(page.getByText(/^Draft saved: /)).toBeVisible({ timeout: 10_000 });

	// The draft is on the server: a reload brings it back.
	await page.reload();
	await expect(page.getByLabel('French post')).toHaveValue(french);
	await expect(page.getByLabel('X', { exact: true })).toBeChecked();

	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Submitted for review (version 1).' })).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Your submission (version 1)' })).toBeVisible();
	await expect(page.getByLabel('French post')).toHaveCount(0);
	await expectNoA11yViolations(page);

	const instructor = await newPage({ as: accounts.instructor });
	await instructor.goto('/');
	await instructor.getByRole('link', { name: 'Fixture Cohort' }).first().click();
	await instructor.getByRole('link', { name: /^Exercise reviews \(waiting: \d+\)$/ }).click();
	await expect(instructor.getByRole('heading', { level: 1 })).toHaveText('Exercise reviews');
	await expectNoA11yViolations(instructor);
	await instructor.getByRole('link', { name: 'Isaac Tremblay' }).click();
	await expect(instructor.getByRole('heading', { level: 1 })).toHaveText('Review: Isaac Tremblay, Posting in both languages');
	await expect(instructor.getByRole('article', { name: 'X preview: Parcs Ontario' })).toContainText('fermé en raison d’inondations');
	await expect(instructor.getByText('Model answer (instructors only)')).toBeVisible();
	await expectNoA11yViolations(instructor);

	await instructor.getByRole('button', { name: 'Record the review' }).click();
	await expect(instructor.getByRole('alert').filter({ hasText: 'There is a problem' })).toContainText(
		'Choose a level for “French parity (idiomatic and equivalent)”'
	);
	await instructor
		.getByRole('group', { name: 'French parity (idiomatic and equivalent)' })
		.getByLabel(/Equivalent and idiomatic/)
		.check();
	await instructor.getByRole('group', { name: 'Alt text in both languages' }).getByLabel(/Done/).check();
	await instructor
		.getByRole('group', { name: 'Decision' })
		.getByLabel(/Approved/)
		.check();
	await instructor.getByLabel('Comments').fill('Natural French, and both alt texts describe the flooded trail. <b>Well done</b>.');
	await instructor.getByRole('button', { name: 'Record the review' }).click();
	await expect(instructor.getByRole('status')).toContainText('Review recorded: Isaac Tremblay’s exercise is approved.');

	await page.reload();
	await expect(page.getByText('Approved: this exercise is complete.')).toBeVisible();
	await expect(page.getByText('Natural French, and both alt texts describe the flooded trail. <b>Well done</b>.')).toBeVisible();
	await expect(page.getByRole('table', { name: 'Rubric levels' })).toContainText('3 / 3');
	await expectNoA11yViolations(page);

	await page.goto('/courses/fixture-course/bilingual');
	await expect(page.locator('[data-status]').first()).toHaveAttribute('data-status', 'completed');
	await page.getByRole('link', { name: 'Open the exercise' }).click();
	await expect(page).toHaveURL(EXERCISE);
});

test('composing without JavaScript: the server’s check report shows on save and on a refused submission', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee07@demo.test', javaScriptEnabled: false });
	await page.goto(EXERCISE);
	await page.getByLabel('English post').fill(english);
	await page.getByLabel('French post').fill(frenchInEnglish);
	await page.getByRole('button', { name: 'Save draft' }).click();
	await expect(page.getByText('Draft saved. The checks below are for the text you saved.')).toBeVisible();
	await expect(page.locator('[data-check="language_match"]')).toContainText('This French text has 2 sentences in English');
	await expect(page.getByLabel('French post')).toHaveValue(frenchInEnglish);
	await expectNoA11yViolations(page, { javaScriptEnabled: false });

	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Your post was not submitted' })).toBeVisible();
	await expect(page.locator('[data-check="alt_text_present"]').first()).toContainText('Image 1 has no alt text');

	await page.getByLabel('French post').fill(french);
	await page.getByLabel('Alt text for image 1').first().fill('A forest trail under brown water, with a wooden barrier across it.');
	await page.getByLabel('Alt text for image 1').nth(1).fill('Un sentier forestier sous une eau brune, barré par une barrière en bois.');
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page.getByText('Submitted for review (version 1).')).toBeVisible();
	await expect(page.getByRole('heading', { name: 'Your submission (version 1)' })).toBeVisible();
	await expectNoA11yViolations(page, { javaScriptEnabled: false });
});

test('a trainee cannot open the review queue, and an exercise that is not yet open says why', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee09@demo.test' });
	await page.goto('/courses/fixture-course/wrap-up/exercise');
	await expect(page.getByRole('heading', { name: 'This module is not open yet' })).toBeVisible();
	await expect(page.getByRole('textbox')).toHaveCount(0);
	const instructor = await newPage({ as: accounts.instructor });
	await instructor.goto('/');
	await instructor.getByRole('link', { name: 'Fixture Cohort' }).first().click();
	await expect(instructor).toHaveURL(/\/cohorts\/[a-z2-7]{24}$/);
	const queue = new URL(instructor.url()).pathname + '/reviews';
	expect((await page.goto(queue))?.status()).toBe(403);
});
