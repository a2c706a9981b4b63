import type { Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { seedDashboardProgress } from './dashboard-progress';
import { accounts, expect, test } from './fixtures';

// The French journey, read as a francophone reads it: every /fr page each role reaches by
// following links from its French home page, scanned for English number formats, English
// dates and times, missing or misplaced no-break spaces (Canadian usage: before the colon and
// inside « », none before ; ? !) and interface words left in English. Text inside lang="en"
// (an English name, an English example post) and code follows English rules and is skipped.

const messages = (locale: string) => JSON.parse(readFileSync(`messages/${locale}.json`, 'utf8')) as Record<string, string>;
const en = messages('en');
const fr = messages('fr');

const people = {
	trainee: 'trainee04@demo.test', // prefers French
	instructor: accounts.instructor, // prefers French
	manager: accounts.manager,
	admin: accounts.admin
} as const;

/** Addresses a walk never opens: they leave the page, change something or download a file. */
const notAPage = /\/(sign-out|language|api|export|download|unsubscribe|invitation)(\/|$)|\.(csv|ics|pdf|json)$|\/reset-password/;

/** One page per route: ids become :id, so a cohort of 50 trainees is read once, not 50 times. */
const routeOf = (path: string) =>
	path
		.replace(/(.)\/$/, '$1')
		.split('/')
		.map((part) => (/^[a-z0-9]{16,}$/i.test(part) || /^BC-/.test(part) ? ':id' : part))
		.join('/');

/**
 * Interface words that exist only in English: short English messages whose French differs, not
 * names or brands (the same in both), checked as whole words and with their capitals.
 */
const englishWords = Object.entries(en)
	.filter(([key, text]) => key !== '$schema' && !text.includes('{') && text !== fr[key])
	.map(([, text]) => text.trim())
	.filter((text) => /^[A-Z][a-z]+( [a-z]+){0,2}$/.test(text) && text.length >= 4)
	// Words the demo's own data holds in English: people (« Isabelle Instructor », « Morgan Manager »),
	// ministries and branches from the roster (« Ministry of Health », « Communications Branch ») and
	// cohort names, which are what their authors typed (the test courses' « Records Cohort »).
	.filter((text) => !['Cohort', 'Instructor', 'Manager', 'Ministry', 'Branch', 'Records'].includes(text))
	// Words French shares with English (« Questions », « Module », « Total », « Instructions »…).
	.filter((text) => !Object.values(fr).some((french) => new RegExp(`(^|[^\\p{L}])${text}([^\\p{L}]|$)`, 'u').test(french)));

const months = 'January|February|March|April|May|June|July|August|September|October|November|December';
const rules: [string, RegExp][] = [
	// 1,234 (but not « 0,375 », a French decimal).
	['English thousands separator', /(?<![\d,])[1-9]\d{0,2}(,\d{3})+(?![\d,])/g],
	// Not a version (WCAG 2.1, version 2.0), a success criterion (1.4.3) nor a statute's subsection (par. 5 (1.1)).
	['decimal point in a number', /(?<![\d.]|WCAG\)? |version |Badges |\d \()\d+\.\d+(?![\d.])/g],
	['% without a no-break space before it', /(?<!\u00a0|\()%/g],
	['12-hour time', /\d\s?(a\.m\.|p\.m\.|AM|PM)(?![\p{L}])/gu],
	['English month name', new RegExp(`\\b(${months})\\b`, 'g')],
	// An address (https://) and a time (17:00, never French, but a code may hold one) keep theirs.
	['colon without a no-break space before it', /(?<!\u00a0|https?|mailto|\d(?=:\d)):(?!\/\/)/g],
	['« without a no-break space after it', /«(?!\u00a0)/g],
	['» without a no-break space before it', /(?<!\u00a0)»/g],
	['space before ; ? or !', /[ \u00a0\u202f][;?!]/g],
	[
		'untranslated interface words',
		new RegExp(`(?<![\\p{L}])(${englishWords.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?![\\p{L}])`, 'gu')
	]
];

/** Text that breaks a rule on purpose, each for a reason given. */
const genuine = [
	// A bilingual post in the French lesson, French then English, in one text.
	'September 25 is Franco-Ontarian Day.',
	// The English post a French quiz question quotes, inside its plain-text prompt.
	'Apply by Friday: ontario.ca/northerntrails',
	// A wrong answer on purpose, in the quiz question on how French writes the time.
	'4:30 PM'
];

/** Each rule broken by a text, with a few characters around it. */
function problemsIn(page: string): string[] {
	// An address keeps its own colons (a scheme, a port).
	const text = page.replace(/https?:\/\/\S+/g, '⟦url⟧');
	const found: string[] = [];
	for (const [rule, pattern] of rules) {
		for (const match of text.matchAll(pattern)) {
			if (genuine.some((known) => text.slice(match.index - known.length, match.index + known.length).includes(known))) continue;
			found.push(`${rule}: ${JSON.stringify(text.slice(Math.max(0, match.index - 25), match.index + match[0].length + 15))}`);
		}
	}
	return found;
}

/** The page's French text: what shows, what a screen reader reads in attributes, and the title. */
async function frenchTextOf(page: Page): Promise<string[]> {
	return page.evaluate(() => {
		const skipped = (element: Element | null) => !!element?.closest('code, pre, script, style, [lang]:not([lang^="fr"]):not(html)');
		// Visible text without the parts in another language: their text becomes a mark, so what
		// surrounds them is still read as it stands (« Cohorte : ⟦en⟧ »).
		for (const element of document.body.querySelectorAll('code, pre, [lang]:not([lang^="fr"])')) element.textContent = '⟦en⟧';
		const texts = [document.title, document.body.innerText];
		for (const element of document.body.querySelectorAll('[aria-label], [title], [placeholder], [alt], [aria-description]')) {
			if (skipped(element)) continue;
			for (const name of ['aria-label', 'title', 'placeholder', 'alt', 'aria-description']) {
				const value = element.getAttribute(name);
				if (value) texts.push(value);
			}
		}
		return texts;
	});
}

/** Follows the French links from `start`, one page per route, and lists every problem by page. */
async function walk(page: Page, starts: string[], skip?: RegExp, limit = 80): Promise<{ visited: string[]; problems: string[] }> {
	const queue = [...starts];
	const seen = new Set(queue.map(routeOf));
	const visited: string[] = [];
	const problems: string[] = [];
	while (queue.length && visited.length < limit) {
		const path = queue.shift()!;
		const response = await page.goto(path);
		if (!response || response.status() >= 400 || !new URL(page.url()).pathname.startsWith('/fr')) continue;
		visited.push(path);
		await expect(page.locator('html')).toHaveAttribute('lang', 'fr');
		for (const text of await frenchTextOf(page)) for (const problem of problemsIn(text)) problems.push(`${path} — ${problem}`);
		const links = await page.locator('a[href^="/fr"]').evaluateAll((anchors) => anchors.map((a) => (a as HTMLAnchorElement).pathname));
		for (const link of links) {
			if (notAPage.test(link) || skip?.test(link) || seen.has(routeOf(link))) continue;
			seen.add(routeOf(link));
			queue.push(link);
		}
	}
	return { visited, problems: [...new Set(problems)] };
}

test.describe.configure({ mode: 'parallel' });

/** Cohort 1, given progress below: its dashboard and trainees' pages have figures to read. */
let cohortOne = '';

test.beforeAll(() => {
	// Percentages, scores, dates and people at risk on the dashboards: the seed alone has none.
	cohortOne = seedDashboardProgress().cohortId;
});

/**
 * The trainee finishes the test course's first lesson, which opens its quiz. (The quiz is not handed
 * in: quiz.spec.ts counts that quiz's attempts in this cohort; its French result page is read there.)
 */
async function openTheQuiz(page: Page) {
	await page.goto('/fr/courses/fixture-course/basics');
	const complete = page.getByRole('button', { name: 'Marquer comme terminé' });
	if (await complete.isVisible()) {
		await complete.click();
		await expect(page.getByText('Module terminé. Bravo!')).toBeVisible();
	}
}

test('the scan finds what it is meant to find', () => {
	expect(englishWords).toEqual(expect.arrayContaining(['Sign out', 'Continue', 'Behind', 'Save draft']));
	const english = [
		'1,234 characters',
		'36.7%',
		'36,7 %',
		'due 5 p.m.',
		'December 1',
		'Connecté·e : Ana',
		'Connecté·e: Ana',
		'« oui »',
		'Pourquoi ?',
		'Sign out'
	];
	for (const text of english) expect(problemsIn(text), text).not.toEqual([]);
	const french = [
		'63\u00a0206 caractères',
		'36,7\u00a0%',
		'22\u00a0h\u00a004',
		'1er décembre',
		'Connecté·e\u00a0: Ana',
		'«\u00a0oui\u00a0»',
		'Pourquoi?',
		'https://ontario.ca',
		'Se déconnecter'
	];
	for (const text of french) expect(problemsIn(text), text).toEqual([]);
});

for (const [role, email] of Object.entries(people)) {
	test(`every French page the ${role} reaches is written in French, the French way`, async ({ newPage }) => {
		test.setTimeout(420_000);
		const page = await newPage({ as: email });
		if (role === 'trainee') await openTheQuiz(page);
		const staff = role === 'instructor' || role === 'admin' ? [`/fr/cohorts/${cohortOne}/dashboard`] : [];
		// Staff see the lessons, quizzes and exercises the trainee's walk reads already: their walk
		// keeps to the course pages themselves and the pages only staff have.
		const lessons = staff.length ? /^\/fr\/courses\/[^/]+\/./ : undefined;
		const { visited, problems } = await walk(page, [...staff, '/fr', '/fr/records', '/fr/calendar', '/fr/verify'], lessons);
		test.info().annotations.push({ type: 'pages read', description: visited.join(' ') });
		expect(visited.length, visited.join('\n')).toBeGreaterThan(3);
		expect(problems, `pages read: ${visited.length}`).toEqual([]);
	});
}
