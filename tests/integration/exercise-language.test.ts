import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Course, CourseModule } from '$lib/server/content/types';
import { answerInject, finishDrill, startDrill } from '$lib/server/exercises/drill-service';
import { liveChecks } from '$lib/server/exercises/live-checks';
import { chooseExerciseLanguage, exercisePage, saveExerciseDraft, submitExercise } from '$lib/server/exercises/service';
import { reviewPage } from '$lib/server/exercises/review-service';
import { freshDatabase, type TestDatabase } from './db';
import { exerciseWorld } from './exercise-setup';

// The language a trainee writes an exercise's post in: theirs by default, switched at will, kept with
// the draft, the drill run and the submission, and the one every check (browser's and server's) judges.

let t: TestDatabase;
let w: Awaited<ReturnType<typeof exerciseWorld>>;

beforeEach(async () => {
	delete process.env.DRILL_TIME_SCALE;
	t = await freshDatabase();
	w = await exerciseWorld(t.db);
});
afterEach(() => t.cleanUp());

const francophone = () => ({ ...w.ana, preferredLanguage: 'fr' as const });
const NBSP = '\u00a0';

const compose = {
	task: 'compose',
	platforms: ['facebook'],
	account: { name: 'Ontario Ministry of Health', name_fr: 'Ministère de la Santé', handle: 'ONThealth' },
	brief: { en: 'Announce free flu shots.', fr: 'Annoncez le vaccin gratuit contre la grippe.' },
	situation: { en: 'Flu season.', fr: 'Saison de la grippe.' },
	hidden_checks: [
		{
			id: 'french-link',
			severity: 'error',
			posts: 'fr',
			must_include_any: ['ontario.ca/grippe'],
			message: { en: 'Link to the French page, ontario.ca/grippe.', fr: 'Mettez le lien vers la page française, ontario.ca/grippe.' }
		}
	],
	rubric: [
		{
			id: 'accuracy',
			criterion: { en: 'Accuracy', fr: 'Exactitude' },
			levels: [
				{ points: 0, label: { en: 'Not yet', fr: 'Pas encore' } },
				{ points: 1, label: { en: 'Accurate', fr: 'Exact' } }
			]
		}
	],
	model_answer: {
		en: ['Free flu shots are now at pharmacies. Bring your health card: ontario.ca/flu'],
		fr: [`Le vaccin contre la grippe est gratuit en pharmacie. Apportez votre carte Santé${NBSP}: ontario.ca/grippe`]
	}
};
function composeModule(): { course: Course; module: CourseModule } {
	const module: CourseModule = {
		...w.module('bilingual'),
		slug: 'flu',
		dir: 'tests/fixtures/courses/fixture-course/09-flu',
		exerciseSource: stringify(compose),
		version: 'v-flu'
	};
	return { course: { ...w.course, modules: [...w.course.modules, module] }, module };
}

const english = { platform: 'facebook' as const, posts: [{ text: 'Free flu shots are now at pharmacies. Bring your health card: ontario.ca/flu', alts: [] }] };
const frenchWithoutLink = {
	platform: 'facebook' as const,
	posts: [{ text: 'Le vaccin contre la grippe est gratuit en pharmacie. Apportez votre carte Santé.', alts: [] }]
};
const french = { platform: 'facebook' as const, posts: [{ text: compose.model_answer.fr[0], alts: [] }] };

describe('an exercise in the trainee’s language', () => {
	it('a francophone writes in French by default; switching keeps the text, and the draft keeps the language', async () => {
		const { course, module } = composeModule();
		const page = await exercisePage(t.db, francophone(), course, module, 'fr');
		expect(page.language).toEqual({ current: 'fr', offered: ['en', 'fr'], canSwitch: true, note: null });
		expect(page.scenario.shape.language).toBe('fr');

		await saveExerciseDraft(t.db, francophone(), course, module, { answer: english, clientSavedAt: 1, slot: '' });
		expect(await chooseExerciseLanguage(t.db, francophone(), course, module, { answer: english, language: 'en' })).toEqual({
			ok: true,
			language: 'en',
			staff: false
		});
		const switched = await exercisePage(t.db, francophone(), course, module, 'fr');
		expect(switched.language.current).toBe('en');
		expect(switched.scenario.shape.language).toBe('en');
		expect(switched.answer.posts[0].text).toBe(english.posts[0].text);

		// The autosave that follows keeps the chosen language.
		await saveExerciseDraft(t.db, francophone(), course, module, { answer: frenchWithoutLink, clientSavedAt: Date.now() + 60_000, slot: '' });
		const draft = await t.db.selectFrom('exercise_drafts').select(['language', 'posts']).executeTakeFirstOrThrow();
		expect(draft.language).toBe('en');
		expect(draft.posts).toContain('vaccin');
		expect((await exercisePage(t.db, francophone(), course, module, 'en')).language.current).toBe('en');
	});

	it('checks a French submission in French on the server (live and at submission), and stores its language', async () => {
		const { course, module } = composeModule();
		const inEnglish = await submitExercise(t.db, francophone(), course, module, english);
		expect(inEnglish.ok).toBe(false);
		expect(inEnglish.report!.results.filter((r) => !r.passed && r.severity === 'error').map((r) => r.check)).toEqual(
			expect.arrayContaining(['language_match', 'scenario:french-link'])
		);

		const live = await liveChecks(t.db, francophone(), course, module, { answer: frenchWithoutLink, slot: '' });
		expect(live.ok && live.results.find((r) => r.check === 'scenario')?.messages[0].fr).toContain('ontario.ca/grippe');

		const submitted = await submitExercise(t.db, francophone(), course, module, french);
		expect(submitted).toMatchObject({ ok: true, version: 1 });
		const row = await t.db.selectFrom('exercise_submissions').select(['id', 'language', 'posts']).executeTakeFirstOrThrow();
		expect(row.language).toBe('fr');
		expect(JSON.parse(row.posts)[0].lang).toBe('fr');

		expect((await exercisePage(t.db, francophone(), course, module, 'fr')).history[0].language).toBe('fr');
	});

	it('an anglophone writes in English by default, and an English post needs no French link', async () => {
		const { course, module } = composeModule();
		expect((await exercisePage(t.db, w.ana, course, module, 'fr')).language.current).toBe('en');
		expect(await submitExercise(t.db, w.ana, course, module, english)).toMatchObject({ ok: true });
		expect(await t.db.selectFrom('exercise_submissions').select('language').executeTakeFirstOrThrow()).toEqual({ language: 'en' });
	});

	it('refuses a language the exercise does not offer, and the bilingual exercise keeps asking for both', async () => {
		const { course, module } = composeModule();
		expect(await chooseExerciseLanguage(t.db, w.ana, course, module, { answer: english, language: 'de' })).toEqual({
			ok: false,
			errors: { language: expect.stringContaining('English or French') }
		});
		const bilingual = w.module('bilingual');
		expect((await exercisePage(t.db, francophone(), w.course, bilingual, 'fr')).language).toMatchObject({ offered: [], canSwitch: false });
		const pair = {
			platform: 'facebook' as const,
			posts: [
				{ text: 'x', alts: [''] },
				{ text: 'y', alts: [''] }
			]
		};
		expect((await chooseExerciseLanguage(t.db, francophone(), w.course, bilingual, { answer: pair, language: 'fr' })).ok).toBe(false);
	});
});

