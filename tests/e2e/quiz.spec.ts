import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { parse } from 'yaml';
import { expectNoA11yViolations } from './axe';
import { accounts, expect, test } from './fixtures';

// The fixture course's quiz (tests/fixtures/courses/fixture-course/02-practice/quiz.yaml): seven
// questions, one of each type, shuffled; 75% to pass, three attempts. trainee05–07 of the Fixture
// Cohort take it here; the instructor then reads the statistics, so the file runs in order.
test.describe.configure({ mode: 'serial' });

const QUIZ = '/courses/fixture-course/practice/quiz';
const quizFile = parse(readFileSync('tests/fixtures/courses/fixture-course/02-practice/quiz.yaml', 'utf8'));

const right = {
	en: {
		lead: ['Where should a post put what people most need to know?', 'In the first sentence'],
		multi: ['Which of these keep a post short and clear?', ['One idea per post', 'Everyday words instead of jargon']],
		trueFalse: ['A post should end with several different requests', 'False'],
		text: ['What do we call the sentence that tells people what to do next?', 'Your answer', '  Call to ACTION '],
		order: [
			'Put these steps for writing a post in order.',
			'Position of:',
			['Decide the one thing people need to know', 'Write it as the first sentence', 'End with one clear next step', 'Check the post in both languages']
		],
		match: [
			'Match each part of a post with its job.',
			[
				['The first sentence', 'Carries the news'],
				['The closing sentence', 'Tells people what to do next'],
				['The link', 'Leads to the details']
			]
		],
		post: ['Which post is better?', 'Flu shots are now available']
	},
	fr: {
		lead: ['Où une publication doit-elle placer ce que les gens doivent savoir en priorité?', 'Dans la première phrase'],
		multi: ['Lesquels de ces choix rendent une publication courte et claire?', ['Une seule idée par publication', 'Des mots courants plutôt que du jargon']],
		trueFalse: ['Une publication devrait se terminer par plusieurs demandes différentes', 'Faux'],
		text: ['Comment appelle-t-on la phrase qui dit aux gens quoi faire ensuite?', 'Votre réponse', "Appel à l'action"],
		order: [
			'Placez ces étapes de rédaction d’une publication dans l’ordre.',
			'Position de :',
			[
				'Choisir la chose que les gens doivent savoir',
				'L’écrire en première phrase',
				'Terminer par une seule étape claire',
				'Vérifier la publication dans les deux langues'
			]
		],
		match: [
			'Associez chaque partie d’une publication à son rôle.',
			[
				['La première phrase', 'Porte la nouvelle'],
				['La phrase de clôture', 'Dit aux gens quoi faire ensuite'],
				['Le lien', 'Mène aux détails']
			]
		],
		post: ['Quelle publication est la meilleure?', 'Le vaccin contre la grippe']
	}
} as const;

/** Each question is a fieldset named by its legend; the tests find them by prompt, whatever the shuffle. */
const question = (page: Page, prompt: string) => page.getByRole('group', { name: new RegExp(prompt.replace(/[.?()]/g, '\\$&')) });

async function answerEverythingRight(page: Page, lang: 'en' | 'fr', only?: (keyof typeof right.en)[]) {
	const a = right[lang];
	const want = (key: keyof typeof right.en) => !only || only.includes(key);
	if (want('lead')) await question(page, a.lead[0]).getByLabel(a.lead[1], { exact: true }).check();
	if (want('multi')) for (const label of a.multi[1]) await question(page, a.multi[0]).getByLabel(label, { exact: true }).check();
	if (want('trueFalse')) await question(page, a.trueFalse[0]).getByLabel(a.trueFalse[1], { exact: true }).check();
	if (want('text')) await question(page, a.text[0]).getByLabel(a.text[1]).fill(a.text[2]);
	if (want('order')) {
		const [prompt, prefix, items] = a.order;
		for (const [i, item] of items.entries())
			await question(page, prompt)
				.getByLabel(`${prefix} ${item}`)
				.selectOption(String(i + 1));
	}
	if (want('match'))
		for (const [label, choice] of a.match[1]) await question(page, a.match[0]).getByLabel(label, { exact: true }).selectOption({ label: choice });
	if (want('post')) await question(page, a.post[0]).locator('.bc-post-option', { hasText: a.post[1] }).getByRole('radio').check();
}

async function completeBasics(page: Page, lang: 'en' | 'fr' = 'en') {
	await page.goto(`${lang === 'fr' ? '/fr' : ''}/courses/fixture-course/basics`);
	await page.getByRole('button', { name: lang === 'fr' ? 'Marquer comme terminé' : 'Mark as complete' }).click();
	await expect(page.getByText(lang === 'fr' ? 'Module terminé. Bravo!' : 'Module completed. Well done!')).toBeVisible();
}

