import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { parse } from 'yaml';
import type { Page } from '@playwright/test';
import { modelPost } from '../../src/lib/exercises/answer';
import { expectNoA11yViolations } from './axe';
import { accounts, expect, test } from './fixtures';

// One trainee walks the whole bootcamp: every lesson, quiz and exercise, an instructor approving
// each exercise, to a completion record. Answers come from the course's own files, read here in
// the test (the browser never sees them), so editing the content never breaks this test.
const COURSE_DIR = 'courses/social-media-bootcamp';
const COURSE = '/courses/social-media-bootcamp';
const TRAINEE = 'trainee36@demo.test';
const TRAINEE_NAME = 'Farah Nguyen';

type Localized = { en: string; fr: string };
interface Question {
	type: string;
	prompt: Localized;
	options?: { text: Localized; correct?: boolean }[];
	answer?: boolean;
	accepted?: { en: string[] };
	items?: { text: Localized }[];
	pairs?: { prompt: Localized; answer: Localized }[];
	posts?: { text: Localized; account?: Localized; better?: boolean }[];
}

const modules = readdirSync(COURSE_DIR)
	.filter((dir) => /^\d\d-/.test(dir))
	.sort()
	.map((dir) => {
		const read = (file: string) => (existsSync(`${COURSE_DIR}/${dir}/${file}`) ? parse(readFileSync(`${COURSE_DIR}/${dir}/${file}`, 'utf8')) : null);
		const title = /title:\s*"?(.+?)"?\s*$/m.exec(readFileSync(`${COURSE_DIR}/${dir}/index.md`, 'utf8'))![1];
		return { slug: dir.slice(3), title, quiz: read('quiz.yaml') as { questions: Question[] } | null, exercise: read('exercise.yaml') };
	});

async function answerQuestion(page: Page, q: Question) {
	const group = page.getByRole('group', { name: q.prompt.en });
	if ((await group.count()) === 0) return; // not drawn this attempt
	switch (q.type) {
		case 'single_choice':
		case 'multiple_response':
			for (const option of q.options!.filter((o) => o.correct)) await group.getByLabel(option.text.en, { exact: true }).check();
			break;
		case 'true_false':
			await group.getByLabel(q.answer ? 'True' : 'False', { exact: true }).check();
			break;
		case 'short_text':
			await group.getByLabel('Your answer').fill(q.accepted!.en[0]);
			break;
		case 'ordering':
			for (const [i, item] of q.items!.entries()) await group.getByLabel(`Position of: ${item.text.en}`).selectOption(String(i + 1));
			break;
		case 'matching':
			for (const pair of q.pairs!) await group.getByLabel(pair.prompt.en, { exact: true }).selectOption({ label: pair.answer.en });
			break;
		case 'better_post': {
			const better = q.posts!.find((p) => p.better)!;
			let option = group.locator('.bc-post-option', { hasText: better.text.en.slice(0, 40) });
			if (better.account) option = option.filter({ hasText: better.account.en });
			await option.getByRole('radio').check();
			break;
		}
	}
}

async function passQuiz(page: Page, module: (typeof modules)[number]) {
	await page.goto(`${COURSE}/${module.slug}/quiz`);
	await page.getByRole('button', { name: 'Start the quiz' }).click();
	for (const q of module.quiz!.questions) await answerQuestion(page, q);
	await page.getByRole('button', { name: 'Submit answers' }).click();
	await expect(page.getByRole('heading', { name: /^You passed with \d+%\.$/ })).toBeVisible();
}

