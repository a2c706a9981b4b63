import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { stringify } from 'yaml';
import type { Course, CourseModule } from '$lib/server/content/types';
import { answerInject, finishDrill, startDrill } from '$lib/server/exercises/drill-service';
import { exercisePage, saveExerciseDraft, submitExercise } from '$lib/server/exercises/service';
import { reviewPage } from '$lib/server/exercises/review-service';
import { freshDatabase, type TestDatabase } from './db';
import { exerciseWorld } from './exercise-setup';

let t: TestDatabase;
let w: Awaited<ReturnType<typeof exerciseWorld>>;

beforeEach(async () => {
	delete process.env.DRILL_TIME_SCALE;
	t = await freshDatabase();
	w = await exerciseWorld(t.db);
});
afterEach(() => t.cleanUp());

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 11, 1, 15, 0);
const drill = () => w.module('drill');
const answer = (injectId: string, text: string, at: number, runId: string) => answerInject(t.db, w.ana, w.course, drill(), { runId, injectId, text }, at);

describe('a timed drill', () => {
	it('delivers injects on schedule, times answers on the server, and ends in a debrief', async () => {
		const runId = await startDrill(t.db, w.ana, w.course, drill(), T0);
		expect(await startDrill(t.db, w.ana, w.course, drill(), T0 + 5)).toBe(runId);

		const atStart = await exercisePage(t.db, w.ana, w.course, drill(), 'en', T0 + 1000);
		expect(atStart.drill!.run!.entries.map((e) => e.id)).toEqual(['commuter']);
		expect(atStart.drill!.run).toMatchObject({ upcoming: 2, nextInMs: 2 * MINUTE - 1000 });
		expect(JSON.stringify(atStart)).not.toContain('toll booths');

		await expect(answer('stuck-driver', 'Stay with your vehicle.', T0 + MINUTE, runId)).rejects.toMatchObject({ status: 409 });
		await expect(finishDrill(t.db, w.ana, w.course, drill(), runId, T0 + MINUTE)).rejects.toMatchObject({ status: 409 });

		const publicAsk = await answer('commuter', 'Yes, it is closed. Reply with your phone number and we will call you.', T0 + 90_000, runId);
		expect(publicAsk.ok).toBe(false);
		expect(publicAsk.report!.results.find((r) => r.check === 'public_reply_privacy')).toMatchObject({ passed: false, severity: 'error' });

		expect(
			await answer('commuter', 'Yes: Highway 11 is closed both ways between Orillia and Gravenhurst. Check ontario.ca/511 for updates.', T0 + 3 * MINUTE, runId)
		).toEqual({ ok: true, finished: false });
		await expect(answer('commuter', 'Again', T0 + 4 * MINUTE, runId)).rejects.toMatchObject({ status: 409 });

		// A private message may ask for details: the public-reply rule does not apply to it.
		expect(
			await answer('stuck-driver', 'If you are in danger, call 911. Otherwise stay with your truck and send us your location here.', T0 + 10 * MINUTE, runId)
		).toEqual({ ok: true, finished: false });
		expect(
			await answer(
				'rumour',
				'This is not true. Highway 11 is closed because of the storm and will reopen when it is safe. Updates: ontario.ca/511',
				T0 + 5 * MINUTE,
				runId
			)
		).toEqual({ ok: true, finished: true });

		const page = await exercisePage(t.db, w.ana, w.course, drill(), 'en', T0 + 6 * MINUTE);
		expect(page.state).toBe('waiting');
		const debrief = page.history[0].debrief!;
		expect(debrief.entries.map((e) => [e.id, e.answer?.responseMinutes, e.answer?.withinStandard])).toEqual([
			['commuter', 3, true],
			['stuck-driver', 8, false],
			['rumour', 1, true]
		]);
		expect(page.history[0].posts.map((p) => p.inject)).toEqual(['commuter', 'stuck-driver', 'rumour']);
		expect(await t.db.selectFrom('module_progress').select('status').where('module_slug', '=', 'drill').executeTakeFirst()).toEqual({ status: 'needs_review' });

		const review = await reviewPage(t.db, w.ines, w.cohortId, page.history[0].id, 'en');
		expect(review.submission.debrief!.entries).toHaveLength(3);
		expect(review.scenario.injects.find((i) => i.id === 'rumour')!.modelAnswer).toContain('not true');
	});

	it('runs on a compressed clock when DRILL_TIME_SCALE is set', async () => {
		process.env.DRILL_TIME_SCALE = '0.01';
		const runId = await startDrill(t.db, w.ana, w.course, drill(), T0);
		const page = await exercisePage(t.db, w.ana, w.course, drill(), 'en', T0 + 1300);
		expect(page.drill!.run!.entries.map((e) => e.id)).toEqual(['commuter', 'stuck-driver']);
		expect(page.drill!.run!.nextInMs).toBe(2400 - 1300);
		await answer('commuter', 'Yes: Highway 11 is closed between Orillia and Gravenhurst. Updates at ontario.ca/511.', T0 + 1800, runId);
		await finishDrill(t.db, w.ana, w.course, drill(), runId, T0 + 2500);
		const debrief = (await exercisePage(t.db, w.ana, w.course, drill(), 'en', T0 + 3000)).history[0].debrief!;
		expect(debrief.timeScale).toBe(0.01);
		expect(debrief.entries.map((e) => e.answer?.responseMinutes ?? null)).toEqual([3, null, null]);
	});

	it('keeps a draft per inject, and another trainee cannot write into the run', async () => {
		const runId = await startDrill(t.db, w.ana, w.course, drill(), T0);
		const slot = `drill:${runId}:commuter`;
		const draft = { platform: 'x' as const, posts: [{ text: 'Yes, it is closed', alts: [] }] };
		expect(await saveExerciseDraft(t.db, w.ana, w.course, drill(), { answer: draft, clientSavedAt: 1, slot }, T0 + 10)).toMatchObject({
			ok: true,
			status: 'saved'
		});
		const page = await exercisePage(t.db, w.ana, w.course, drill(), 'en', T0 + 20);
		expect(page.drill!.run!.entries[0].draft).toBe('Yes, it is closed');
		await expect(saveExerciseDraft(t.db, w.ben, w.course, drill(), { answer: draft, clientSavedAt: 1, slot }, T0)).rejects.toMatchObject({ status: 404 });
		await expect(answerInject(t.db, w.ben, w.course, drill(), { runId, injectId: 'commuter', text: 'Hi' }, T0)).rejects.toMatchObject({ status: 404 });
	});
});