/**
 * What must stay on the server until an attempt is graded: the feedback texts (explanations,
 * option feedback, why a post is better) and the short-text answer keys.
 */
function secretsOfQuiz(): { feedback: string[]; keys: string[] } {
	const feedback: string[] = [];
	const keys: string[] = [];
	const both = (text?: { en: string; fr: string }) => text && feedback.push(text.en, text.fr);
	for (const q of quizFile.questions) {
		both(q.explanation);
		for (const option of q.options ?? []) both(option.feedback);
		for (const post of q.posts ?? []) both(post.why);
		if (q.accepted) keys.push(...q.accepted.en, ...q.accepted.fr);
		if (q.pattern) keys.push(q.pattern);
	}
	return { feedback, keys };
}

const decodeHtml = (html: string) =>
	html
		.replace(/&#(\d+);/g, (_, n) => String.fromCodePoint(Number(n)))
		.replace(/&#x([0-9a-f]+);/gi, (_, n) => String.fromCodePoint(parseInt(n, 16)))
		.replace(/&quot;/g, '"')
		.replace(/&apos;/g, "'")
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&amp;/g, '&');

/** Every string and key in a JSON document, so escapes cannot hide a match. */
function jsonStrings(value: unknown, out: string[] = []): string[] {
	if (typeof value === 'string') out.push(value);
	else if (Array.isArray(value)) value.forEach((v) => jsonStrings(v, out));
	else if (value && typeof value === 'object') {
		for (const [key, v] of Object.entries(value)) {
			out.push(key);
			jsonStrings(v, out);
		}
	}
	return out;
}

/** The longest plain-ASCII stretch of a secret, as found even in minified or escaped code. */
const probeOf = (secret: string) =>
	secret
		.split(/[^A-Za-z0-9 ,;]+/)
		.map((part) => part.trim())
		.sort((a, b) => b.length - a.length)[0];

function clientFiles(dir = 'build/client'): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? clientFiles(path) : /\.(js|css|html|json|txt|svg)$/.test(name) ? [path] : [];
	});
}

async function expectNoSecrets(page: Page, path: string) {
	const { feedback, keys } = secretsOfQuiz();
	const secrets = [...feedback, ...keys];
	const html = decodeHtml(await (await page.request.get(path, { headers: { Accept: 'text/html' } })).text());
	const data = JSON.parse(await (await page.request.get(`${path.replace(/\/$/, '')}/__data.json`)).text());
	const dataText = jsonStrings(data).join('\n');
	expect(html).toContain('<main');
	for (const secret of secrets) {
		expect(html, `"${secret}" in the HTML of ${path}`).not.toContain(secret);
		expect(dataText, `"${secret}" in ${path}/__data.json`).not.toContain(secret);
	}
	for (const key of ['correct', 'better', 'accepted', 'pattern', 'explanation', 'feedback', 'why', 'answer']) {
		expect(jsonStrings(data), `a "${key}" field in ${path}/__data.json`).not.toContain(key);
	}
}

