import { expectNoA11yViolations } from './axe';
import { accounts, expect, test } from './fixtures';

// The Flow Course (tests/fixtures/courses/flow-course) opens its second module once the first
// one's exercise is submitted (unlock: on_submit). trainee10 walks it; nobody else works in it.
const TRAINEE = 'trainee10@demo.test';
const english =
	'The Lakeshore Trail at Presqu’ile Provincial Park is closed because of flooding. The campground stays open. Check ontarioparks.ca/alerts before you go.';
const french =
	'Le sentier Lakeshore du parc provincial Presqu’ile est fermé en raison d’inondations. Le terrain de camping reste ouvert. Consultez ontarioparks.ca/alerts avant de partir.';

test('Continue leads to each next step; submitting opens the next module; a revision request shows a banner', async ({ newPage }) => {
	// Two people, a dozen pages and an accessibility scan of most: allow the long walks' two minutes.
	test.setTimeout(120_000);
	const page = await newPage({ as: TRAINEE });
	await page.goto('/');
	const card = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: 'Flow Course' }) });
	await expect(card).toContainText('Next: read the lesson “Posting in both languages (flow)”.');
	await expectNoA11yViolations(page);

	// A client-side move to another page puts focus on its heading, not on the body.
	await card.getByRole('link', { name: 'Continue — Flow Course' }).click();
	await expect(page).toHaveURL('/courses/flow-course/bilingual');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();

	await page.getByRole('link', { name: 'Flow Course', exact: true }).click();
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await expect(page.locator('.bc-modules__meta').first()).toHaveText('About 10 minutes · simulated-post exercise');
	await expect(page.locator('.bc-modules__item').nth(1).locator('[data-status]')).toHaveAttribute('data-status', 'locked');
	await expect(page.locator('[data-next]')).toHaveAttribute('data-next', 'exercise');
	await page.getByRole('link', { name: 'Continue — Flow Course' }).click();
	await expect(page).toHaveURL('/courses/flow-course/bilingual/exercise');

	await page.getByLabel('English post').fill(english);
	await page.getByLabel('French post').fill(french);
	await page.getByLabel('Alt text for image 1').first().fill('A forest trail under brown water, with a wooden barrier across it.');
	await page.getByLabel('Alt text for image 1').nth(1).fill('Un sentier forestier sous une eau brune, barré par une barrière en bois.');
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Submitted for review (version 1).' })).toBeVisible();

	// The review is still to come, and the next module is open already.
	await page.goto('/courses/flow-course');
	const first = page.locator('.bc-modules__item').first();
	await expect(first.locator('[data-status]')).toHaveText('Submitted — waiting for review');
	await expect(page.locator('.bc-modules__item').nth(1).locator('[data-status]')).not.toHaveAttribute('data-status', 'locked');
	await expectNoA11yViolations(page);
	await page.getByRole('link', { name: 'Continue — Flow Course' }).click();
	await expect(page).toHaveURL('/courses/flow-course/next');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('After the draft');
	await expect(page.getByRole('heading', { level: 1 })).toBeFocused();
	await page.goto('/courses/flow-course/bilingual');
	await expect(page.getByText('Submitted — waiting for review').first()).toBeVisible();

	// The instructor finds the waiting submission from the header's badge and the dashboard's tile.
	const instructor = await newPage({ as: accounts.instructor });
	await instructor.goto('/');
	const badge = instructor.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /^Reviews \d+ waiting$/ });
	await expect(badge).toBeVisible();
	expect(Number(await badge.getAttribute('data-review-badge'))).toBeGreaterThan(0);
	await instructor
		.getByRole('listitem')
		.filter({ has: instructor.getByRole('heading', { name: 'Flow Cohort' }) })
		.getByRole('link', { name: 'Progress dashboard' })
		.click();
	const tile = instructor.locator('[data-review-tile]');
	await expect(tile).toHaveAttribute('data-review-tile', '1');
	await expectNoA11yViolations(instructor);
	await tile.click();
	await expect(instructor.getByRole('heading', { level: 1 })).toHaveText('Exercise reviews');
	await instructor.getByRole('table').getByRole('link').first().click();
	await expect(instructor.getByRole('heading', { level: 1 })).toContainText('Posting in both languages (flow)');
	await expectNoA11yViolations(instructor);
	// The rubric sits beside the submission on a wide screen, below it on a phone, with no sideways scrolling at 320 px.
	const box = async (selector: string) => (await instructor.locator(selector).boundingBox())!;
	expect((await box('.bc-review-layout__rubric')).x).toBeGreaterThanOrEqual(
		(await box('.bc-review-layout__work')).x + (await box('.bc-review-layout__work')).width
	);
	await instructor.setViewportSize({ width: 320, height: 800 });
	expect((await box('.bc-review-layout__rubric')).y).toBeGreaterThan((await box('.bc-review-layout__work')).y);
	expect(await instructor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
	await instructor.setViewportSize({ width: 1280, height: 720 });
	await instructor
		.getByRole('group', { name: 'French parity (idiomatic and equivalent)' })
		.getByLabel(/Equivalent and idiomatic/)
		.check();
	await instructor.getByRole('group', { name: 'Alt text in both languages' }).getByLabel(/Done/).check();
	await instructor
		.getByRole('group', { name: 'Decision' })
		.getByLabel(/Revision requested/)
		.check();
	await instructor.getByLabel('Comments').fill('Shorten the French opening.');
	await instructor.getByRole('button', { name: 'Record the review' }).click();
	await expect(instructor.getByRole('status')).toContainText('Review recorded');

	await page.goto('/');
	const banner = page.getByRole('status').filter({ hasText: 'Revision requested' });
	await expect(banner).toContainText('Your instructor asked you to revise your exercise for “Posting in both languages (flow)”.');
	await expectNoA11yViolations(page);
	await banner.getByRole('link', { name: /^Open the exercise/ }).click();
	await expect(page).toHaveURL('/courses/flow-course/bilingual/exercise');
	// The module opened on submission stays open while the revision is made.
	await page.goto('/courses/flow-course/next');
	await expect(page.getByRole('heading', { name: 'Keep going' })).toBeVisible();
});
