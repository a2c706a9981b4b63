import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { exercisePage, saveExerciseDraft, submitExercise } from '$lib/server/exercises/service';
import { recordReview, reviewPage, reviewQueuePage, reviewQueueSize } from '$lib/server/exercises/review-service';
import { freshDatabase, type TestDatabase } from './db';
import { bilingualAnswer, english, exerciseWorld } from './exercise-setup';

let t: TestDatabase;
let w: Awaited<ReturnType<typeof exerciseWorld>>;

beforeEach(async () => {
	t = await freshDatabase();
	w = await exerciseWorld(t.db);
});
afterEach(() => t.cleanUp());

const bilingual = () => w.module('bilingual');
const progressOf = (userId: string, slug = 'bilingual') =>
	t.db.selectFrom('module_progress').select('status').where('user_id', '=', userId).where('module_slug', '=', slug).executeTakeFirst();
const eventsOf = async (userId: string) =>
	(await t.db.selectFrom('progress_events').select('kind').where('user_id', '=', userId).orderBy('at').orderBy('kind').execute()).map((e) => e.kind);
const good = { levels: { parity: '2', accessibility: '1' }, comments: '' };

describe('submitting and reviewing a simulated post', () => {
	it('refuses a “French” post written in English with the check report, and stores nothing', async () => {
		const result = await submitExercise(t.db, w.ana, w.course, bilingual(), bilingualAnswer(english));
		expect(result.ok).toBe(false);
		const failed = result.report!.results.filter((r) => !r.passed && r.severity === 'error').map((r) => [r.check, r.post]);
		expect(failed).toEqual(expect.arrayContaining([['language_match', 1]]));
		expect(await t.db.selectFrom('exercise_submissions').selectAll().execute()).toEqual([]);
	});

	it('submit, revision requested, revise, approve: every version and review kept as it was', async () => {
		const first = await submitExercise(t.db, w.ana, w.course, bilingual(), bilingualAnswer(), 1000);
		expect(first).toMatchObject({ ok: true, version: 1 });
		expect(await progressOf(w.ana.id)).toEqual({ status: 'needs_review' });
		await expect(submitExercise(t.db, w.ana, w.course, bilingual(), bilingualAnswer())).rejects.toMatchObject({ status: 409 });

		const stored = await t.db.selectFrom('exercise_submissions').selectAll().executeTakeFirstOrThrow();
		expect(JSON.parse(stored.posts)).toEqual([
			{ text: english, lang: 'en', alts: [expect.any(String)] },
			{ text: expect.stringContaining('fermé'), lang: 'fr', alts: [expect.any(String)] }
		]);
		expect(stored).toMatchObject({ platform: 'facebook', checks_version: expect.stringMatching(/^\d{4}\./), submitted_at: 1000 });

		const missing = await recordReview(t.db, w.ines, w.cohortId, stored.id, { ...good, decision: 'needs_revision' }, 'en');
		expect(missing).toEqual({ ok: false, errors: { comments: expect.stringContaining('Say what to revise') } });
		const noLevel = await recordReview(t.db, w.ines, w.cohortId, stored.id, { levels: {}, decision: 'approved', comments: '' }, 'en');
		expect(Object.keys(noLevel.ok ? {} : noLevel.errors)).toEqual(['level-parity', 'level-accessibility']);

		const sentBack = await recordReview(
			t.db,
			w.ines,
			w.cohortId,
			stored.id,
			{ ...good, decision: 'needs_revision', comments: 'Adapt the French: « en raison de » is stiff.' },
			'en',
			2000
		);
		expect(sentBack).toEqual({ ok: true, trainee: 'Ana Trainee', decision: 'needs_revision' });
		expect(await progressOf(w.ana.id)).toEqual({ status: 'needs_revision' });

		const page = await exercisePage(t.db, w.ana, w.course, bilingual(), 'en');
		expect(page.state).toBe('revise');
		expect(page.answer.posts[0].text).toBe(english);
		expect(page.history[0].reviews[0]).toMatchObject({ decision: 'needs_revision', score: 3, maxScore: 3, comments: expect.stringContaining('stiff') });

		const revised = bilingualAnswer(
			'Le sentier Lakeshore du parc Presqu’ile est fermé : il est inondé. Le camping reste ouvert. Consultez ontarioparks.ca/alerts avant de partir.'
		);
		expect(await submitExercise(t.db, w.ana, w.course, bilingual(), revised, 3000)).toMatchObject({ ok: true, version: 2 });
		const versions = await t.db.selectFrom('exercise_submissions').selectAll().orderBy('version').execute();
		expect(versions.map((v) => v.version)).toEqual([1, 2]);
		expect(versions[0]).toEqual(stored);

		expect((await recordReview(t.db, w.ines, w.cohortId, versions[0].id, { ...good, decision: 'approved' }, 'en')).ok).toBe(false);
		expect(await recordReview(t.db, w.ines, w.cohortId, versions[1].id, { ...good, decision: 'approved' }, 'en', 4000)).toMatchObject({
			ok: true,
			decision: 'approved'
		});
		expect(await progressOf(w.ana.id)).toEqual({ status: 'completed' });
		expect(await eventsOf(w.ana.id)).toEqual([
			'exercise_submitted',
			'exercise_revision_requested',
			'exercise_submitted',
			'exercise_approved',
			'module_completed'
		]);
		expect(await t.db.selectFrom('exercise_reviews').select(['decision', 'created_at']).orderBy('created_at').execute()).toEqual([
			{ decision: 'needs_revision', created_at: 2000 },
			{ decision: 'approved', created_at: 4000 }
		]);
		const after = await exercisePage(t.db, w.ana, w.course, bilingual(), 'en');
		expect(after.state).toBe('approved');
		await expect(submitExercise(t.db, w.ana, w.course, bilingual(), revised)).rejects.toMatchObject({ status: 409 });
	});

	it('the queue lists latest versions oldest first, by module and status', async () => {
		await submitExercise(t.db, w.ben, w.course, bilingual(), bilingualAnswer(), 2000);
		await submitExercise(t.db, w.ana, w.course, bilingual(), bilingualAnswer(), 1000);
		const queue = await reviewQueuePage(t.db, w.ines, w.cohortId, { module: '', status: 'awaiting_review' }, 'en');
		expect(queue.items.map((i) => i.trainee)).toEqual(['Ana Trainee', 'Ben Trainee']);
		expect(queue.modules.map((m) => m.slug)).toEqual(['wrap-up', 'bilingual', 'drill']);
		expect(await reviewQueueSize(t.db, w.cohortId)).toBe(2);

		await recordReview(t.db, w.ines, w.cohortId, queue.items[0].id, { ...good, decision: 'approved' }, 'fr');
		expect((await reviewQueuePage(t.db, w.ines, w.cohortId, { module: '', status: 'approved' }, 'fr')).items.map((i) => i.trainee)).toEqual(['Ana Trainee']);
		expect((await reviewQueuePage(t.db, w.ines, w.cohortId, { module: 'drill', status: 'all' }, 'en')).items).toEqual([]);
		expect(await reviewQueueSize(t.db, w.cohortId)).toBe(1);
	});
});

