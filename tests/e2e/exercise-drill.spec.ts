import { expectNoA11yViolations } from './axe';
import { expect, test } from './fixtures';

// The fixture course's drill (tests/fixtures/courses/fixture-course/05-drill): messages at 0, 2 and
// 4 minutes, on a clock the test server runs 100 times faster (DRILL_TIME_SCALE=0.01).
const DRILL = '/courses/fixture-course/drill/exercise';

test('a drill delivers its messages on schedule, checks answers live, and ends with a debrief of response times', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee06@demo.test' });
	await page.goto(DRILL);
	await expect(page.getByRole('heading', { name: 'Ready when you are' })).toBeVisible();
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Start the drill' }).click();

	const commuter = page.locator('[data-inject="commuter"]');
	await expect(commuter).toContainText('Is Highway 11 closed north of Orillia??');
	// The second message arrives by itself, without a reload.
	await expect(page.locator('[data-inject="stuck-driver"]')).toBeVisible({ timeout: 15_000 });

	const reply = commuter.getByLabel('Your public reply');
	await reply.fill('Yes, it is closed. Reply with your phone number and we will call you back.');
	await expect(commuter.locator('[data-check="public_reply_privacy"]')).toBeVisible();
	await expectNoA11yViolations(page);
	await reply.fill('Yes: Highway 11 is closed both ways between Orillia and Gravenhurst while crews clear snow. Check ontario.ca/511 for updates.');
	await expect(commuter.locator('.bc-report__item--error')).toHaveCount(0);
	await commuter.getByRole('button', { name: 'Send answer' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Answer sent.' })).toBeVisible();
	await expect(commuter).toContainText(/Answered in /);

	const driver = page.locator('[data-inject="stuck-driver"]');
	await driver
		.getByLabel('Your private reply')
		.fill('If you are in danger, call 911. Otherwise stay with your truck: crews are at the closure. Send us your location here.');
	await driver.getByRole('button', { name: 'Send answer' }).click();
	await expect(driver).toContainText(/Answered in /);

	const rumour = page.locator('[data-inject="rumour"]');
	await expect(rumour).toBeVisible({ timeout: 15_000 });
	await rumour
		.getByLabel('Your public reply')
		.fill('This is not true. Highway 11 is closed because of the storm and will reopen when it is safe. Updates: ontario.ca/511');
	await rumour.getByRole('button', { name: 'Send answer' }).click();

	await expect(page.getByText('Drill finished and submitted for review.')).toBeVisible();
	const debrief = page.getByRole('region', { name: 'Debrief' });
	await expect(debrief.getByRole('listitem').filter({ hasText: 'Response time' })).toHaveCount(3);
	await expect(debrief).toContainText('Answered: 3 of 3 messages');
	await expect(debrief).toContainText('Time ran 100 times faster in this drill');
	await expectNoA11yViolations(page);
});

test('without JavaScript, a reload shows the messages delivered so far', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee05@demo.test', javaScriptEnabled: false });
	await page.goto(DRILL);
	await page.getByRole('button', { name: 'Start the drill' }).click();
	await expect(page.locator('[data-inject="commuter"]')).toBeVisible();
	await expect(page.locator('[data-inject="stuck-driver"]')).toHaveCount(0);
	await expect(page.getByText('Messages still to come: 2.')).toBeVisible();
	await expectNoA11yViolations(page, { javaScriptEnabled: false });
	await page.waitForTimeout(1500);
	await page.getByRole('link', { name: 'Refresh to see new messages' }).click();
	// The driver writes in French to the English drill: one message arrives in the other language.
	await expect(page.locator('[data-inject="stuck-driver"]')).toContainText('Mon camion est coincé');
});
