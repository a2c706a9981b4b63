import { readFile } from 'node:fs/promises';
import { PDFDocument } from 'pdf-lib';
import { expectNoA11yViolations } from './axe';
import { accounts, expect, test } from './fixtures';

// trainee06 (Farah Tremblay) finishes the lesson-only Records Course (Records Cohort) here and
// nowhere else, so the record this test makes is the only one of that person.
const holder = { email: 'trainee06@demo.test', name: 'Farah Tremblay' };
const modules = ['Start', 'Practice', 'Finish'];

test('a trainee completes the course, gets a record anyone can verify, and an admin revokes it', async ({ newPage, baseURL }) => {
	const page = await newPage({ as: holder.email });
	await page.goto('/courses/records-course');
	for (const title of modules) {
		await page.getByRole('link', { name: title, exact: true }).click();
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
		await page.getByRole('button', { name: 'Mark as complete' }).click();
		await expect(page.getByRole('status')).toHaveText('Module completed. Well done!');
		await page.goto('/courses/records-course');
	}

	await page.goto('/');
	await page.getByRole('link', { name: /View your completion record/ }).click();
	await expect(page).toHaveURL(/\/records\/[a-z2-7]{24}$/);
	const recordUrl = page.url();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Certificate of completion');
	await expect(page.locator('.bc-certificate')).toContainText(holder.name);
	await expect(page.locator('.bc-certificate')).toContainText('Records Course');
	await expect(page.getByRole('img', { name: /QR code that opens the verification page of record BC-/ })).toBeVisible();
	const code = (await page.locator('.bc-certificate__code').textContent())!;
	expect(code).toMatch(/^BC-[2-9A-Z]{4}-[2-9A-Z]{4}$/);
	await expect(page.getByRole('link', { name: `${baseURL}/verify/${code}` })).toBeVisible();
	await expectNoA11yViolations(page);

	const pdfDownload = page.waitForEvent('download');
	await page.getByRole('link', { name: 'Certificate (PDF, English)' }).click();
	const pdfFile = await pdfDownload;
	expect(pdfFile.suggestedFilename()).toBe(`${code}-en.pdf`);
	const pdfBytes = await readFile((await pdfFile.path())!);
	expect(pdfBytes.subarray(0, 5).toString()).toBe('%PDF-');
	const pdf = await PDFDocument.load(pdfBytes);
	expect(pdf.getPageCount()).toBe(1);
	expect(pdf.getTitle()).toBe(`Certificate of completion — ${holder.name} — Records Course`);

	const badgeDownload = page.waitForEvent('download');
	await page.getByRole('link', { name: /Open Badge/ }).click();
	const badge = JSON.parse(await readFile((await (await badgeDownload).path())!, 'utf8'));
	expect(badge.type).toEqual(['VerifiableCredential', 'OpenBadgeCredential']);
	expect(badge.proof).toMatchObject([{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' }]);

	// Someone who has never signed in, without JavaScript, scans the QR code.
	const stranger = await newPage({ javaScriptEnabled: false });
	const response = await stranger.goto(`/verify/${code}`);
	expect(response?.status()).toBe(200);
	expect(response?.headers()['x-robots-tag']).toContain('noindex');
	await expect(stranger.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
	await expect(stranger.getByRole('heading', { level: 1 })).toHaveText(`Completion record ${code}`);
	await expect(stranger.getByRole('heading', { level: 2, name: 'Valid' })).toBeVisible();
	await expect(stranger.getByText(holder.name)).toBeVisible();
	await expect(stranger.getByText('Ontario Public Service Social Media Bootcamp', { exact: true })).toBeVisible();
	await expectNoA11yViolations(stranger, { javaScriptEnabled: false });

	const admin = await newPage({ as: accounts.admin });
	await admin.goto('/admin/records');
	await admin.getByLabel('Search by name, email or record code').fill(code);
	await admin.getByRole('button', { name: 'Search', exact: true }).click();
	await admin.getByRole('link', { name: code }).click();
	await expect(admin.getByRole('heading', { level: 1 })).toHaveText(`Record ${code}`);
	await expectNoA11yViolations(admin);
	await admin.getByRole('button', { name: 'Revoke record' }).click();
	await expect(admin.getByText('Give a reason of at least 5 characters')).toBeVisible();
	await admin.getByRole('textbox', { name: 'Reason' }).first().fill('Completed by someone else on this account');
	await admin.getByRole('button', { name: 'Revoke record' }).click();
	await expect(admin.getByRole('status')).toContainText('Record revoked.');
	await expect(admin.getByRole('heading', { name: 'This record was revoked' })).toBeVisible();

	await stranger.reload();
	await expect(stranger.getByRole('heading', { level: 2, name: 'Revoked' })).toBeVisible();
	await expect(stranger.getByText(/This record was revoked on/)).toBeVisible();
	await expect(stranger.getByText('Completed by someone else')).toHaveCount(0);

	await page.goto(recordUrl);
	await expect(page.getByRole('heading', { name: 'This record was revoked' })).toBeVisible();
	await expect(page.getByText('Reason: Completed by someone else on this account')).toBeVisible();
	await expect(page.locator('.bc-certificate')).toContainText('Revoked');
	await expectNoA11yViolations(page);
});

test('a stranger types a code at /verify, in English or French, and an unknown code is a clear 404', async ({ newPage }) => {
	const page = await newPage();
	await page.goto('/verify');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Verify a completion record');
	await expectNoA11yViolations(page);
	await page.getByLabel('Record code').fill('not a code');
	await page.getByRole('button', { name: 'Verify' }).click();
	await expect(page.getByRole('alert')).toContainText('Enter a code like BC-7K3M-Q9XD');

	await page.getByLabel('Record code').fill('bc 2222 3333');
	await page.getByRole('button', { name: 'Verify' }).click();
	await expect(page).toHaveURL('/verify/BC-2222-3333');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('No such record');
	await expectNoA11yViolations(page);
	expect((await page.request.get('/verify/BC-2222-3333')).status()).toBe(404);

	const french = await newPage();
	const response = await french.goto('/fr/verify/BC-2222-3333');
	expect(response?.status()).toBe(404);
	await expect(french.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(french.getByRole('heading', { level: 1 })).toHaveText('Aucun dossier trouvé');
	await french.goto('/fr/verify');
	await expect(french.getByRole('heading', { level: 1 })).toHaveText('Vérifier un dossier de réussite');
	await expectNoA11yViolations(french);
});

test('an admin makes an API token for HR, which reads records until it is revoked', async ({ newPage, playwright, baseURL }) => {
	const admin = await newPage({ as: accounts.admin });
	await admin.goto('/admin/tokens');
	await expect(admin.getByRole('heading', { level: 1 })).toHaveText('API tokens');
	await expectNoA11yViolations(admin);
	await admin.getByLabel('Name').fill('Ministry of Health HR sync');
	await admin.getByRole('button', { name: 'Create token' }).click();
	const token = (await admin.getByTestId('new-token').textContent())!.trim();
	expect(token).toMatch(/^bc_[a-z2-7]{32}$/);
	await expectNoA11yViolations(admin);

	const api = await playwright.request.newContext({ baseURL });
	const listed = await api.get('/api/v1/records', { headers: { Authorization: `Bearer ${token}` } });
	expect(listed.status()).toBe(200);
	expect(Array.isArray((await listed.json()).records)).toBe(true);
	const anonymous = await api.get('/api/v1/records');
	expect(anonymous.status()).toBe(401);
	expect(await anonymous.json()).toMatchObject({ error: 'unauthorized' });

	await admin.reload();
	await admin.getByRole('button', { name: 'Revoke Ministry of Health HR sync' }).click();
	await expect(admin.getByRole('status')).toContainText('Token revoked');
	expect((await api.get('/api/v1/records', { headers: { Authorization: `Bearer ${token}` } })).status()).toBe(401);
	await api.dispose();
});