test('a trainee fails the quiz, tries again, passes, and the module counts as completed; no answer key reaches the browser first', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee05@demo.test' });
	await completeBasics(page);
	await page.goto('/courses/fixture-course/practice');
	const requirement = page.getByRole('listitem').filter({ hasText: 'Pass the quiz' });
	await expect(requirement).toContainText('not done yet');
	await expectNoA11yViolations(page);
	await requirement.getByRole('link', { name: 'Go to the quiz' }).click();

	await expect(page).toHaveURL(QUIZ);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz: Practice makes posts');
	await expect(page.getByText('Shown after each attempt')).toBeVisible();
	await expect(page.getByText('You have not taken this quiz yet.')).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Attempt 1: Practice makes posts quiz');
	await expect(page.getByRole('group', { name: /^Question \d of 7/ })).toHaveCount(7);
	await expect(page.getByText('Time left:')).toBeVisible();
	await expectNoA11yViolations(page);

	// Before anything is submitted: the quiz page, the attempt, their data and every built file.
	await expectNoSecrets(page, QUIZ);
	await expectNoSecrets(page, new URL(page.url()).pathname);
	// Built files hold every UI string, so only the feedback sentences are distinctive enough to
	// look for there (a phrase like "call to action" may well be a message of another page).
	const probes = secretsOfQuiz()
		.feedback.map(probeOf)
		.filter((probe) => probe.length >= 12);
	expect(probes.length).toBeGreaterThan(10);
	for (const file of clientFiles()) {
		const text = readFileSync(file, 'utf8');
		for (const probe of probes) expect(text.includes(probe), `"${probe}" in ${file}`).toBe(false);
	}

	await page.getByRole('button', { name: 'Submit answers' }).click();
	const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
	// Every question, the ordering one too: its positions start blank rather than looking answered.
	await expect(summary.getByRole('link', { name: /^Question \d has no answer yet$/ })).toHaveCount(7);
	await expect(summary).toBeFocused();
	await expectNoA11yViolations(page);
	const first = summary.getByRole('link').first();
	const number = (await first.textContent())!.match(/Question (\d)/)![1];
	await first.click();
	await expect(page.getByRole('group', { name: new RegExp(`^Question ${number} of 7`) })).toBeFocused();
	await page.getByRole('button', { name: 'Submit with unanswered questions' }).click();

	await expect(page.getByRole('heading', { name: 'You scored 0%. You need 75% to pass.' })).toBeVisible();
	await expect(page.getByText('Attempts left: 2.')).toBeVisible();
	await expect(page.getByText(quizFile.questions[0].explanation.en)).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByRole('button', { name: 'Try again' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Attempt 2: Practice makes posts quiz');
	await answerEverythingRight(page, 'en');
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(page.getByRole('heading', { name: 'You passed with 100%.' })).toBeVisible();
	await expect(page.getByText('Your pass is recorded on the module.')).toBeVisible();
	await expect(page.getByText('Correct', { exact: true })).toHaveCount(7);
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'Back to the quiz' }).click();
	await expect(page.getByRole('heading', { name: 'You passed this quiz. Your score: 100%.' })).toBeVisible();
	const attempts = page.getByRole('table', { name: 'Your attempts' });
	await expect(attempts.getByRole('row')).toHaveCount(3);
	await expectNoA11yViolations(page);

	// Basics and Practice at least: other files' tests may complete this trainee's exercises meanwhile.
	await page.goto('/courses/fixture-course');
	await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: 'Practice makes posts' }) })).toContainText('Completed');
	const completed = await page
		.getByText(/^\d+ of \d+ modules completed$/)
		.first()
		.textContent();
	expect(Number(completed!.split(' ')[0])).toBeGreaterThanOrEqual(2);
});

test('without JavaScript: answers saved, resumed later, then submitted and passed', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee06@demo.test', javaScriptEnabled: false });
	await completeBasics(page);
	await page.goto(QUIZ);
	await expectNoA11yViolations(page, { javaScriptEnabled: false });
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	await answerEverythingRight(page, 'en', ['lead', 'text', 'order']);
	await page.getByRole('button', { name: 'Save and continue later' }).click();
	await expect(page.getByRole('heading', { name: /^Your answers are saved/ })).toBeVisible();
	await expectNoA11yViolations(page, { javaScriptEnabled: false });

	await page.goto('/courses/fixture-course/practice');
	await page.getByRole('link', { name: 'Go to the quiz' }).click();
	await expect(page.getByText('You have an attempt in progress.')).toBeVisible();
	await expectNoA11yViolations(page, { javaScriptEnabled: false });
	await page.getByRole('link', { name: 'Resume your attempt' }).click();
	await expect(question(page, right.en.lead[0]).getByLabel(right.en.lead[1], { exact: true })).toBeChecked();
	await expect(question(page, right.en.text[0]).getByLabel('Your answer')).toHaveValue(right.en.text[2]);
	await expect(question(page, right.en.order[0]).getByLabel(`Position of: ${right.en.order[2][3]}`)).toHaveValue('4');

	await expectNoA11yViolations(page, { javaScriptEnabled: false });
	await answerEverythingRight(page, 'en', ['multi', 'trueFalse', 'match', 'post']);
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(page.getByRole('heading', { name: 'You passed with 100%.' })).toBeVisible();
	await expectNoA11yViolations(page, { javaScriptEnabled: false });
});

