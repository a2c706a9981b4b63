import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';

// The bootcamp's first exercise (courses/social-media-bootcamp/01-welcome): a public warning about
// an impostor account. Its hidden checks stay on the server; the composer asks for their results as
// the trainee pauses. trainee33 and trainee34 (Cohort 1) are used by no other browser test.
const EXERCISE = '/courses/social-media-bootcamp/welcome/exercise';
const RECOGNISE = 'Tell people how to recognise the real account';
const NEVER_ASKS = 'Say what the ministry never asks for in a message';
const draft = 'Scam alert: a fake account is sending refund offers. Don’t reply to it, and report it. ontario.ca/avoidscams';
const better = `${draft} We never ask for bank details by message. Our only account is @ONlicensing, with the verified badge.`;

test('the scenario’s own checks appear as the trainee pauses, without submitting; an untouched post shows no error', async ({ newPage }) => {
	test.setTimeout(90_000);
	const page = await newPage({ as: 'trainee33@demo.test' });
	await page.goto(EXERCISE);
	const report = page.getByRole('region', { name: 'Checks' });
	const post = page.getByLabel('Your post');

	// Nothing typed yet: a neutral hint, no error (not even “This post is empty.”).
	await expect(report).toContainText('Checks appear here as you write.');
	await expect(report.locator('.bc-report__item')).toHaveCount(0);
	await expect(page.getByText(/^Errors to fix before you can submit/)).toHaveCount(0);
	await expectNoA11yViolations(page);

	const asked = page.waitForRequest((request) => request.url().endsWith(`${EXERCISE}/checks`) && request.method() === 'POST');
	await post.pressSequentially(draft.slice(0, 40), { delay: 10 });
	await post.fill(draft);
	expect((await asked).postDataJSON()).toMatchObject({ platform: 'facebook', posts: [{ text: draft }], slot: '' });
	const recognise = report.locator('[data-check="scenario"]').filter({ hasText: RECOGNISE });
	await expect(recognise).toContainText('Checked on the server');
	await expect(report.locator('[data-check="scenario"]').filter({ hasText: NEVER_ASKS })).toBeVisible();
	// The browser's own checks in the same list.
	await expect(report.locator('[data-check="alt_text_present"]')).toBeVisible();
	await expect(page.getByRole('alert')).toHaveCount(0);
	await expectNoA11yViolations(page);

	await post.fill(better);
	await expect(recognise).toHaveCount(0);
	await expect(report.locator('[data-check="scenario"]')).toHaveCount(0);

	// Typed, then emptied: now the empty post is worth saying.
	await post.fill('');
	await expect(report.locator('[data-check="length"]')).toContainText('This post is empty.');
});

test('offline, the browser’s checks still show and a quiet note says the scenario’s checks will run at submission', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee34@demo.test' });
	await page.goto(EXERCISE);
	const report = page.getByRole('region', { name: 'Checks' });
	await page.getByLabel('Your post').fill(draft);
	await expect(report.locator('[data-check="scenario"]').first()).toBeVisible();

	await page.context().setOffline(true);
	await page.getByLabel('Your post').fill(`${draft} Call your bank.`);
	await expect(report).toContainText('This exercise’s own checks could not run just now. They will run when you submit.');
	await expect(report.locator('[data-check="scenario"]')).toHaveCount(0);
	await expect(report.locator('[data-check="alt_text_present"]')).toBeVisible();

	await page.context().setOffline(false);
	await expect(report.locator('[data-check="scenario"]').first()).toBeVisible();
	await expect(report).not.toContainText('could not run just now');
});

test('without JavaScript: no error on the empty composer, and a refused submission lists the scenario’s checks with the others', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee35@demo.test', javaScriptEnabled: false });
	await page.goto(EXERCISE);
	const report = page.getByRole('region', { name: 'Checks' });
	await expect(report).toContainText('Checks appear here as you write.');
	await expect(report.locator('.bc-report__item')).toHaveCount(0);

	await page.getByLabel('Your post').fill(draft);
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page.getByRole('alert').filter({ hasText: 'Your post was not submitted' })).toBeVisible();
	await expect(report.locator('[data-check="alt_text_present"]')).toBeVisible();
	await expect(report.locator('[data-check^="scenario"]').filter({ hasText: RECOGNISE })).toContainText('Checked on the server');
	await expectNoA11yViolations(page, { javaScriptEnabled: false });
});