describe('a drill in the trainee’s language', () => {
	const MINUTE = 60_000;
	const T0 = Date.UTC(2026, 11, 1, 15, 0);
	const drill = () => w.module('drill');

	it('runs in French for a francophone, with one message in English, checks the answers in French, and keeps its language', async () => {
		const runId = await startDrill(t.db, francophone(), w.course, drill(), T0);
		const page = await exercisePage(t.db, francophone(), w.course, drill(), 'fr', T0 + 3 * MINUTE);
		expect(page.scenario.language).toBe('fr');
		expect(page.language.canSwitch).toBe(false);
		const entries = page.drill!.run!.entries;
		expect(entries.map((e) => [e.id, e.lang])).toEqual([
			['commuter', 'fr'],
			['stuck-driver', 'en']
		]);
		expect(entries[0].text).toContain('L’autoroute 11 est-elle fermée');
		expect(entries[1].text).toContain('My truck is stuck');
		await expect(
			chooseExerciseLanguage(t.db, francophone(), w.course, drill(), { answer: { platform: 'x', posts: [] }, language: 'en' })
		).rejects.toMatchObject({
			status: 409
		});

		const inEnglish = await answerInject(
			t.db,
			francophone(),
			w.course,
			drill(),
			{ runId, injectId: 'commuter', text: 'Yes: Highway 11 is closed both ways between Orillia and Gravenhurst. Check ontario.ca/511 for updates.' },
			T0 + 3 * MINUTE
		);
		expect(inEnglish.ok).toBe(false);
		expect(inEnglish.report!.results.find((r) => r.check === 'language_match')).toMatchObject({ passed: false });

		const answers = {
			commuter: `Oui${NBSP}: l’autoroute 11 est fermée dans les deux sens entre Orillia et Gravenhurst. Consultez ontario.ca/511 pour les mises à jour.`,
			'stuck-driver': 'Si vous êtes en danger, composez le 911. Sinon, restez dans votre camion; les équipes sont sur place.',
			rumour: 'C’est faux. L’autoroute 11 est fermée en raison de la tempête et rouvrira dès que ce sera sécuritaire. Mises à jour : ontario.ca/511'
		};
		for (const [injectId, text] of Object.entries(answers)) {
			expect(await answerInject(t.db, francophone(), w.course, drill(), { runId, injectId, text }, T0 + 5 * MINUTE)).toMatchObject({ ok: true });
		}
		await expect(finishDrill(t.db, francophone(), w.course, drill(), runId, T0 + 6 * MINUTE)).rejects.toMatchObject({ status: 409 });
		const row = await t.db.selectFrom('exercise_submissions').select(['id', 'language', 'posts']).executeTakeFirstOrThrow();
		expect(row.language).toBe('fr');
		expect((JSON.parse(row.posts) as { lang: string }[]).map((p) => p.lang)).toEqual(['fr', 'fr', 'fr']);
		// The instructor sees the language, the debrief's messages in the languages they arrived in, and the French model answers.
		const review = await reviewPage(t.db, w.ines, w.cohortId, row.id, 'en');
		expect(review.submission.language).toBe('fr');
		expect(review.scenario.injects[0].modelAnswer).toContain('l’autoroute 11 est fermée');
		expect(review.submission.debrief!.entries.map((e) => e.lang)).toEqual(['fr', 'en', 'fr']);
	});

	it('runs in English for an anglophone, the other message then arriving in French', async () => {
		await startDrill(t.db, w.ana, w.course, drill(), T0);
		const page = await exercisePage(t.db, w.ana, w.course, drill(), 'en', T0 + 3 * MINUTE);
		expect(page.drill!.run!.entries.map((e) => [e.id, e.lang])).toEqual([
			['commuter', 'en'],
			['stuck-driver', 'fr']
		]);
	});
});