async function submitExercise(page: Page, module: (typeof modules)[number]) {
	const ex = module.exercise;
	await page.goto(`${COURSE}/${module.slug}/exercise`);
	// The trainee writes in their own language (trainee36 prefers French): the model answer of that language.
	const current = page.locator('.bc-language__current');
	const language = ((await current.count()) ? await current.getAttribute('data-language') : null) ?? 'en';
	const inLanguage = <T>(value: T | Record<string, T>): T =>
		value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, T>)[language] : (value as T);
	if (ex.task === 'drill') {
		await page.getByRole('button', { name: 'Start the drill' }).click();
		for (const [i, inject] of ex.drill.injects.entries()) {
			const panel = page.locator(`[data-inject="${inject.id}"]`);
			await expect(panel).toBeVisible({ timeout: 20_000 });
			await panel.getByRole('textbox').first().fill(inLanguage<string>(inject.model_answer));
			await panel.getByRole('button', { name: 'Send answer' }).click();
			// The last answer ends the drill, and the debrief replaces the messages.
			if (i < ex.drill.injects.length - 1) await expect(panel).toContainText(/Answered in /);
		}
		await expect(page.getByText('Drill finished and submitted for review.')).toBeVisible();
		return;
	}
	const modelAnswers =
		ex.task === 'bilingual' && !Array.isArray(ex.model_answer) ? [...ex.model_answer.en, ...ex.model_answer.fr] : inLanguage<string[]>(ex.model_answer);
	const models = modelAnswers.map(modelPost);
	const answers = models.map((m) => m.text);
	const modelAlts = models.flatMap((m) => m.alts);
	const labels =
		ex.task === 'bilingual'
			? ['English post', 'French post']
			: ex.task === 'reply'
				? ['Your reply']
				: ex.task === 'thread'
					? answers.map((_, i) => `Post ${i + 1} of ${answers.length}`)
					: ['Your post'];
	if (ex.task === 'thread') {
		while ((await page.getByLabel(labels[labels.length - 1], { exact: true }).count()) === 0) {
			await page.getByRole('button', { name: /Add a post/ }).click();
		}
	}
	for (const [i, label] of labels.entries()) await page.getByLabel(label, { exact: true }).fill(answers[i]);
	const alts = page.getByLabel(/^Alt text for image \d+$/);
	for (let i = 0; i < (await alts.count()); i++)
		await alts
			.nth(i)
			.fill(
				modelAlts[i] ??
					(i % 2 === 0
						? 'A drawing of the scene the post describes, in the ministry’s colours.'
						: 'Un dessin de la scène que décrit la publication, aux couleurs du ministère.')
			);
	await page.getByRole('button', { name: 'Submit for review' }).click();
	await expect(page.getByRole('heading', { name: 'Your submission (version 1)' })).toBeVisible();
}

async function approve(instructor: Page, module: (typeof modules)[number], cohortId: string) {
	const ex = module.exercise;
	await instructor.goto(`/cohorts/${cohortId}/reviews`);
	// Only this trainee submits in Cohort 1 during the tests: the queue holds their one waiting exercise.
	await instructor.getByRole('row').filter({ hasText: TRAINEE_NAME }).getByRole('link').first().click();
	for (const criterion of ex.rubric) {
		const best = criterion.levels[criterion.levels.length - 1];
		await instructor
			.getByRole('group', { name: criterion.criterion.en })
			.getByLabel(new RegExp(best.label.en.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')))
			.first()
			.check();
	}
	await instructor
		.getByRole('group', { name: 'Decision' })
		.getByLabel(/Approved/)
		.check();
	await instructor.getByRole('button', { name: 'Record the review' }).click();
	await expect(instructor.getByRole('status')).toContainText('is approved');
}

test('a trainee walks the whole bootcamp, with an instructor approving each exercise, to a completion record', async ({ newPage }) => {
	test.setTimeout(600_000);
	const page = await newPage({ as: TRAINEE });
	const instructor = await newPage({ as: accounts.instructor });
	await instructor.goto('/');
	const cohortHref = await instructor.getByRole('link', { name: 'Social Media Bootcamp — Cohort 1' }).first().getAttribute('href');
	const cohortId = /\/cohorts\/([a-z2-7]{24})/.exec(cohortHref!)![1];

	for (const module of modules) {
		await page.goto(`${COURSE}/${module.slug}`);
		await expect(page.getByRole('heading', { level: 1 })).toHaveText(module.title);
		if (module.quiz) await passQuiz(page, module);
		if (module.exercise) {
			await submitExercise(page, module);
			await approve(instructor, module, cohortId);
		}
		if (!module.quiz && !module.exercise) await page.getByRole('button', { name: 'Mark as complete' }).click();
		await page.goto(COURSE);
		await expect(page.getByRole('listitem').filter({ has: page.getByRole('link', { name: module.title }) })).toContainText('Completed');
	}

	await expect(page.getByText(`${modules.length} of ${modules.length} modules completed`).first()).toBeVisible();
	await page.goto('/records');
	await page
		.getByRole('link', { name: /Social Media Bootcamp/ })
		.first()
		.click();
	await expect(page.getByRole('heading', { level: 1 })).toHaveText('Certificate of completion');
	await expect(page.getByText('Social Media Bootcamp').first()).toBeVisible();
	await expect(page.getByRole('main').getByText(TRAINEE_NAME).first()).toBeVisible();
	await expectNoA11yViolations(page);
});
