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
			...[
				'welcome',
				'official-use',
				'writing',
				'accessibility',
				'french',
				'customer-service',
				'issues-management',
				'engagement',
				'measuring',
				'beyond-the-post'
			].map((module) => `${COURSE}/${module}`),
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

/** What a page says about itself: its language, its description, and lesson images missing a width or height. */
function pageFacts(page: Page) {
	return page.evaluate(() => ({
		lang: document.documentElement.lang,
		description: document.querySelector<HTMLMetaElement>('meta[name="description"]')?.content.trim() ?? '',
		descriptions: document.querySelectorAll('meta[name="description"]').length,
		unsized: [...document.querySelectorAll<HTMLImageElement>('.bc-lesson-main img')]
			.filter((img) => !(Number(img.getAttribute('width')) > 0 && Number(img.getAttribute('height')) > 0))
			.map((img) => img.getAttribute('src') ?? '')
	}));
}

for (const { role, as, pages } of journey) {
	for (const width of WIDTHS) {
		test(`at ${width} px, no page the ${role} opens scrolls sideways, and each describes itself in its language`, async ({ newPage }) => {
			test.setTimeout(240_000);
			const page = await newPage({ as, viewport: { width, height: 720 } });
			const problems: string[] = [];
			const described = new Map<string, string>();
			const paths = pages(ids());
			// English first: once a page in French is opened, the language may stick for the session.
			for (const [path, address] of [...paths.map((p) => [p, p]), ...paths.map((p) => [p, `/fr${p === '/' ? '' : p}`])]) {
				const response = await page.goto(address);
				expect(response?.status(), `status of ${address}`).toBeLessThan(400);
				const seen = await overflow(page);
				if (seen.scrollWidth > width) problems.push(`${address}: ${seen.scrollWidth} px wide — ${seen.culprits.join(', ')}`);
				const facts = await pageFacts(page);
				// A French-preferring person may be sent from an English address to /fr: judge the page they land on.
				const french = /^\/fr(\/|$)/.test(new URL(page.url()).pathname);
				if (facts.lang !== (french ? 'fr' : 'en')) problems.push(`${address}: in ${facts.lang}`);
				if (facts.descriptions !== 1 || facts.description.length < 20) problems.push(`${address}: description "${facts.description}" (${facts.descriptions})`);
				// The French page describes itself in French: not in the English page's words.
				if (french && facts.description === described.get(path)) problems.push(`${address}: the English description`);
				if (!french) described.set(path, facts.description);
				if (facts.unsized.length) problems.push(`${address}: images without width and height: ${facts.unsized.join(', ')}`);
			}
			expect(problems, `at ${width} px`).toEqual([]);
		});
	}
}

test('lesson figures carry their width and height, so nothing shifts as they load', async ({ newPage }) => {
	const page = await newPage({ as: accounts.instructor });
	await page.goto(`${COURSE}/welcome`);
	const figures = page.locator('.bc-lesson-main img');
	expect(await figures.count()).toBeGreaterThan(1);
	for (const img of await figures.all()) {
		const [width, height] = [Number(await img.getAttribute('width')), Number(await img.getAttribute('height'))];
		expect(width, `width of ${await img.getAttribute('src')}`).toBeGreaterThan(0);
		// The attributes give the drawing's own shape: the rendered box keeps it.
		const box = (await img.boundingBox())!;
		expect(Math.abs(box.width / box.height - width / height)).toBeLessThan(0.02);
	}
});

test('a locked module shows a lock and why, and does not look like a link to read', async ({ newPage }) => {
	const page = await newPage({ as: TRAINEE, viewport: { width: 320, height: 720 } });
	await page.goto(COURSE);
	const locked = page.locator('.bc-modules__item').nth(1);
	await expect(locked).toContainText('Opens when you complete:');
	const link = locked.getByRole('link', { name: /— Locked$/ });
	await expect(link.locator('svg')).toBeVisible();
	const open = page.locator('.bc-modules__item').first().getByRole('link');
	const style = (element: typeof link) => element.evaluate((a) => `${getComputedStyle(a).color} ${getComputedStyle(a).textDecorationLine}`);
	expect(await style(link)).not.toEqual(await style(open));
	expect(await link.evaluate((a) => getComputedStyle(a).textDecorationLine)).toBe('none');
});

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
	await expect(bar).toContainText(/Erreurs\s:\s\d+\./);
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