test('in French: the quiz taken and passed at /fr', async ({ newPage }) => {
	const page = await newPage({ as: 'trainee07@demo.test' });
	await completeBasics(page, 'fr');
	await page.goto('/fr/courses/fixture-course/practice');
	await expectNoA11yViolations(page);
	await page.getByRole('link', { name: 'Aller au questionnaire' }).click();
	await expect(page).toHaveURL(`/fr${QUIZ}`);
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Questionnaire : C’est en publiant qu’on apprend');
	await expect(page.getByText('Affichées après chaque tentative')).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByRole('button', { name: 'Commencer le questionnaire' }).click();
	await expect(page).toHaveURL(/\/fr\/courses\/fixture-course\/practice\/quiz\/attempts\//);
	await expect(page.getByRole('group', { name: /^Question \d sur 7/ })).toHaveCount(7);
	await expectNoA11yViolations(page);
	await answerEverythingRight(page, 'fr');
	await page.getByRole('button', { name: 'Soumettre mes réponses' }).click();
	await expect(page.getByRole('heading', { name: /^Vous avez réussi avec 100\s%\.$/ })).toBeVisible();
	await expect(page.getByText(quizFile.questions[0].explanation.fr)).toBeVisible();
	await expectNoA11yViolations(page);
});

test('the instructor reads the statistics, reviews a trainee’s attempts and grants one more', async ({ newPage }) => {
	const page = await newPage({ as: accounts.instructor });
	await page.goto('/');
	await page.getByRole('link', { name: 'Fixture Cohort', exact: true }).click();
	await expectNoA11yViolations(page);
	await page.getByRole('link', { name: 'Quiz results and statistics' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz results');
	await expectNoA11yViolations(page);

	await page.getByRole('link', { name: 'Module 2: Practice makes posts' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Quiz: Practice makes posts');
	await expect(page.getByText(/corrected point-biserial correlation/)).toBeVisible();
	const overview = page.locator('dl').filter({ hasText: 'Attempts submitted' });
	await expect(overview).toContainText(/Attempts submitted\s*4/);
	await expect(overview).toContainText(/Trainees who passed\s*3 of 10/);
	const questions = page.getByRole('table', { name: 'Questions' });
	await expect(questions.getByRole('row')).toHaveCount(8);
	// First attempts: one empty, two perfect. Facility 2/3; the question follows the other six exactly: r = 1.
	const postRow = questions.getByRole('row').filter({ hasText: 'Which post is better?' });
	await expect(postRow.getByRole('cell')).toHaveText(['3', '0.67', '1.00', 'No concern']);
	await expectNoA11yViolations(page);

	await page.getByRole('table', { name: 'Trainees' }).getByRole('link', { name: 'Émilie Tremblay' }).click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Émilie Tremblay: Practice makes posts quiz');
	await expect(page.getByRole('heading', { name: /^Attempt 1 — 0%, Not passed$/ })).toBeVisible();
	await expect(page.getByRole('heading', { name: /^Attempt 2 — 100%, Passed$/ })).toBeVisible();
	await expect(page.getByText('Attempts used: 2 of 3')).toBeVisible();
	await expectNoA11yViolations(page);

	await page.getByRole('button', { name: 'Grant one more attempt' }).click();
	await expect(page.getByRole('alert')).toContainText('Write the reason, in at least 5 characters');
	await expectNoA11yViolations(page);
	await page.getByLabel('Reason').fill('Asked to practise once more before the live exercise');
	await page.getByRole('button', { name: 'Grant one more attempt' }).click();
	await expect(page.getByRole('heading', { name: 'Émilie Tremblay has one more attempt.' })).toBeVisible();
	await expect(page.getByText('Attempts used: 2 of 4')).toBeVisible();
	await expect(page.getByText(/by Isabelle Instructor: Asked to practise once more/)).toBeVisible();
	await expectNoA11yViolations(page);
});

test('staff preview the quiz without answers and cannot start it; strangers get 403, a bad attempt id 404', async ({ newPage }) => {
	const page = await newPage({ as: accounts.instructor });
	await page.goto(QUIZ);
	await expect(page.getByRole('heading', { name: 'Preview for staff' })).toBeVisible();
	await expect(page.getByRole('group', { name: /^Question \d of 7/ })).toHaveCount(7);
	await expect(page.getByRole('button', { name: 'Start the quiz' })).toHaveCount(0);
	await expectNoSecrets(page, QUIZ);
	await expectNoA11yViolations(page);

	const stranger = await newPage({ as: 'trainee30@demo.test' });
	expect((await stranger.goto(QUIZ))?.status()).toBe(403);
	const trainee = await newPage({ as: 'trainee05@demo.test' });
	expect((await trainee.goto(`${QUIZ}/attempts/aaaaaaaaaaaaaaaaaaaaaaaa`))?.status()).toBe(404);
	expect((await trainee.goto('/courses/fixture-course/basics/quiz'))?.status()).toBe(404);
	expect((await trainee.goto('/cohorts/aaaaaaaaaaaaaaaaaaaaaaaa/quizzes'))?.status()).toBe(403);
});