describe('drafts', () => {
	it('survive a restart, and an older save never overwrites a newer one', async () => {
		const draft = {
			...bilingualAnswer(),
			posts: [
				{ text: 'Trail closed', alts: ['A flooded trail'] },
				{ text: '', alts: [''] }
			]
		};
		expect(await saveExerciseDraft(t.db, w.ana, w.course, bilingual(), { answer: draft, clientSavedAt: 20, slot: '' }, 100)).toEqual({
			ok: true,
			status: 'saved',
			savedAt: 100
		});
		const stale = {
			...draft,
			posts: [
				{ text: 'Old text', alts: [''] },
				{ text: '', alts: [''] }
			]
		};
		expect(await saveExerciseDraft(t.db, w.ana, w.course, bilingual(), { answer: stale, clientSavedAt: 10, slot: '' }, 200)).toMatchObject({
			ok: true,
			status: 'stale'
		});

		const reopened = t.open();
		const page = await exercisePage(reopened, w.ana, w.course, bilingual(), 'en');
		expect(page.answer.posts[0]).toEqual({ text: 'Trail closed', alts: ['A flooded trail'] });
		expect(page.draftSavedAt).toBe(100);
		expect((await exercisePage(reopened, w.ben, w.course, bilingual(), 'en')).answer.posts[0].text).toBe('');
	});

	it('refuses text beyond the size limits with a message that names the field', async () => {
		const huge = {
			...bilingualAnswer(),
			posts: [
				{ text: 'a'.repeat(10_001), alts: [''] },
				{ text: '', alts: ['b'.repeat(3001)] }
			]
		};
		const result = await saveExerciseDraft(t.db, w.ana, w.course, bilingual(), { answer: huge, clientSavedAt: 1, slot: '' });
		expect(result).toEqual({ ok: false, errors: { 'post-0': expect.stringContaining('10,000'), 'alt-1-0': expect.stringContaining('3,000') } });
		expect(await submitExercise(t.db, w.ana, w.course, bilingual(), huge)).toMatchObject({ ok: false, errors: { 'post-0': expect.any(String) } });
	});

	it('are refused while a submission waits for review', async () => {
		await submitExercise(t.db, w.ana, w.course, bilingual(), bilingualAnswer());
		await expect(saveExerciseDraft(t.db, w.ana, w.course, bilingual(), { answer: bilingualAnswer(), clientSavedAt: 1, slot: '' })).rejects.toMatchObject({
			status: 409
		});
	});
});

