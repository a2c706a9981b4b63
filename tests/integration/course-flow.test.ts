import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Course } from '$lib/server/content/types';
import { courseOverview } from '$lib/server/courses/player';
import { traineeExercise } from '$lib/server/exercises/access';
import { recordReview } from '$lib/server/exercises/review-service';
import { submitExercise } from '$lib/server/exercises/service';
import { reviewBadge } from '$lib/server/exercises/review-count';
import { homeFor } from '$lib/server/home';
import { attemptPage, startAttempt, submitAttempt } from '$lib/server/quizzes/service';
import { progressModule, recordProgress, type ProgressEventKind } from '$lib/server/progress/events';
import { continueLink } from '$lib/server/progress/unlock';
import { freshDatabase, type TestDatabase } from './db';
import { bilingualAnswer, exerciseWorld } from './exercise-setup';

type World = Awaited<ReturnType<typeof exerciseWorld>>;
let t: TestDatabase;
let w: World;

beforeEach(async () => {
	t = await freshDatabase();
	w = await exerciseWorld(t.db);
});
afterEach(() => t.cleanUp());

/** The fixture course with the timed drill requiring the bilingual exercise, under the given unlock rule. */
const courseWith = (unlock: Course['unlock']): Course => ({
	...w.course,
	unlock,
	modules: w.course.modules.map((m) => (m.slug === 'drill' ? { ...m, requires: ['bilingual'] } : m))
});
const drillOf = (course: Course) => course.modules.find((m) => m.slug === 'drill')!;
const lockedBy = async (course: Course, slug: string) => (await courseOverview(t.db, w.ana, course, 'en')).modules.find((m) => m.slug === slug)!.lockedBy;
const submitBilingual = async (course: Course) => {
	const result = await submitExercise(t.db, w.ana, course, w.module('bilingual'), bilingualAnswer());
	if (!result.ok) throw new Error('the submission was refused');
	return result.submissionId;
};
const sendBack = (submissionId: string) =>
	recordReview(
		t.db,
		w.ines,
		w.cohortId,
		submissionId,
		{ levels: { parity: '1', accessibility: '1' }, comments: 'Fix the French.', decision: 'needs_revision' },
		'en'
	);

describe('the unlock rule', () => {
	it('on_submit: submitting the exercise opens the next module, and a revision request does not close it again', async () => {
		const course = courseWith('on_submit');
		expect(await lockedBy(course, 'drill')).toEqual(['Posting in both languages']);
		await expect(traineeExercise(t.db, w.ana, course, drillOf(course))).rejects.toMatchObject({ status: 409 });

		const submissionId = await submitBilingual(course);
		expect(await lockedBy(course, 'drill')).toEqual([]);
		await expect(traineeExercise(t.db, w.ana, course, drillOf(course))).resolves.toMatchObject({ userId: w.ana.id });

		await sendBack(submissionId);
		expect(await lockedBy(course, 'drill')).toEqual([]);
	});

	it('on_approval: the next module stays locked until an instructor approves', async () => {
		const course = courseWith('on_approval');
		const submissionId = await submitBilingual(course);
		expect(await lockedBy(course, 'drill')).toEqual(['Posting in both languages']);
		await expect(traineeExercise(t.db, w.ana, course, drillOf(course))).rejects.toMatchObject({ status: 409 });

		await recordReview(t.db, w.ines, w.cohortId, submissionId, { levels: { parity: '2', accessibility: '1' }, comments: '', decision: 'approved' }, 'en');
		expect(await lockedBy(course, 'drill')).toEqual([]);
	});

	it('shows a submitted exercise as waiting for review, not as not done', async () => {
		const course = courseWith('on_submit');
		await submitBilingual(course);
		expect((await courseOverview(t.db, w.ana, course, 'en')).modules.find((m) => m.slug === 'bilingual')!.status).toBe('needs_review');
	});
});

