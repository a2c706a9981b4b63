import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';

// The bootcamp's first exercise, as trainee37 (Cohort 1, used by no other browser test). The check
// registry is not part of the page's first load: it arrives when the trainee first focuses or
// changes the post, and until then the report shows the server's results for the saved draft.
const EXERCISE = '/courses/social-media-bootcamp/welcome/exercise';
const shortened = 'Scam alert: a fake account is sending refund offers. Read more at bit.ly/scam-alert';
const shouting = 'SCAM ALERT: A FAKE ACCOUNT IS SENDING REFUND OFFERS. DO NOT REPLY TO IT AND REPORT IT TODAY.';

/** Whether a script the page has loaded so far holds the check registry (one of its checks' titles). */
function watchRegistry(page: Page) {
	const scripts: Promise<string>[] = [];
	page.on('response', (response) => {
		if (response.request().resourceType() === 'script') scripts.push(response.text().catch(() => ''));
	});
	return async () => (await Promise.all(scripts)).some((body) => body.includes('Pas de raccourcisseurs de liens'));
}

test('the checks load when the trainee starts writing, run live from the first keystroke, and a saved draft shows the server’s results before they load', async ({
	newPage
}) => {
	test.setTimeout(90_000);
	const page = await newPage({ as: 'trainee37@demo.test' });
	const registryLoaded = watchRegistry(page);
	await page.goto(EXERCISE);
	await page.waitForLoadState('networkidle');
	expect(await registryLoaded()).toBe(false);
	const report = page.getByRole('region', { name: 'Checks' });
	const post = page.getByLabel('Your post');

	// Typing right after the page loads: the browser's own checks follow the text.
	await post.fill(shortened);
	await expect(report.locator('[data-check="url_shortener"]')).toContainText('bit.ly');
	expect(await registryLoaded()).toBe(true);
	await post.fill(shouting);
	await expect(report.locator('[data-check="url_shortener"]')).toHaveCount(0);
	await expect(report.locator('[data-check="all_caps"]')).toBeVisible();
	await post.fill(shortened);
	await expect(page.getByText(/^Draft saved: /)).toBeVisible({ timeout: 10_000 });

	// The saved draft comes back with the page: the server's results, without the registry.
	const again = await newPage({ as: 'trainee37@demo.test' });
	const loadedAgain = watchRegistry(again);
	await again.goto(EXERCISE);
	await again.waitForLoadState('networkidle');
	const reportAgain = again.getByRole('region', { name: 'Checks' });
	await expect(reportAgain.locator('[data-check="url_shortener"]')).toContainText('bit.ly');
	await expect(reportAgain).not.toContainText('Checking your text…');
	expect(await loadedAgain()).toBe(false);
	await expectNoA11yViolations(again);
	// Then the first change: the registry arrives and the list follows the text.
	const saved = again.waitForResponse((response) => response.url().endsWith(`${EXERCISE}/draft`) && response.ok());
	await again.getByLabel('Your post').fill(shouting);
	await expect(reportAgain.locator('[data-check="all_caps"]')).toBeVisible();
	await expect(reportAgain.locator('[data-check="url_shortener"]')).toHaveCount(0);
	expect(await loadedAgain()).toBe(true);
	await saved;

	// Without JavaScript the server renders the same report for the saved draft.
	const plain = await newPage({ as: 'trainee37@demo.test', javaScriptEnabled: false });
	await plain.goto(EXERCISE);
	await expect(plain.getByLabel('Your post')).toHaveValue(shouting);
	await expect(plain.getByRole('region', { name: 'Checks' }).locator('[data-check="all_caps"]')).toBeVisible();
	await expectNoA11yViolations(plain, { javaScriptEnabled: false });
});
