import { expect, test } from './fixtures';

// Leaving the composer within the autosave's pause must not lose the last edit. trainee08 writes
// in the Flow Course's exercise; no other test works there as trainee08.
const TRAINEE = 'trainee08@demo.test';
const EXERCISE = '/courses/flow-course/bilingual/exercise';
// One trainee, one draft: the second test starts from the text the first one saved.
test.describe.configure({ mode: 'serial' });

test('a link followed right after typing waits for the draft to reach the server', async ({ newPage }) => {
	const page = await newPage({ as: TRAINEE });
	await page.goto(EXERCISE);
	const text = 'The Lakeshore Trail is closed because of flooding. Check ontarioparks.ca/alerts before you go.';
	await page.getByLabel('English post').fill(text);
	// Well inside the autosave's pause: nothing has been sent yet.
	await expect(page.getByText('Changes not saved yet…')).toBeVisible();
	await page.getByRole('link', { name: 'Flow Course', exact: true }).first().click();
	await expect(page).toHaveURL('/courses/flow-course');

	// The server has the text: a fresh page (no restore offer from this browser's copy) shows it.
	await page.goto(EXERCISE);
	await expect(page.getByLabel('English post')).toHaveValue(text);
	await expect(page.getByRole('heading', { name: 'Unsaved changes found' })).toHaveCount(0);
});

test('when the draft cannot be saved, leaving asks first, and staying keeps the text', async ({ newPage }) => {
	const page = await newPage({ as: TRAINEE });
	await page.goto(EXERCISE);
	await expect(page.getByText(/Drafts save as you type|Draft saved/)).toBeVisible();
	await page.context().setOffline(true);
	const text = 'Le sentier Lakeshore est fermé en raison d’inondations.';
	await page.getByLabel('French post').fill(text);

	const asked: string[] = [];
	page.once('dialog', (dialog) => {
		asked.push(dialog.message());
		void dialog.dismiss();
	});
	await page.getByRole('link', { name: 'Flow Course', exact: true }).first().click();
	await expect.poll(() => asked).toEqual([expect.stringContaining('Your last change could not be saved. Leave this page anyway?')]);
	await expect(page).toHaveURL(EXERCISE);
	await expect(page.getByLabel('French post')).toHaveValue(text);
	await expect(page.getByText(/^Not saved: the connection is down/)).toBeVisible();

	// The connection returns: the draft is saved, and leaving no longer asks.
	await page.context().setOffline(false);
	await expect(page.getByText(/^Draft saved: /)).toBeVisible({ timeout: 10_000 });
	await page.getByRole('link', { name: 'Flow Course', exact: true }).first().click();
	await expect(page).toHaveURL('/courses/flow-course');
	expect(asked).toHaveLength(1);
});
