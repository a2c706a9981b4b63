import Database from 'better-sqlite3';
import { expectNoA11yViolations } from './axe';
import { COHORT_1, accounts, e2eDatabasePath, expect, test } from './fixtures';

// Reminders in Cohort 1: with the demo story off, nobody there has done anything for three weeks,
// so everyone is at risk. Other browser tests touch trainees 01–10 and 41–43; trainee45 is ours.
const NOTE = 'The next module takes about 30 minutes: this week is a good time.';

function ids() {
	const db = new Database(e2eDatabasePath(), { readonly: true, fileMustExist: true });
	try {
		const cohort = db.prepare('select id from cohorts where name = ?').get(COHORT_1) as { id: string };
		const trainee = db.prepare('select id, display_name as name from users where email = ?').get('trainee45@demo.test') as { id: string; name: string };
		return { cohort: cohort.id, trainee };
	} finally {
		db.close();
	}
}

test('the instructor selects everyone at risk, sends a reminder with a personal line, and sees it on the timeline', async ({ newPage }) => {
	// The dashboard is the heaviest page axe scans (a matrix, charts and a checkbox per trainee).
	test.setTimeout(180_000);
	const { cohort, trainee } = ids();
	const page = await newPage({ as: accounts.instructor });
	await page.goto(`/cohorts/${cohort}/dashboard`);
	const section = page.getByRole('region', { name: 'Send a reminder' });
	const people = section.getByRole('group', { name: 'Trainees to remind' });
	await expect(people.getByRole('checkbox', { checked: true })).toHaveCount(0);

	await section.getByRole('button', { name: 'Select everyone at risk' }).click();
	await expect(people.getByRole('checkbox', { name: new RegExp(`^${trainee.name} — Behind, at risk`) })).toBeChecked();
	const selected = await people.getByRole('checkbox', { checked: true }).count();
	expect(selected).toBeGreaterThan(5);

	await section.getByLabel('Personal line (optional)').fill(NOTE);
	await section.getByRole('button', { name: 'Send the reminder' }).click();
	const confirmation = section.getByRole('status');
	await expect(confirmation).toContainText(/Reminder sent to \d+ people\./);
	// People the roster-import test invites to Cohort 1 have not signed up: they are counted apart.
	const said = (await confirmation.textContent()) ?? '';
	const sent = Number(/Reminder sent to (\d+) people/.exec(said)![1]);
	const invited = Number(/Not sent to (\d+): not signed up yet/.exec(said)?.[1] ?? 0);
	expect(sent + invited).toBe(selected);
	await expect(people.getByRole('checkbox', { checked: true })).toHaveCount(selected);
	await expect(section.getByLabel('Personal line (optional)')).toHaveValue('');
	await expectNoA11yViolations(page);

	// A second reminder within the hour is refused, saying why.
	await section.getByRole('button', { name: 'Clear the selection' }).click();
	await expect(people.getByRole('checkbox', { checked: true })).toHaveCount(0);
	await section.getByRole('button', { name: 'Select everyone at risk' }).click();
	await expect(people.getByRole('checkbox', { name: new RegExp(`^${trainee.name} — `) })).toBeChecked();
	await section.getByRole('button', { name: 'Send the reminder' }).click();
	await expect(section.getByRole('alert')).toContainText(
		/Nobody was reminded: 0 not a trainee of this cohort, 0 with a disabled account, \d+ not signed up yet, \d+ already reminded in the last hour\./
	);

	await page.goto(`/cohorts/${cohort}/trainees/${trainee.id}`);
	const latest = page.getByRole('region', { name: 'Timeline' }).getByRole('listitem').first();
	await expect(latest).toContainText('Reminder sent');
	await expect(latest).toContainText('by Isabelle Instructor');
	await expect(latest).toContainText(`Note: “${NOTE}”`);
	await expectNoA11yViolations(page);
});

test('without JavaScript, the shortcuts preselect and an empty selection is refused in the person’s words', async ({ newPage }) => {
	test.setTimeout(180_000);
	const { cohort } = ids();
	const page = await newPage({ as: accounts.instructor, javaScriptEnabled: false });
	await page.goto(`/cohorts/${cohort}/dashboard?standing=behind`);
	const section = page.getByRole('region', { name: 'Send a reminder' });
	await section.getByRole('button', { name: 'Select everyone behind' }).click();
	// The matrix's filter is kept.
	await expect(page).toHaveURL(/standing=behind.*select=behind|select=behind.*standing=behind/);
	expect(await section.getByRole('checkbox', { checked: true }).count()).toBeGreaterThan(5);

	await section.getByRole('button', { name: 'Clear the selection' }).click();
	await section.getByRole('button', { name: 'Send the reminder' }).click();
	await expect(page.getByRole('alert')).toContainText('Select at least one trainee to remind.');
	await expectNoA11yViolations(page, { javaScriptEnabled: false });
});

test('the instructor sets the automatic reminder’s days; the manager asks for the weekly email', async ({ newPage }) => {
	test.setTimeout(180_000);
	const { cohort } = ids();
	const instructor = await newPage({ as: accounts.instructor });
	await instructor.goto(`/cohorts/${cohort}/settings`);
	const days = instructor.getByLabel('Automatic reminder after this many days without activity');
	await expect(days).toHaveValue('7');
	await days.fill('several');
	await instructor.getByRole('button', { name: 'Save settings' }).click();
	await expect(instructor.getByText('Enter a whole number of days from 0 to 90.').first()).toBeVisible();
	await days.fill('10');
	await instructor.getByRole('button', { name: 'Save settings' }).click();
	await expect(instructor.getByRole('status')).toContainText('Settings saved. Values changed: 1.');
	await instructor.reload();
	await expect(days).toHaveValue('10');
	await expectNoA11yViolations(instructor);

	const manager = await newPage({ as: accounts.manager });
	await manager.goto('/team');
	const weekly = manager.getByRole('region', { name: 'Weekly email' });
	await expect(weekly).toContainText('You do not receive the weekly email.');
	await weekly.getByRole('button', { name: 'Send me the weekly email' }).click();
	await expect(weekly.getByRole('status')).toContainText('Done: you will receive the weekly email.');
	await expect(weekly).toContainText('You receive the weekly email.');
	await expectNoA11yViolations(manager);
	await weekly.getByRole('button', { name: 'Stop the weekly email' }).click();
	await expect(weekly).toContainText('You do not receive the weekly email.');
});
