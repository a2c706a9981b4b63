import Database from 'better-sqlite3';
import type { Page } from '@playwright/test';
import { expectNoA11yViolations } from './axe';
import { COHORT_1, accounts, e2eDatabasePath, expect, test } from './fixtures';

// A phone is a first-class device: every page of the journey, for every role, fits a 320 px
// and a 390 px screen in both languages (nothing scrolls sideways), and the composer's checks
// stay in sight while the trainee types. trainee29 is no other test's: this one only reads,
// and types a draft in module 1's exercise without submitting it.
const TRAINEE = 'trainee29@demo.test';
const COURSE = '/courses/social-media-bootcamp';
const WIDTHS = [320, 390] as const;

interface Ids {
	cohort: string;
	trainee: string;
}

function ids(): Ids {
	const db = new Database(e2eDatabasePath(), { readonly: true, fileMustExist: true });
	try {
		const cohort = (db.prepare('select id from cohorts where name = ?').get(COHORT_1) as { id: string }).id;
		const trainee = (db.prepare('select id from users where email = ?').get(TRAINEE) as { id: string }).id;
		return { cohort, trainee };
	} finally {
		db.close();
	}
}

/** Each role's pages of the journey (English paths; the French ones are the same under /fr). */
const journey: { role: string; as?: string; pages: (ids: Ids) => string[] }[] = [
	{ role: 'anonymous', pages: () => ['/sign-in', '/reset-password', '/verify', '/accessibility', '/privacy', '/contact'] },
	{
		role: 'trainee',
		as: TRAINEE,
		pages: () => ['/', COURSE, `${COURSE}/welcome`, `${COURSE}/welcome/quiz`, `${COURSE}/welcome/exercise`, '/records', '/calendar']
	},
	{ role: 'manager', as: accounts.manager, pages: () => ['/', '/team'] },
	{
		role: 'instructor',
		as: accounts.instructor,
		pages: ({ cohort, trainee }) => [
			'/',
			...['welcome', 'official-use', 'writing', 'accessibility', 'french', 'customer-service', 'issues-management', 'engagement', 'measuring'].map(
				(module) => `${COURSE}/${module}`
			),
			`/cohorts/${cohort}`,
			`/cohorts/${cohort}/dashboard`,
			`/cohorts/${cohort}/reviews`,
			`/cohorts/${cohort}/quizzes`,
			`/cohorts/${cohort}/quizzes/welcome`,
			`/cohorts/${cohort}/schedule`,
			`/cohorts/${cohort}/settings`,
			`/cohorts/${cohort}/import`,
			`/cohorts/${cohort}/trainees/${trainee}`
		]
	},
	{
		role: 'admin',
		as: accounts.admin,
		pages: ({ cohort }) => [
			'/',
			'/admin',
			'/admin/people',
			'/admin/records',
			'/admin/reports',
			`/admin/reports?cohort=${cohort}`,
			'/admin/tokens',
			'/admin/outbox'
		]
	}
];

/** The elements that stick out past the right edge of the screen, to say where the overflow comes from. */
async function overflow(page: Page) {
	return page.evaluate(() => {
		const width = document.documentElement.clientWidth;
		const culprits: string[] = [];
		const scrolls = (element: Element) => getComputedStyle(element).overflowX !== 'visible';
		const clipped = (element: Element) => {
			for (let parent = element.parentElement; parent && parent !== document.body; parent = parent.parentElement) if (scrolls(parent)) return true;
			return false;
		};
		for (const element of document.querySelectorAll('body *')) {
			if (clipped(element)) continue;
			const box = element.getBoundingClientRect();
			if (box.right > width + 0.5 && box.width > 0) {
				const name = `${element.tagName.toLowerCase()}${element.id ? '#' + element.id : ''}${element.className && typeof element.className === 'string' ? '.' + element.className.trim().split(/\s+/).join('.') : ''}`;
				culprits.push(`${name} (${Math.round(box.left)}–${Math.round(box.right)})`);
			}
		}
		return { scrollWidth: document.documentElement.scrollWidth, width, culprits: culprits.slice(0, 8) };
	});
}

