import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckDefinition, CheckId } from '$lib/exercises/types';
import { liveChecks, LIVE_CHECKS_LIMIT } from '$lib/server/exercises/live-checks';
import { submitExercise } from '$lib/server/exercises/service';
import { startDrill } from '$lib/server/exercises/drill-service';
import { freshDatabase, type TestDatabase } from './db';
import { bilingualAnswer, exerciseWorld } from './exercise-setup';

// A dictionary check of our own, standing in for the spelling and hashtag checks the server adds:
// whatever DICTIONARY_CHECKS holds must reach the live checks and the submission alike.
const { dictionaryCheck } = vi.hoisted(() => ({
	dictionaryCheck: {
		id: 'test_dictionary' as string as CheckId,
		title: { en: 'Test dictionary', fr: 'Dictionnaire d’essai' },
		severity: 'warning',
		guidance: { en: 'the test dictionary', fr: 'le dictionnaire d’essai' },
		run: (post) => (/\brecieve\b/i.test(post.text) ? [{ en: 'Did you mean “receive”?', fr: 'Vouliez-vous dire « receive » ?' }] : [])
	} satisfies CheckDefinition
}));
vi.mock('$lib/server/exercises/dictionary-checks', () => ({ DICTIONARY_CHECKS: [dictionaryCheck] }));

let t: TestDatabase;
let w: Awaited<ReturnType<typeof exerciseWorld>>;

beforeEach(async () => {
	t = await freshDatabase();
	w = await exerciseWorld(t.db);
});
afterEach(() => t.cleanUp());

const T0 = Date.UTC(2026, 11, 5, 15, 0);
const wrapUp = () => w.module('wrap-up');
const flu = (text: string, alt = 'A pharmacist gives a flu shot to a smiling older man.') => ({ platform: 'x' as const, posts: [{ text, alts: [alt] }] });

/** Ana has finished the modules before the wrap-up, so its exercise is open to her. */
async function openWrapUp(userId = w.ana.id) {
	const done = (slug: string) => ({
		cohort_id: w.cohortId,
		user_id: userId,
		module_slug: slug,
		status: 'completed' as const,
		viewed_at: T0,
		marked_complete_at: T0,
		quiz_passed_at: null,
		exercise_submitted_at: null,
		exercise_approved_at: null,
		revision_requested_at: null,
		completed_at: T0,
		content_version: 'test',
		updated_at: T0
	});
	await t.db
		.insertInto('module_progress')
		.values([done('basics'), done('practice')])
		.execute();
}

const ask = (answer: ReturnType<typeof flu>, user = w.ana, module = wrapUp(), slot = '', now = T0) =>
	liveChecks(t.db, user, w.course, module, { answer, slot }, now);

