import { readFile } from 'node:fs/promises';
import { expectNoA11yViolations } from './axe';
import { COHORT_1, accounts, expect, test } from './fixtures';

test('an instructor imports a roster, and a new trainee sets a password through their link', async ({ newPage }) => {
	// An import, a preview, two people's pages and an accessibility scan of each: close to a minute on 2 busy cores.
	test.setTimeout(120_000);
	// Unique people, so a retry of this test meets nobody it made before.
	const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const one = `rosa.one.${tag}@ontario.ca`;
	const two = `theo.two.${tag}@ontario.ca`;
	const boss = `new.boss.${tag}@ontario.ca`;
	const header = 'email,name,ministry,branch,manager email,language';
	const good = [
		header,
		`${one},Rosa One ${tag},Ministry of Health,Communications,,en`,
		`${two},Théo Two ${tag},Ministry of Education,Digital Engagement,${boss},fr`
	];
	const withBadLine = [...good, 'not-an-email,Bad Line,Ministry of Health,,,en'].join('\n');
	const csv = good.join('\n');
	// An instructor naming an admin: that line is held for an administrator, the rest applies.
	const withAdmin = [...good, `${accounts.admin},Someone Else,Ministry of Nothing,,${accounts.instructor},fr`].join('\n');

	const page = await newPage({ as: accounts.instructor });
	await page.goto('/');
	await page.getByRole('region', { name: 'Cohorts you teach' }).getByRole('link', { name: COHORT_1 }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(COHORT_1);
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'Import a roster' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Import a roster');
	await expectNoA11yViolations(page);

	await page.getByLabel('Or paste the CSV here').fill(withBadLine);
	await page.getByRole('button', { name: 'Preview the import' }).click();
	const problems = page.getByRole('alert');
	await expect(problems).toContainText('Problems to fix before importing: 1');
	await expect(problems).toContainText('Line 4: “not-an-email” is not an email address.');
	await expect(problems).toContainText('Nothing has been saved.');
	await expect(page.getByRole('button', { name: 'Confirm the import' })).toHaveCount(0);
	await expectNoA11yViolations(page);

	await page.getByLabel('Or paste the CSV here').fill(withAdmin);
	await page.getByRole('button', { name: 'Preview the import' }).click();
	const preview = page.getByRole('table', { name: 'Check what will change' });
	const adminRow = preview.getByRole('row', { name: new RegExp(accounts.admin.replace(/\./g, '\\.')) });
	await expect(adminRow).toContainText('Not changed: ask an administrator');
	await expect(adminRow).toContainText('This is an administrator’s account');
	await expect(page.getByText('Lines not changed, for an administrator to handle: 1')).toBeVisible();
	await expect(preview.getByRole('row', { name: new RegExp(one.replace(/\./g, '\\.')) })).toContainText('New account');
	await expect(preview.getByRole('row', { name: new RegExp(two.replace(/\./g, '\\.')) })).toContainText('New account');
	await expect(page.getByText(`New manager accounts: 1 (${boss})`)).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByRole('button', { name: 'Confirm the import' }).click();
	await expect(page.getByRole('status')).toContainText('One-time links ready: 3');
	await expectNoA11yViolations(page);

	const downloading = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Download links (CSV)' }).click();
	const download = await downloading;
	expect(download.suggestedFilename()).toMatch(/^invitations-\d{4}-\d{2}-\d{2}\.csv$/);
	const downloaded = await readFile(await download.path(), 'utf8');
	for (const email of [one, two, boss]) expect(downloaded).toContain(email);

	const link = await page
		.getByRole('row', { name: new RegExp(`Rosa One ${tag}`) })
		.getByTestId('invitation-link')
		.innerText();
	expect(link).toMatch(/^http:\/\/localhost:\d+\/invitation\/\S+$/);

	const invited = await newPage();
	await invited.goto(link);
	await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Set your password');
	await expect(invited.getByText(`Welcome, Rosa One ${tag}.`)).toBeVisible();
	await expectNoA11yViolations(invited);

	await invited.getByLabel('New password').fill('seven bright lanterns');
	await invited.getByLabel('Type the password again').fill('seven bright lantern');
	await invited.getByRole('button', { name: 'Save password and sign in' }).click();
	await expect(invited.getByRole('alert')).toContainText('The two passwords are not the same');
	await expectNoA11yViolations(invited);

	await invited.getByLabel('New password').fill('seven bright lanterns');
	await invited.getByLabel('Type the password again').fill('seven bright lanterns');
	await invited.getByRole('button', { name: 'Save password and sign in' }).click();
	await expect(invited).toHaveURL('/?welcome=1');
	await expect(invited.getByRole('status')).toHaveText('Your password is saved. Welcome to the bootcamp!');
	await expect(invited.getByRole('region', { name: 'Your courses' })).toContainText(COHORT_1);
	await expect(invited.getByRole('navigation', { name: 'Main' })).toContainText(`Signed in as Rosa One ${tag}`);
	await expectNoA11yViolations(invited);

	await page.goto(page.url());
	await page.getByLabel('Or paste the CSV here').fill(csv);
	await page.getByRole('button', { name: 'Preview the import' }).click();
	await expect(page.getByText('People already up to date: 2')).toBeVisible();
	await expect(preview.getByRole('cell', { name: 'No change' })).toHaveCount(2);
	await expect(preview.getByRole('cell', { name: 'New account' })).toHaveCount(0);
	await expectNoA11yViolations(page);
});

test('new links go only to people the instructor alone looks after; the others are listed for an administrator', async ({ newPage }) => {
	const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const shared = `sam.shared.${tag}@ontario.ca`;
	const csv = `email,name,ministry,branch,manager email,language\n${shared},Sam Shared ${tag},Ministry of Health,,,en`;
	const page = await newPage({ as: accounts.instructor });

	const importInto = async (cohort: string) => {
		await page.goto('/');
		await page.getByRole('region', { name: 'Cohorts you teach' }).getByRole('link', { name: cohort }).click();
		await page.getByRole('link', { name: 'Import a roster' }).click();
		await page.getByLabel('Or paste the CSV here').fill(csv);
		await page.getByRole('button', { name: 'Preview the import' }).click();
		await page.getByRole('button', { name: 'Confirm the import' }).click();
	};
	// Created by Cohort 1's import, then also enrolled in the Records Cohort (not the Fixture Cohort,
	// whose head count the quiz statistics test relies on): nobody owns the account now.
	await importInto(COHORT_1);
	await expect(page.getByRole('status')).toContainText('One-time links ready: 1');
	await importInto('Records Cohort');
	await expect(page).toHaveURL(/imported=1/);

	const askForLinks = async (reason: string) => {
		await page.getByRole('button', { name: 'Make new invitation links for them' }).click();
		const withheld = page.getByRole('region', { name: /No new link for these people: ask an administrator/ });
		await expect(withheld.getByTestId('withheld-link').filter({ hasText: shared })).toHaveText(`Sam Shared ${tag} (${shared}): ${reason}`);
		await expect(page.getByRole('table', { name: /One-time links ready/ }).getByText(shared)).toHaveCount(0);
	};
	// On the Records Cohort's page (where the import lands): that cohort did not create the account.
	await askForLinks('This account was not created by this cohort’s import.');
	await page.goto('/');
	await page.getByRole('region', { name: 'Cohorts you teach' }).getByRole('link', { name: COHORT_1 }).click();
	await askForLinks('This person is also in another cohort.');
	await expectNoA11yViolations(page);
});