describe('who may see and do what', () => {
	it('a trainee sees only their own work and cannot open the review page', async () => {
		const { submissionId } = (await submitExercise(t.db, w.ana, w.course, bilingual(), bilingualAnswer())) as { submissionId: string };
		expect((await exercisePage(t.db, w.ben, w.course, bilingual(), 'en')).history).toEqual([]);
		await expect(reviewPage(t.db, w.ben, w.cohortId, submissionId, 'en')).rejects.toMatchObject({ status: 403 });
		await expect(reviewQueuePage(t.db, w.ben, w.cohortId, { module: '', status: 'all' }, 'en')).rejects.toMatchObject({ status: 403 });
	});

	it('an instructor cannot review outside their cohorts, even with the submission’s id', async () => {
		const { submissionId } = (await submitExercise(t.db, w.ana, w.course, bilingual(), bilingualAnswer())) as { submissionId: string };
		await expect(reviewPage(t.db, w.jo, w.cohortId, submissionId, 'en')).rejects.toMatchObject({ status: 403 });
		await expect(recordReview(t.db, w.jo, w.cohortId, submissionId, { ...good, decision: 'approved' }, 'en')).rejects.toMatchObject({ status: 403 });
		await expect(reviewPage(t.db, w.jo, w.otherCohortId, submissionId, 'en')).rejects.toMatchObject({ status: 404 });
		expect(await t.db.selectFrom('exercise_reviews').selectAll().execute()).toEqual([]);
	});

	it('instructors see the model answer; the trainee’s page never carries it', async () => {
		const { submissionId } = (await submitExercise(t.db, w.ana, w.course, bilingual(), bilingualAnswer())) as { submissionId: string };
		const review = await reviewPage(t.db, w.ines, w.cohortId, submissionId, 'en');
		expect(review.scenario.modelAnswer[1]).toContain('fermé');
		expect(review.canReview).toBe(true);
		const trainee = JSON.stringify(await exercisePage(t.db, w.ana, w.course, bilingual(), 'en'));
		expect(trainee).not.toContain(review.scenario.modelAnswer[1]);
		expect(trainee).not.toContain(review.scenario.instructorNotes!);
	});

	it('a locked exercise takes nothing until its prerequisites are complete', async () => {
		const page = await exercisePage(t.db, w.ana, w.course, w.module('wrap-up'), 'en');
		expect(page.lockedBy).toEqual(['Practice makes posts']);
		const post = { platform: 'x' as const, posts: [{ text: 'Flu shots are free. Bring your health card.', alts: ['A pharmacist vaccinates a man.'] }] };
		await expect(submitExercise(t.db, w.ana, w.course, w.module('wrap-up'), post)).rejects.toMatchObject({ status: 409 });
	});
});
