import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { QuestionView } from '$lib/quizzes/types';
import type { SessionUser } from '$lib/server/auth/sessions';
import type { Course, CourseModule } from '$lib/server/content/types';
import { newId } from '$lib/server/ids';
import { isUniqueViolation } from '$lib/server/db/index';
import { attemptPage, quizPage, saveAnswers, startAttempt, submitAttempt } from '$lib/server/quizzes/service';
import { grantExtraAttempt, traineeAttempts } from '$lib/server/quizzes/staff';
import { sampleQuizData } from '$lib/server/quizzes/testing';
import { createUser, freshDatabase, type TestDatabase } from './db';
import { courseWithQuizzes } from './quiz-course';

const MINUTE = 60_000;
const T0 = Date.UTC(2026, 11, 1, 15, 0);

const person = (id: string, email: string): SessionUser => ({ id, email, displayName: email, preferredLanguage: 'en', isAdmin: false, isManager: false });

/** Answers a question as a person would: by the labels on screen. */
function answer(form: FormData, question: QuestionView, right: boolean) {
	const pick = (options: { value: string; label: string }[], label: string) => options.find((o) => o.label === label)!.value;
	switch (question.type) {
		case 'single_choice':
			form.append(question.name, pick(question.options, right ? 'B' : 'C'));
			break;
		case 'multiple_response':
			for (const label of right ? ['A', 'B'] : ['C']) form.append(question.name, pick(question.options, label));
			break;
		case 'true_false':
			form.append(question.name, pick(question.options, right ? 'True' : 'False'));
			break;
		case 'short_text':
			form.append(question.name, right ? '  HELLO world ' : 'goodbye');
			break;
		case 'ordering': {
			const rightOrder = ['One', 'Two', 'Three', 'Four'];
			// Wrong: the right order reversed, so no item is in its place.
			for (const item of question.items) form.append(item.name, String(right ? rightOrder.indexOf(item.label) + 1 : 4 - rightOrder.indexOf(item.label)));
			break;
		}
		case 'matching': {
			const matches: Record<string, string> = { Cat: 'Meow', Dog: 'Woof' };
			for (const prompt of question.prompts) form.append(prompt.name, pick(question.choices, right ? matches[prompt.label] : 'Moo'));
			break;
		}
		case 'better_post':
			form.append(question.name, question.posts.find((p) => p.text === (right ? 'Clear news' : 'Waffle'))!.value);
			break;
	}
}