for (const { role, as, pages } of journey) {
	for (const width of WIDTHS) {
		test(`at ${width} px, no page the ${role} opens scrolls sideways, in English and in French`, async ({ newPage }) => {
			test.setTimeout(180_000);
			const page = await newPage({ as, viewport: { width, height: 720 } });
			const problems: string[] = [];
			const paths = pages(ids());
			// English first: once a page in French is opened, the language may stick for the session.
			for (const address of [...paths, ...paths.map((path) => `/fr${path === '/' ? '' : path}`)]) {
				{
					const response = await page.goto(address);
					expect(response?.status(), `status of ${address}`).toBeLessThan(400);
					const seen = await overflow(page);
					if (seen.scrollWidth > width) problems.push(`${address}: ${seen.scrollWidth} px wide — ${seen.culprits.join(', ')}`);
				}
			}
			expect(problems, `pages wider than ${width} px`).toEqual([]);
		});
	}
}

test('at 320 px the check summary stays in sight while the trainee types, and jumps to the full list', async ({ newPage }) => {
	const page = await newPage({ as: TRAINEE, viewport: { width: 320, height: 640 } });
	await page.goto(`${COURSE}/welcome/exercise`);
	const post = page.getByLabel('Your post', { exact: true });
	await post.fill('CLICK HERE NOW!!! #ontariojobs');
	await post.press('End');
	const bar = page.getByTestId('check-summary-bar');
	await expect(bar).toContainText(/Errors: \d+\. Warnings: \d+\. Advice: \d+\./);
	await expect(bar).toBeInViewport();
	// The field being typed in is in sight too: the bar sits at the foot of the screen, under it.
	await expect(post).toBeInViewport();
	const barBox = (await bar.boundingBox())!;
	expect(barBox.y + barBox.height).toBeLessThanOrEqual(640 + 1);
	await bar.getByRole('link', { name: 'See the checks' }).click();
	await expect(page.getByRole('region', { name: 'Checks' }).getByRole('listitem').first()).toBeInViewport();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('at 390 px in French, the summary is in French', async ({ newPage }) => {
	const page = await newPage({ as: TRAINEE, viewport: { width: 390, height: 700 } });
	await page.goto(`/fr${COURSE}/welcome/exercise`);
	const post = page.getByLabel('Votre publication', { exact: true });
	await post.fill('CLIQUEZ ICI!!!');
	const bar = page.getByTestId('check-summary-bar');
	await expect(bar).toContainText(/Erreurs : \d+\./);
	await expect(bar).toBeInViewport();
	await expect(bar.getByRole('link', { name: 'Voir les vérifications' })).toBeVisible();
});

test('the menu opens without JavaScript on a phone, and marks the page where the reader is', async ({ newPage }) => {
	const page = await newPage({ as: accounts.admin, viewport: { width: 320, height: 720 }, javaScriptEnabled: false });
	await page.goto('/admin/people');
	const nav = page.getByRole('navigation', { name: 'Main' });
	await expect(nav.getByRole('link', { name: 'People' })).toBeHidden();
	await nav.getByText('Menu').click();
	await expect(nav.getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
	await expect(nav.getByRole('link', { name: 'Cohorts' })).not.toHaveAttribute('aria-current', /.*/);
	await expect(nav.getByRole('button', { name: 'Sign out' })).toBeVisible();
	expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(320);
});

test('axe finds nothing at 320 px on the key pages, the menu open', async ({ newPage }) => {
	test.setTimeout(120_000);
	const trainee = await newPage({ as: TRAINEE, viewport: { width: 320, height: 720 } });
	for (const path of ['/', COURSE, `${COURSE}/official-use`, `/fr${COURSE}/welcome/exercise`, '/accessibility']) {
		await trainee.goto(path);
		await expectNoA11yViolations(trainee);
	}
	await trainee.getByRole('navigation', { name: 'Main' }).getByText('Menu').click();
	await expectNoA11yViolations(trainee);
	const admin = await newPage({ as: accounts.admin, viewport: { width: 320, height: 720 } });
	for (const path of ['/admin', '/admin/people']) {
		await admin.goto(path);
		await expectNoA11yViolations(admin);
	}
	const anonymous = await newPage({ viewport: { width: 320, height: 720 } });
	await anonymous.goto('/fr/sign-in');
	await expectNoA11yViolations(anonymous);
});
