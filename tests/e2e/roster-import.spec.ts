import { expectNoA11yViolations } from './axe';
import Database from 'better-sqlite3';
import { COHORT_1, accounts, e2eDatabasePath, expect, test } from './fixtures';

/** Reads the test server's database: the outbox holds the email a person would receive. */
function query<T>(sql: string, ...params: unknown[]): T {
	const db = new Database(e2eDatabasePath(), { readonly: true });
	try {
		return db.prepare(sql).get(...params) as T;
	} finally {
		db.close();
	}
}

/** The link in the newest email to `email`: what only that person receives. */
const emailedLink = (email: string) =>
	/https?:\/\/\S+\/invitation\/[a-z2-7]{32}/.exec(
		query<{ text_body: string }>('select text_body from outbox where recipient = ? order by created_at desc, rowid desc limit 1', email).text_body
	)![0];
const userIdOf = (email: string) => query<{ id: string }>('select id from users where email = ?', email).id;

// One test after the other: 'Send invitations again' re-sends every open invitation of Cohort 1,
// which would retire the link another test of this file has just read from the outbox.
test.describe.configure({ mode: 'serial' });

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
	// Each new person is emailed their link; the instructor is told who, and never sees a link.
	const sent = page.getByRole('status').filter({ hasText: 'Invitations emailed: 3' });
	for (const email of [one, two, boss]) await expect(sent.getByTestId('sent-invitation').filter({ hasText: email })).toHaveCount(1);
	await expect(page.getByTestId('invitation-link')).toHaveCount(0);
	await expect(page.getByRole('link', { name: 'Download links (CSV)' })).toHaveCount(0);
	expect(await page.content()).not.toMatch(/\/invitation\/[a-z2-7]{32}/);
	await expectNoA11yViolations(page);

	const link = emailedLink(one);
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

test('an instructor sends invitations again and a new sign-in link by email, never seeing a link, even when posting directly', async ({ newPage }) => {
	test.setTimeout(90_000);
	const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const sam = `sam.again.${tag}@ontario.ca`;
	const csv = `email,name,ministry,branch,manager email,language\n${sam},Sam Again ${tag},Ministry of Health,,,fr`;
	const page = await newPage({ as: accounts.instructor });
	await page.goto('/');
	await page.getByRole('region', { name: 'Cohorts you teach' }).getByRole('link', { name: COHORT_1 }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(COHORT_1);
	const cohortPage = page.url();
	await page.getByRole('link', { name: 'Import a roster' }).click();
	await page.getByLabel('Or paste the CSV here').fill(csv);
	await page.getByRole('button', { name: 'Preview the import' }).click();
	await page.getByRole('button', { name: 'Confirm the import' }).click();
	await expect(page.getByRole('status').filter({ hasText: 'Invitations emailed: 1' })).toContainText(sam);
	const first = emailedLink(sam);

	await page.goto(cohortPage);
	await page.getByRole('button', { name: 'Send invitations again' }).click();
	await expect(
		page
			.getByRole('status')
			.filter({ hasText: /Invitations emailed: \d+/ })
			.getByTestId('sent-invitation')
			.filter({ hasText: sam })
	).toHaveCount(1);
	await expect(page.getByTestId('invitation-link')).toHaveCount(0);
	await expectNoA11yViolations(page);
	const second = emailedLink(sam);
	expect(second).not.toBe(first);

	// Asking the server directly gives an instructor no link either.
	const direct = await page.request.post(`${cohortPage}?/invitations`, {
		form: {},
		headers: { Origin: new URL(cohortPage).origin, Accept: 'application/json', 'x-sveltekit-action': 'true' }
	});
	expect(direct.status()).toBe(200);
	const answer = await direct.text();
	expect(answer).toContain(sam);
	expect(answer).not.toMatch(/invitation\/[a-z2-7]{32}|token/);

	// One person, from their page in the cohort: a confirmation first, then the email.
	const samId = userIdOf(sam);
	await page.goto(`${cohortPage}/trainees/${samId}`);
	await page.getByRole('link', { name: 'Send a new sign-in link' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText(`Send a new sign-in link to Sam Again ${tag}`);
	await expect(page.getByText(`will receive a new invitation by email at ${sam}, in French`)).toBeVisible();
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Send the link by email' }).click();
	await expect(page.getByRole('status')).toHaveText(`Sent: Sam Again ${tag} will receive the link at ${sam}.`);
	await expect(page.getByTestId('invitation-link')).toHaveCount(0);
	await expectNoA11yViolations(page);
	expect(emailedLink(sam)).not.toBe(second);
	expect(emailedLink(sam)).toMatch(/\/fr\/invitation\//);
});