describe('quizzes', () => {
	let t: TestDatabase;
	let cohortId: string;
	let trainee: SessionUser;
	let instructor: SessionUser;
	let course: Course;
	let module: CourseModule;

	const enrol = (userId: string, role: 'trainee' | 'instructor') =>
		t.db.insertInto('enrolments').values({ cohort_id: cohortId, user_id: userId, role, created_at: T0 }).execute();

	async function setUp(quiz: Record<string, unknown> = sampleQuizData) {
		course = courseWithQuizzes('quiz-course', [
			{ slug: 'basics', quiz },
			{ slug: 'next', quiz, requires: ['basics'] }
		]);
		module = course.modules[0];
	}

	beforeEach(async () => {
		t = await freshDatabase();
		const traineeId = await createUser(t.db, 'trainee@ontario.ca');
		const instructorId = await createUser(t.db, 'instructor@ontario.ca');
		trainee = person(traineeId, 'trainee@ontario.ca');
		instructor = person(instructorId, 'instructor@ontario.ca');
		cohortId = newId();
		await t.db
			.insertInto('cohorts')
			.values({
				id: cohortId,
				name: 'Quiz cohort',
				course_slug: 'quiz-course',
				starts_on: '2026-11-01',
				ends_on: '2026-12-31',
				created_by: null,
				created_at: T0
			})
			.execute();
		await enrol(traineeId, 'trainee');
		await enrol(instructorId, 'instructor');
		await setUp();
	});
	afterEach(() => t.cleanUp());

	const start = async (who = trainee, now = T0) => {
		const result = await startAttempt(t.db, who, course, module, now);
		if (!result.ok) throw new Error(`could not start: ${result.reason}`);
		return result.attemptId;
	};
	const openQuestions = async (attemptId: string, who = trainee, now = T0) => {
		const page = await attemptPage(t.db, who, course, module, attemptId, 'en', now);
		if (page.state !== 'open') throw new Error('attempt is not open');
		return page.questions;
	};
	const filled = async (attemptId: string, right: boolean | ((q: QuestionView) => boolean), who = trainee) => {
		const form = new FormData();
		for (const question of await openQuestions(attemptId, who)) answer(form, question, typeof right === 'function' ? right(question) : right);
		return form;
	};
	const take = async (right: boolean, now = T0, who = trainee) => {
		const attemptId = await start(who, now);
		const result = await submitAttempt(t.db, who, course, module, attemptId, await filled(attemptId, right, who), { confirmed: false }, now + MINUTE);
		expect(result).toEqual({ ok: true });
		return attemptId;
	};
	const events = async (userId = trainee.id) =>
		(await t.db.selectFrom('progress_events').select('kind').where('user_id', '=', userId).orderBy('at').execute()).map((e) => e.kind);
	const progress = () =>
		t.db.selectFrom('module_progress').selectAll().where('user_id', '=', trainee.id).where('module_slug', '=', 'basics').executeTakeFirst();
	const attemptRows = () => t.db.selectFrom('quiz_attempts').selectAll().where('user_id', '=', trainee.id).orderBy('attempt_number').execute();

	it('a trainee fails, tries again and passes; the pass completes the module in the same write', async () => {
		const first = await take(false);
		const failed = await attemptPage(t.db, trainee, course, module, first, 'en');
		expect(failed).toMatchObject({ state: 'submitted', attempt: { number: 1, score: 0, passed: false }, standing: { left: 1, passed: false }, revealed: true });
		expect((await progress())?.quiz_passed_at).toBeNull();
		expect(await events()).toEqual(['quiz_attempted']);

		const second = await take(true, T0 + 10 * MINUTE);
		const passed = await attemptPage(t.db, trainee, course, module, second, 'en');
		expect(passed).toMatchObject({
			state: 'submitted',
			attempt: { number: 2, score: 100, passed: true },
			standing: { left: 0, passed: true, scoreOfRecord: 100 }
		});
		expect(await progress()).toMatchObject({ status: 'completed', quiz_passed_at: T0 + 11 * MINUTE, completed_at: T0 + 11 * MINUTE });
		expect(await events()).toEqual(['quiz_attempted', 'quiz_attempted', 'quiz_passed', 'module_completed']);
		// Dashboards and completion records read the outcome from the events' details.
		const details = await t.db.selectFrom('progress_events').select('details').where('kind', '=', 'quiz_attempted').orderBy('at').execute();
		expect(details.map((d) => JSON.parse(d.details))).toEqual([
			{ attemptId: first, attempt: 1, score: 0, passed: false },
			{ attemptId: second, attempt: 2, score: 100, passed: true }
		]);

		const rows = await attemptRows();
		expect(rows.map((r) => [r.attempt_number, r.score, r.passed, r.started_at, r.submitted_at])).toEqual([
			[1, 0, 0, T0, T0 + MINUTE],
			[2, 100, 1, T0 + 10 * MINUTE, T0 + 11 * MINUTE]
		]);
		expect(JSON.parse(rows[1].layout).map((q: { id: string }) => q.id)).toEqual(['single', 'multi', 'tf', 'text', 'order', 'match', 'post']);
		expect(JSON.parse(rows[1].responses)).toMatchObject({ single: 'b', multi: ['a', 'b'], tf: true, post: 'good' });
	});

	it('refuses a start once the attempts are used, until an instructor grants one, with the reason audited', async () => {
		await take(false);
		await take(false, T0 + 5 * MINUTE);
		expect(await startAttempt(t.db, trainee, course, module, T0 + 10 * MINUTE)).toEqual({ ok: false, reason: 'no_attempts_left' });
		expect((await quizPage(t.db, trainee, course, module, 'en')).standing).toMatchObject({ used: 2, left: 0, canStart: false });

		await grantExtraAttempt(t.db, instructor.id, cohortId, 'basics', trainee.id, 'Was called away by an emergency', T0 + 20 * MINUTE, () => course);
		const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'quiz.extra_attempt_granted').execute();
		expect(audit).toEqual([expect.objectContaining({ actor_id: instructor.id, subject_user_id: trainee.id, cohort_id: cohortId })]);
		expect(JSON.parse(audit[0].details)).toEqual({ course: 'quiz-course', module: 'basics', reason: 'Was called away by an emergency' });

		await take(true, T0 + 30 * MINUTE);
		expect(await startAttempt(t.db, trainee, course, module, T0 + 40 * MINUTE)).toEqual({ ok: false, reason: 'no_attempts_left' });
		const review = await traineeAttempts(t.db, cohortId, 'basics', trainee.id, 'en', () => course);
		expect(review.attempts.map((a) => a.passed)).toEqual([false, false, true]);
		expect(review.grants).toEqual([expect.objectContaining({ reason: 'Was called away by an emergency', by: 'instructor' })]);
	});

	it('counts two submissions of the same attempt at once only once', async () => {
		const attemptId = await start();
		const form = await filled(attemptId, true);
		const results = await Promise.all([
			submitAttempt(t.db, trainee, course, module, attemptId, form, { confirmed: true }, T0 + MINUTE),
			submitAttempt(t.db, trainee, course, module, attemptId, form, { confirmed: true }, T0 + MINUTE)
		]);
		expect(results).toEqual([{ ok: true }, { ok: true }]);
		expect((await attemptRows()).map((r) => [r.attempt_number, r.score])).toEqual([[1, 100]]);
		expect(await events()).toEqual(['quiz_attempted', 'quiz_passed', 'module_completed']);
	});

	it('cannot exceed the attempt limit with attempts started and submitted at the same moment', async () => {
		await setUp({ ...sampleQuizData, attempts: 1 });
		const racer = async () => {
			const started = await startAttempt(t.db, trainee, course, module, T0);
			if (!started.ok) return started.reason;
			return (await submitAttempt(t.db, trainee, course, module, started.attemptId, new FormData(), { confirmed: true }, T0 + MINUTE)).ok;
		};
		await Promise.all([racer(), racer(), racer()]);
		expect((await attemptRows()).length).toBe(1);
		expect(await events()).toEqual(['quiz_attempted']);
		expect(await startAttempt(t.db, trainee, course, module, T0 + 2 * MINUTE)).toEqual({ ok: false, reason: 'no_attempts_left' });
	});

	it('the database itself refuses a second open attempt and a repeated attempt number', async () => {
		const attemptId = await start();
		const row = (await attemptRows())[0];
		const copy = { ...row, id: newId() };
		await expect(
			t.db
				.insertInto('quiz_attempts')
				.values({ ...copy, attempt_number: 2 })
				.execute()
		).rejects.toSatisfy(isUniqueViolation);
		await submitAttempt(t.db, trainee, course, module, attemptId, new FormData(), { confirmed: true }, T0 + MINUTE);
		await expect(
			t.db
				.insertInto('quiz_attempts')
				.values({ ...copy, submitted_at: T0 })
				.execute()
		).rejects.toSatisfy(isUniqueViolation);
	});

	it('starting twice resumes the attempt in progress, with the answers saved as a draft', async () => {
		const attemptId = await start();
		const draft = await filled(attemptId, (q) => q.type === 'single_choice' || q.type === 'short_text');
		expect(await saveAnswers(t.db, trainee, course, module, attemptId, draft, T0 + MINUTE)).toEqual({ ok: true });
		expect(await startAttempt(t.db, trainee, course, module, T0 + 2 * MINUTE)).toEqual({ ok: true, attemptId });
		expect((await quizPage(t.db, trainee, course, module, 'en')).inProgress).toBe(attemptId);

		const questions = await openQuestions(attemptId);
		const single = questions.find((q) => q.type === 'single_choice')!;
		expect(single.type === 'single_choice' && single.options.find((o) => o.checked)?.label).toBe('B');
		expect(questions.find((q) => q.type === 'short_text')).toMatchObject({ value: '  HELLO world ' });
		expect((await attemptRows())[0]).toMatchObject({ saved_at: T0 + MINUTE, submitted_at: null });
	});

	it('asks about unanswered questions before grading, keeping the answers given so far', async () => {
		const attemptId = await start();
		const partial = new FormData();
		answer(partial, (await openQuestions(attemptId))[0], true);
		const result = await submitAttempt(t.db, trainee, course, module, attemptId, partial, { confirmed: false }, T0 + MINUTE);
		expect(result).toEqual({
			ok: false,
			reason: 'gaps',
			gaps: [
				{ number: 2, problem: 'unanswered' },
				{ number: 3, problem: 'unanswered' },
				{ number: 4, problem: 'unanswered' },
				{ number: 5, problem: 'unanswered' },
				{ number: 6, problem: 'unanswered' },
				{ number: 7, problem: 'unanswered' }
			]
		});
		expect((await attemptRows())[0]).toMatchObject({ submitted_at: null, responses: expect.stringContaining('"single":"b"') });
		expect(await submitAttempt(t.db, trainee, course, module, attemptId, partial, { confirmed: true }, T0 + 2 * MINUTE)).toEqual({ ok: true });
		expect((await attemptRows())[0]).toMatchObject({ score: 14.29, passed: 0 });
	});

	describe('with a time limit', () => {
		beforeEach(() => setUp({ ...sampleQuizData, time_limit_minutes: 10 }));

		it('grades late answers not at all: only what was saved in time counts', async () => {
			const attemptId = await start();
			expect(await attemptPage(t.db, trainee, course, module, attemptId, 'en', T0 + 4 * MINUTE)).toMatchObject({
				remainingMs: 6 * MINUTE,
				deadlineAt: T0 + 10 * MINUTE
			});
			const halfRight = await filled(attemptId, (q) => ['single_choice', 'multiple_response', 'true_false', 'short_text'].includes(q.type));
			await saveAnswers(t.db, trainee, course, module, attemptId, halfRight, T0 + 5 * MINUTE);
			expect(await saveAnswers(t.db, trainee, course, module, attemptId, await filled(attemptId, true), T0 + 11 * MINUTE)).toEqual({
				ok: false,
				reason: 'closed'
			});

			expect((await attemptRows())[0]).toMatchObject({ score: 57.14, passed: 0, submitted_at: T0 + 11 * MINUTE });
			const page = await attemptPage(t.db, trainee, course, module, attemptId, 'en', T0 + 12 * MINUTE);
			expect(page).toMatchObject({ state: 'submitted', timedOut: true });
			expect(await events()).toEqual(['quiz_attempted']);
		});

		it('accepts a submission within the grace period after the limit', async () => {
			const attemptId = await start();
			const result = await submitAttempt(
				t.db,
				trainee,
				course,
				module,
				attemptId,
				await filled(attemptId, true),
				{ confirmed: true },
				T0 + 10 * MINUTE + 20_000
			);
			expect(result).toEqual({ ok: true });
			expect((await attemptRows())[0]).toMatchObject({ score: 100, passed: 1 });
		});

		it('rejects a late submission’s answers and grades the saved draft', async () => {
			const attemptId = await start();
			await submitAttempt(t.db, trainee, course, module, attemptId, await filled(attemptId, true), { confirmed: true }, T0 + 15 * MINUTE);
			expect((await attemptRows())[0]).toMatchObject({ score: 0, passed: 0 });
		});

		it('closes an abandoned attempt when the trainee comes back, and lets them start the next', async () => {
			const attemptId = await start();
			await saveAnswers(t.db, trainee, course, module, attemptId, await filled(attemptId, true), T0 + MINUTE);
			const page = await quizPage(t.db, trainee, course, module, 'en', T0 + 60 * MINUTE);
			expect(page.inProgress).toBeNull();
			expect(page.attempts).toEqual([expect.objectContaining({ number: 1, score: 100, passed: true, submittedAt: T0 + 60 * MINUTE })]);
			expect(await progress()).toMatchObject({ status: 'completed' });
			expect(await startAttempt(t.db, trainee, course, module, T0 + 61 * MINUTE)).toMatchObject({ ok: true });
		});
	});

	describe('who may do what', () => {
		it('staff preview the questions but cannot start an attempt', async () => {
			const page = await quizPage(t.db, instructor, course, module, 'en');
			expect(page.preview).toHaveLength(7);
			expect(page.standing).toBeNull();
			expect(await startAttempt(t.db, instructor, course, module)).toEqual({ ok: false, reason: 'not_trainee' });
		});

		it('a module whose prerequisites are not complete cannot be attempted', async () => {
			const next = course.modules[1];
			expect(await startAttempt(t.db, trainee, course, next)).toEqual({ ok: false, reason: 'locked' });
			expect((await quizPage(t.db, trainee, course, next, 'en')).locked).toEqual(['Module basics']);
		});

		it('another trainee cannot open, save or submit someone else’s attempt', async () => {
			const attemptId = await start();
			const otherId = await createUser(t.db, 'other@ontario.ca');
			await enrol(otherId, 'trainee');
			const other = person(otherId, 'other@ontario.ca');
			await expect(attemptPage(t.db, other, course, module, attemptId, 'en')).rejects.toMatchObject({ status: 404 });
			await expect(saveAnswers(t.db, other, course, module, attemptId, new FormData())).rejects.toMatchObject({ status: 404 });
			await expect(submitAttempt(t.db, other, course, module, attemptId, new FormData(), { confirmed: true })).rejects.toMatchObject({ status: 404 });
			expect((await attemptRows())[0].submitted_at).toBeNull();
		});

		it('people outside the course are refused', async () => {
			const strangerId = await createUser(t.db, 'stranger@ontario.ca');
			await expect(quizPage(t.db, person(strangerId, 'stranger@ontario.ca'), course, module, 'en')).rejects.toMatchObject({ status: 403 });
		});
	});
});