describe('Continue', () => {
	const record = (course: Course, slug: string, kind: ProgressEventKind) =>
		recordProgress(t.db, { userId: w.ana.id, cohortId: w.cohortId, courseSlug: course.slug, module: progressModule(w.module(slug)), kind });
	const next = async (course: Course) => {
		const link = await continueLink(t.db, course, w.cohortId, w.ana.id, 'en');
		return [link.step.kind, link.path, link.moduleTitle];
	};

	it('leads to the exact next thing in each state', async () => {
		const course = courseWith('on_submit');
		const path = (rest: string) => `/courses/fixture-course/${rest}`;
		expect(await next(course)).toEqual(['lesson', path('basics'), 'Basics of official posts']);
		await record(course, 'basics', 'module_viewed');
		expect(await next(course)).toEqual(['lesson', path('basics'), 'Basics of official posts']);
		await record(course, 'basics', 'module_marked_complete');
		expect(await next(course)).toEqual(['lesson', path('practice'), 'Practice makes posts']);
		await record(course, 'practice', 'module_viewed');
		expect(await next(course)).toEqual(['quiz', path('practice/quiz'), 'Practice makes posts']);
		await record(course, 'practice', 'quiz_passed');
		await record(course, 'wrap-up', 'module_viewed');
		expect(await next(course)).toEqual(['exercise', path('wrap-up/exercise'), 'Wrap-up']);
		await record(course, 'wrap-up', 'exercise_submitted');
		// The wrap-up waits for review; the next open module is next.
		expect(await next(course)).toEqual(['lesson', path('bilingual'), 'Posting in both languages']);

		const submissionId = await submitBilingual(course);
		expect(await next(course)).toEqual(['lesson', path('drill'), 'A timed drill']);
		await sendBack(submissionId);
		expect(await next(course)).toEqual(['revision', path('bilingual/exercise'), 'Posting in both languages']);
	});

	it('says the trainee is waiting when only reviews are left under on_approval', async () => {
		const course = courseWith('on_approval');
		for (const slug of ['basics', 'practice', 'wrap-up']) await record(course, slug, 'module_viewed');
		await record(course, 'basics', 'module_marked_complete');
		await record(course, 'practice', 'quiz_passed');
		await record(course, 'wrap-up', 'exercise_submitted');
		await submitBilingual(course);
		expect(await next(course)).toEqual(['waiting', path('wrap-up'), 'Wrap-up']);

		function path(rest: string) {
			return `/courses/fixture-course/${rest}`;
		}
	});

	it('is on the home page for each course the person learns', async () => {
		const home = await homeFor(t.db, w.ana, 'fr');
		expect(home.learning.map((l) => l.next)).toEqual([
			{ step: { kind: 'lesson', module: 'basics' }, path: '/courses/fixture-course/basics', moduleTitle: 'Les bases des publications officielles' }
		]);
		expect((await homeFor(t.db, w.ines, 'en')).learning).toEqual([]);
	});
});

describe('feedback on a failed quiz', () => {
	/** The fixture course with its practice quiz revealing answers only once passed. */
	const hidingCourse = (): Course => ({
		...w.course,
		modules: w.course.modules.map((m) =>
			m.slug === 'practice' ? { ...m, quizSource: m.quizSource!.replace('reveal: after_each_attempt', 'reveal: once_passed') } : m
		)
	});
	const failAttempt = async (course: Course) => {
		const practice = course.modules.find((m) => m.slug === 'practice')!;
		await recordProgress(t.db, {
			userId: w.ana.id,
			cohortId: w.cohortId,
			courseSlug: course.slug,
			module: progressModule(w.module('basics')),
			kind: 'module_marked_complete'
		});
		const started = await startAttempt(t.db, w.ana, course, practice);
		if (!started.ok) throw new Error(started.reason);
		await submitAttempt(t.db, w.ana, course, practice, started.attemptId, new FormData(), { confirmed: true });
		return attemptPage(t.db, w.ana, course, practice, started.attemptId, 'fr');
	};

	it("names each missed question and the lesson section it is about, in the reader's language, without the answers", async () => {
		const page = await failAttempt(hidingCourse());
		if (page.state !== 'submitted') throw new Error('not submitted');
		expect(page.revealed).toBe(false);
		expect(page.review.every((q) => q.missed !== null && q.revealed === null)).toBe(true);
		const lead = page.review.find((q) => q.prompt.startsWith('Où une publication'))!;
		expect(lead.missed).toEqual({ section: { title: 'Dites quoi faire ensuite', path: '/courses/fixture-course/practice#dites-quoi-faire-ensuite' } });
		// A question naming no section sends the trainee to the module's lesson.
		expect(page.review.find((q) => q !== lead)!.missed).toEqual({
			section: { title: 'C’est en publiant qu’on apprend', path: '/courses/fixture-course/practice' }
		});
		const sent = JSON.stringify(page);
		for (const secret of ['Les fils et les aperçus tronquent', 'Le contexte d’abord', 'Dans la première phrase', 'correct']) expect(sent).not.toContain(secret);
	});

	it('shows the answers with the sections once the reveal rule allows', async () => {
		const page = await failAttempt(w.course);
		if (page.state !== 'submitted') throw new Error('not submitted');
		expect(page.revealed).toBe(true);
		const lead = page.review.find((q) => q.prompt.startsWith('Où une publication'))!;
		expect(lead.revealed?.correct).toEqual(['Dans la première phrase']);
		expect(lead.missed?.section.path).toBe('/courses/fixture-course/practice#dites-quoi-faire-ensuite');
	});
});

describe('the review badge', () => {
	it('counts what waits in the cohorts a person may review: an instructor only their own, an admin all, a trainee nothing', async () => {
		const admin = {
			...w.ines,
			id: (await t.db.selectFrom('users').select('id').where('email', '=', 'admin@ontario.ca').executeTakeFirstOrThrow()).id,
			isAdmin: true
		};
		const submissionId = await submitBilingual(w.course);
		expect(await reviewBadge(t.db, w.ines)).toEqual({ count: 1, path: `/cohorts/${w.cohortId}/reviews` });
		expect(await reviewBadge(t.db, w.jo)).toEqual({ count: 0, path: '/' });
		expect(await reviewBadge(t.db, admin)).toEqual({ count: 1, path: `/cohorts/${w.cohortId}/reviews` });
		expect(await reviewBadge(t.db, w.ana)).toBeNull();

		await sendBack(submissionId);
		expect(await reviewBadge(t.db, w.ines)).toMatchObject({ count: 0 });
		await submitBilingual(w.course);
		expect(await reviewBadge(t.db, w.ines)).toMatchObject({ count: 1 });
	});
});