// Reply and thread exercises, on modules made here: the fixture course has a compose, a bilingual and a drill.
const base = {
	platforms: ['x'],
	languages: ['en'],
	account: { name: 'ServiceOntario', handle: 'ServiceOntario' },
	brief: { en: 'Answer.', fr: 'Répondez.' },
	situation: { en: 'A citizen asks.', fr: 'Une citoyenne demande.' },
	rubric: [
		{
			id: 'privacy',
			criterion: { en: 'Privacy', fr: 'Vie privée' },
			levels: [
				{ points: 0, label: { en: 'No', fr: 'Non' } },
				{ points: 1, label: { en: 'Yes', fr: 'Oui' } }
			]
		}
	],
	model_answer: ['Please send us a direct message.']
};
function withModule(slug: string, exercise: Record<string, unknown>): { course: Course; module: CourseModule } {
	const module: CourseModule = {
		...w.module('bilingual'),
		slug,
		dir: `tests/fixtures/courses/fixture-course/09-${slug}`,
		exerciseSource: stringify({ ...base, ...exercise }),
		version: `v-${slug}`
	};
	return { course: { ...w.course, modules: [...w.course.modules, module] }, module };
}

describe('reply and thread exercises', () => {
	it('a public reply that asks for a health card number is refused; one that moves to a private channel is taken', async () => {
		const { course, module } = withModule('reply', {
			task: 'reply',
			conversation: [{ author: { name: 'Sam', handle: 'sam_on' }, text: 'My renewal is stuck!', minutes_ago: 12 }]
		});
		const page = await exercisePage(t.db, w.ana, course, module, 'en');
		expect(page.scenario.conversation).toEqual([{ author: { name: 'Sam', handle: 'sam_on' }, text: 'My renewal is stuck!', minutesAgo: 12 }]);
		const asks = await submitExercise(t.db, w.ana, course, module, {
			platform: 'x',
			posts: [{ text: 'Sorry! Please reply with your health card number so we can check.', alts: [] }]
		});
		expect(asks.ok ? [] : asks.report!.results.filter((r) => !r.passed).map((r) => r.check)).toContain('public_reply_privacy');
		const moves = await submitExercise(t.db, w.ana, course, module, {
			platform: 'x',
			posts: [{ text: 'Sorry to hear that! Please send us a direct message with your file number and we will look into it.', alts: [] }]
		});
		expect(moves).toMatchObject({ ok: true, version: 1 });
	});

	it('a thread needs as many posts as the scenario says', async () => {
		const { course, module } = withModule('thread', { task: 'thread', thread: { min_posts: 2, max_posts: 3 } });
		const one = await submitExercise(t.db, w.ana, course, module, { platform: 'x', posts: [{ text: 'Only one post.', alts: [] }] });
		expect(one).toEqual({ ok: false, errors: { form: 'This exercise needs between 2 and 3 posts.' } });
		const two = await submitExercise(t.db, w.ana, course, module, {
			platform: 'x',
			posts: [
				{ text: 'Winter tires save lives. Here is what to know. 1/2', alts: [] },
				{ text: 'Check your tread before the first snow. 2/2', alts: [] }
			]
		});
		expect(two.ok ? [] : two.report!.results.filter((r) => !r.passed)).toEqual([]);
		expect(two).toMatchObject({ ok: true });
	});
});