describe('the checks only the server runs, as the trainee types', () => {
	it('says a hidden check’s message while the text misses it, and that it passes once it does, never what it looks for', async () => {
		await openWrapUp();
		const missing = await ask(flu('Free flu shots are now at pharmacies across Ontario. Find one at ontario.ca/flu'));
		expect(missing).toEqual({
			ok: true,
			results: [
				expect.objectContaining({ check: 'test_dictionary', post: 0, passed: true }),
				expect.objectContaining({
					check: 'scenario',
					post: 0,
					passed: false,
					hidden: true,
					messages: [{ en: 'Tell people to bring their health card.', fr: expect.any(String) }]
				})
			]
		});
		// Neither the hidden check's id nor its phrases reach the browser; the browser's own checks are not sent twice.
		expect(JSON.stringify(missing)).not.toMatch(/health-card|carte Santé"|\["health card/);
		expect(JSON.stringify(missing)).not.toContain('reading_grade');

		const present = await ask(flu('Free flu shots are now at pharmacies across Ontario. Bring your health card: ontario.ca/flu'));
		expect(present.ok && present.results.find((r) => r.hidden)).toMatchObject({ passed: true, messages: [] });
	});

	it('reports exactly what submission judges, dictionary checks included', async () => {
		await openWrapUp();
		const answer = flu('Free flu shots at pharmacies: recieve yours today. Bring your health card. ontario.ca/flu');
		const live = await ask(answer);
		expect(live.ok && live.results.find((r) => r.check === 'test_dictionary')).toMatchObject({ passed: false, messages: [{ en: 'Did you mean “receive”?' }] });

		expect(await submitExercise(t.db, w.ana, w.course, wrapUp(), answer, T0)).toMatchObject({ ok: true });
		const stored = await t.db.selectFrom('exercise_submissions').select('check_results').executeTakeFirstOrThrow();
		const judged = (JSON.parse(stored.check_results) as { check: string; passed: boolean; hidden?: boolean }[]).filter(
			(r) => r.check === 'test_dictionary' || r.hidden
		);
		expect(judged.map((r) => [r.check.replace(/^scenario:.*/, 'scenario'), r.passed])).toEqual(live.ok ? live.results.map((r) => [r.check, r.passed]) : []);
	});

	it('answers only the trainee who may answer the exercise now', async () => {
		// Staff of the cohort, and staff of another cohort: not theirs to answer.
		await expect(ask(flu('Flu shots'), w.ines)).rejects.toMatchObject({ status: 403 });
		await expect(ask(flu('Flu shots'), w.jo)).rejects.toMatchObject({ status: 403 });
		// Before its prerequisites: locked.
		await expect(ask(flu('Flu shots'))).rejects.toMatchObject({ status: 409 });
		// Once submitted and waiting for review: nothing left to check.
		await submitExercise(t.db, w.ben, w.course, w.module('bilingual'), bilingualAnswer(), T0);
		const pair = bilingualAnswer() as unknown as ReturnType<typeof flu>;
		await expect(ask(pair, w.ben, w.module('bilingual'))).rejects.toMatchObject({ status: 409 });
		expect(await ask(pair, w.ana, w.module('bilingual'))).toMatchObject({ ok: true });
		// A module without an exercise.
		await expect(ask(flu('Flu shots'), w.ana, w.module('basics'))).rejects.toMatchObject({ status: 404 });
	});

	it('validates the answer as a submission is validated', async () => {
		await openWrapUp();
		expect(await ask({ ...flu('Flu shots'), platform: 'tiktok' as 'x' })).toEqual({ ok: false, errors: { platform: expect.any(String) } });
		expect(await ask(flu('x'.repeat(70_000)))).toEqual({ ok: false, errors: { 'post-0': expect.stringContaining('at most') } });
		expect(await ask({ platform: 'x', posts: [] })).toEqual({ ok: false, errors: { form: expect.any(String) } });
		expect(await ask({ platform: 'x', posts: [{ text: 'Flu', alts: ['one', 'two'] }] })).toEqual({ ok: false, errors: { form: expect.any(String) } });
	});

	it('checks a drill answer only for an inject of the trainee’s own open run', async () => {
		const drill = w.module('drill');
		const runId = await startDrill(t.db, w.ana, w.course, drill, T0);
		const reply = { platform: 'x' as const, posts: [{ text: 'Yes, the road is closed. Check ontario.ca/511 for updates.', alts: [] }] };
		expect(await ask(reply, w.ana, drill, `drill:${runId}:commuter`)).toMatchObject({ ok: true });
		await expect(ask(reply, w.ana, drill, `drill:${runId}:no-such-inject`)).rejects.toMatchObject({ status: 404 });
		await expect(ask(reply, w.ana, drill, `drill:${'a'.repeat(24)}:commuter`)).rejects.toMatchObject({ status: 404 });
		await expect(ask(reply, w.ben, drill, `drill:${runId}:commuter`)).rejects.toMatchObject({ status: 404 });
	});

	it('slows down a trainee who asks too often, per trainee, and lets them in again after the window', async () => {
		await openWrapUp();
		await openWrapUp(w.ben.id);
		const post = flu('Free flu shots at pharmacies. Bring your health card.');
		for (let i = 0; i < LIVE_CHECKS_LIMIT.limit; i++) expect((await ask(post, w.ana, wrapUp(), '', T0 + i)).ok).toBe(true);
		expect(await ask(post, w.ana, wrapUp(), '', T0 + 1_000)).toEqual({ ok: false, retryAfterSeconds: 59 });
		expect((await ask(post, w.ben, wrapUp(), '', T0 + 1_000)).ok).toBe(true);
		expect((await ask(post, w.ana, wrapUp(), '', T0 + LIVE_CHECKS_LIMIT.windowMs + 1)).ok).toBe(true);
	});
});
