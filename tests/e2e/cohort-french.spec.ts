import Database from 'better-sqlite3';
import { expectNoA11yViolations } from './axe';
import { accounts, e2eDatabasePath, expect, test } from './fixtures';

/** The newest email to `email`, from the test server's outbox: what only that person receives. */
function lastEmailTo(email: string): string {
	const db = new Database(e2eDatabasePath(), { readonly: true });
	try {
		const row = db.prepare('select text_body from outbox where recipient = ? order by created_at desc, rowid desc limit 1').get(email) as { text_body: string };
		return row.text_body;
	} finally {
		db.close();
	}
}

test('a cohort named in both languages shows its French name in French, and its French-preferring invitee lands in French', async ({ newPage }) => {
	test.setTimeout(150_000);
	const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
	const name = `Winter cohort ${tag}`;
	const nameFr = `Cohorte d’hiver ${tag}`;
	const invitee = `lea.hiver.${tag}@ontario.ca`;

	const admin = await newPage({ as: accounts.admin });
	await admin.goto('/admin');
	// The French name alone is not enough, and is kept while the English one is added.
	await admin.getByLabel('Name in French', { exact: true }).fill(nameFr);
	await admin.getByLabel('Start date').fill('2027-01-11');
	await admin.getByLabel('End date').fill('2027-03-26');
	await admin.getByRole('button', { name: 'Create cohort' }).click();
	await expect(admin.getByRole('alert')).toContainText('Enter a name for the cohort');
	await expect(admin.getByLabel('Name in French', { exact: true })).toHaveValue(nameFr);
	await admin.getByLabel('Name in English', { exact: true }).fill(name);
	await admin.getByRole('button', { name: 'Create cohort' }).click();
	await expect(admin.getByRole('heading', { level: 1 })).toHaveText(name);
	const cohortPath = new URL(admin.url()).pathname;

	await admin.goto(`/fr${cohortPath}`);
	await expect(admin.getByRole('heading', { level: 1 })).toHaveText(nameFr);
	await expectNoA11yViolations(admin);

	// Its settings page renames it; without a French name, French pages show the English one.
	await admin.goto(`${cohortPath}/settings`);
	await expect(admin.getByLabel('Name in English', { exact: true })).toHaveValue(name);
	await admin.getByLabel('Name in French', { exact: true }).fill('');
	await admin.getByRole('button', { name: 'Save settings' }).click();
	await expect(admin.getByRole('status')).toContainText('Values changed: 1.');
	await admin.goto(`/fr${cohortPath}`);
	await expect(admin.getByRole('heading', { level: 1 })).toHaveText(name);
	await admin.goto(`${cohortPath}/settings`);
	await admin.getByLabel('Name in French', { exact: true }).fill(nameFr);
	await admin.getByRole('button', { name: 'Save settings' }).click();
	await expect(admin.getByRole('status')).toContainText('Values changed: 1.');

	await admin.goto(`${cohortPath}/import`);
	await admin
		.getByLabel('Or paste the CSV here')
		.fill(`email,name,ministry,branch,manager email,language\n${invitee},Léa Hiver ${tag},Ministry of Health,,,fr`);
	await admin.getByRole('button', { name: 'Preview the import' }).click();
	await admin.getByRole('button', { name: 'Confirm the import' }).click();
	await expect(admin.getByRole('status').filter({ hasText: 'Invitations emailed: 1' })).toBeVisible();

	// The email is in French and links to the French page; the same link without /fr opens in French too.
	const email = lastEmailTo(invitee);
	const link = /https?:\/\/\S+\/invitation\/[a-z2-7]{32}/.exec(email)![0];
	expect(link).toContain('/fr/invitation/');
	const plain = link.replace('/fr/invitation/', '/invitation/');
	const invited = await newPage();
	await invited.goto(plain);
	await expect(invited).toHaveURL(link);
	await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Choisissez votre mot de passe');
	await expectNoA11yViolations(invited);

	// Choosing English is respected: the switch leads to the English page, which stays English.
	await invited.getByRole('link', { name: 'English' }).click();
	await expect(invited).toHaveURL(plain);
	await expect(invited.getByRole('heading', { level: 1 })).toHaveText('Set your password');
});
