import { expectNoA11yViolations } from './axe';
import { bypasses } from '../fixtures/redirect-bypasses';
import { COHORT_1, COHORT_1_FR, DEMO_PASSWORD, accounts, expect, signInWithForm, test, unknownEmail } from './fixtures';

const homes = [
	{ role: 'trainee', email: accounts.trainee, section: 'Your courses', shows: COHORT_1 },
	{ role: 'manager', email: accounts.manager, section: 'Your team', shows: 'People on your team in the bootcamp: 10.' },
	{ role: 'admin', email: accounts.admin, section: 'Administration', shows: 'Manage people' }
];

for (const { role, email, section, shows } of homes) {
	test(`the ${role} signs in to their home page and signs out`, async ({ page }) => {
		await page.goto('/sign-in');
		await expect(page).toHaveTitle('Sign in — Bootcamp');
		await expectNoA11yViolations(page);

		await signInWithForm(page, email);
		await expect(page).toHaveURL('/');
		await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your bootcamp');
		const own = page.getByRole('region', { name: section });
		await expect(own).toBeVisible();
		await expect(own).toContainText(shows);
		await expectNoA11yViolations(page);

		await page.getByRole('button', { name: 'Sign out' }).click();
		await expect(page).toHaveURL('/sign-in?signed-out=1');
		await expect(page.getByRole('status')).toHaveText('You have signed out.');
		await expectNoA11yViolations(page);
		await page.goto('/');
		await expect(page).toHaveURL('/sign-in?next=%2F');
	});
}

test('the instructor, whose account prefers French, lands on the French home page and signs out', async ({ page }) => {
	await page.goto('/sign-in');
	await signInWithForm(page, accounts.instructor);
	await expect(page).toHaveURL(/\/fr\/?$/);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	const own = page.getByRole('region', { name: 'Vos cohortes en tant que formateur' });
	await expect(own).toContainText(COHORT_1_FR);
	await expectNoA11yViolations(page);
	await page.getByRole('button', { name: 'Se déconnecter' }).click();
	await expect(page).toHaveURL('/fr/sign-in?signed-out=1');
	await expect(page.getByRole('status')).toHaveText('Vous avez fermé votre session.');
});

test('a trainee opening an admin page is told they have no access, in either language', async ({ newPage }) => {
	const page = await newPage({ as: accounts.trainee });

	const english = await page.goto('/admin');
	expect(english?.status()).toBe(403);
	await expect(page).toHaveTitle('You do not have access to this page — Bootcamp');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('You do not have access to this page');
	await expectNoA11yViolations(page);

	const french = await page.goto('/fr/admin');
	expect(french?.status()).toBe(403);
	await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Vous n’avez pas accès à cette page');
	await expectNoA11yViolations(page);
});

test('someone not signed in is sent to sign in, then back to the page they asked for', async ({ page }) => {
	await page.goto('/admin');
	await expect(page).toHaveURL('/sign-in?next=%2Fadmin');
	await expectNoA11yViolations(page);

	await signInWithForm(page, accounts.admin);
	await expect(page).toHaveURL('/admin');
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Cohorts');
	await expectNoA11yViolations(page);
});

test.describe('without JavaScript', () => {
	test.use({ javaScriptEnabled: false });

	test('a wrong password shows the error summary, and the right one signs in', async ({ page }) => {
		await page.goto('/sign-in');
		await expectNoA11yViolations(page, { javaScriptEnabled: false });
		await signInWithForm(page, unknownEmail('no-js'), 'not the password');
		const summary = page.getByRole('alert');
		await expect(summary).toContainText('There is a problem');
		await expect(summary).toContainText('That email and password do not match an account.');
		await expectNoA11yViolations(page, { javaScriptEnabled: false });

		await signInWithForm(page, 'trainee03@demo.test');
		await expect(page).toHaveURL('/');
		await expect(page.getByRole('region', { name: 'Your courses' })).toContainText(COHORT_1);
		await expectNoA11yViolations(page, { javaScriptEnabled: false });
	});

	test('six wrong passwords in a row make that email wait at this address with a 429, never a 500', async ({ page }) => {
		const email = unknownEmail('locked');
		await page.goto('/sign-in');
		const attempt = async () => {
			const posted = page.waitForResponse((r) => r.request().method() === 'POST' && new URL(r.url()).pathname === '/sign-in');
			await signInWithForm(page, email, 'wrong password');
			return (await posted).status();
		};

		for (let i = 1; i <= 5; i++) {
			expect(await attempt(), `attempt ${i}`).toBe(400);
			await expect(page.getByRole('alert')).toContainText('That email and password do not match an account.');
			// The same page each time, scanned once.
			if (i === 1) await expectNoA11yViolations(page, { javaScriptEnabled: false });
		}
		expect(await attempt(), 'attempt 6').toBe(429);
		// The first wait is a minute; it doubles with each further failure (tests/integration/sign-in.test.ts).
		await expect(page.getByRole('alert')).toContainText('Too many sign-in attempts. For your security, wait 1 minute before trying again.');
		await expectNoA11yViolations(page, { javaScriptEnabled: false });
	});
});

test('no next value from a list of known open-redirect bypasses leads off the site after signing in', async ({ playwright, baseURL }) => {
	const request = await playwright.request.newContext({ baseURL });
	const site = new URL(baseURL!);
	const expectOnSite = (response: Awaited<ReturnType<typeof request.get>>, next: string) => {
		expect(response.status(), next).toBe(303);
		const location = response.headers()['location'];
		expect(location, next).toMatch(/^\/(?![/\\])/);
		expect(new URL(location, site).host, next).toBe(site.host);
	};
	// Each value as the server receives it, and as an attacker would paste it where it is printable.
	const queries = bypasses.flatMap((next) => [encodeURIComponent(next), ...(/^[!-~]+$/.test(next) && !/[#&]/.test(next) ? [next] : [])]);
	expect(queries.length).toBeGreaterThanOrEqual(20);
	for (const query of queries) {
		// Through the sign-in action…
		const posted = await request.post(`/sign-in?next=${query}`, {
			form: { email: accounts.manager, password: DEMO_PASSWORD },
			headers: { Accept: 'text/html', Origin: baseURL! },
			maxRedirects: 0
		});
		expectOnSite(posted, query);
		// …and through the sign-in page of someone already signed in.
		expectOnSite(await request.get(`/sign-in?next=${query}`, { maxRedirects: 0 }), query);
	}
	// A path on the site still brings the person back there, language included.
	const back = await request.get(`/sign-in?next=${encodeURIComponent('/fr/team?x=1')}`, { maxRedirects: 0 });
	expect(back.headers()['location']).toBe('/fr/team?x=1');
	await request.dispose();
});
