import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SessionUser } from '$lib/server/auth/sessions';
import { newId } from '$lib/server/ids';
import { attemptPage, startAttempt, submitAttempt } from '$lib/server/quizzes/service';
import { cohortQuizzes, quizStatistics } from '$lib/server/quizzes/staff';
import { createUser, freshDatabase, type TestDatabase } from './db';
import { courseWithQuizzes } from './quiz-course';

// Four true/false questions (all true), four trainees. First attempts, ✓ = answered true:
//        a  b  c  d   score
//   u1   ✓  ✓  ✓  ✗   75   (passes: the pass mark is 75)
//   u2   ✓  ✓  ✗  ✗   50
//   u3   ✓  ✗  ✗  ✓   50
//   u4   ✓  ✗  ✗  ✗   25, then a second attempt with all four right: 100
//
// Totals count all five attempts: mean (75 + 50 + 50 + 25 + 100) / 5 = 60; 2 of 5 passed.
// Item analysis uses first attempts only. Facility: a 1, b 0.5, c 0.25, d 0.25.
// Discrimination, against the mean of the other three questions:
//   a: never varies → none (flagged too easy).
//   b: credits 1,1,0,0 against 2/3,1/3,2/3,1/3 → covariance 0 → r = 0 (does not discriminate).
//   c: credits 1,0,0,0 against 2/3,2/3,2/3,1/3 → r = (1/12) / √(0.75 × 1/12) = 1/3 (too hard).
//   d: credits 0,0,1,0 against 1,2/3,1/3,1/3 → r = −0.25 / √(0.75 × 44/144) = −3/√33 (hard, check the key).
const quizData = {
	pass_mark: 75,
	attempts: 2,
	questions: ['a', 'b', 'c', 'd'].map((id) => ({
		id,
		type: 'true_false',
		prompt: { en: `Statement ${id}`, fr: `Énoncé ${id}` },
		explanation: { en: 'True', fr: 'Vrai' },
		answer: true
	}))
};

const course = courseWithQuizzes('stats-course', [{ slug: 'quiz', quiz: quizData }]);
const module = course.modules[0];

describe('quiz statistics', () => {
	let t: TestDatabase;
	let cohortId: string;
	const trainees: SessionUser[] = [];

	beforeEach(async () => {
		t = await freshDatabase();
		cohortId = newId();
		await t.db
			.insertInto('cohorts')
			.values({ id: cohortId, name: 'Stats cohort', course_slug: course.slug, starts_on: '2026-11-01', ends_on: '2026-12-31', created_by: null, created_at: 0 })
			.execute();
		trainees.length = 0;
		for (const n of [1, 2, 3, 4]) {
			const email = `u${n}@ontario.ca`;
			const id = await createUser(t.db, email, { name: `Trainee ${n}` });
			await t.db.insertInto('enrolments').values({ cohort_id: cohortId, user_id: id, role: 'trainee', created_at: 0 }).execute();
			trainees.push({ id, email, displayName: email, preferredLanguage: 'en', isAdmin: false, isManager: false });
		}
	});
	afterEach(() => t.cleanUp());

	async function take(who: SessionUser, trueFor: string) {
		const started = await startAttempt(t.db, who, course, module);
		if (!started.ok) throw new Error(started.reason);
		const page = await attemptPage(t.db, who, course, module, started.attemptId, 'en');
		if (page.state !== 'open') throw new Error('not open');
		const form = new FormData();
		for (const question of page.questions) {
			if (question.type !== 'true_false') continue;
			const id = question.prompt.slice(-1);
			form.append(question.name, question.options[trueFor.includes(id) ? 0 : 1].value);
		}
		expect(await submitAttempt(t.db, who, course, module, started.attemptId, form, { confirmed: true })).toEqual({ ok: true });
	}

	it('matches the figures computed by hand', async () => {
		const [u1, u2, u3, u4] = trainees;
		await take(u1, 'abc');
		await take(u2, 'ab');
		await take(u3, 'ad');
		await take(u4, 'a');
		await take(u4, 'abcd');

		const stats = await quizStatistics(t.db, cohortId, 'quiz', 'en', () => course);
		expect(stats.summary).toEqual({ attempts: 5, traineesEnrolled: 4, traineesAttempted: 4, traineesPassed: 2, meanScore: 60, passRate: 0.4 });

		const byId = Object.fromEntries(stats.questions.map((q) => [q.id, q]));
		expect(byId.a).toMatchObject({ answered: 4, facility: 1, discrimination: null, flags: ['easy'] });
		expect(byId.b).toMatchObject({ answered: 4, facility: 0.5, flags: ['weak'] });
		expect(byId.b.discrimination).toBeCloseTo(0, 10);
		expect(byId.c).toMatchObject({ answered: 4, facility: 0.25, flags: ['hard'] });
		expect(byId.c.discrimination).toBeCloseTo(1 / 3, 10);
		expect(byId.d).toMatchObject({ answered: 4, facility: 0.25, flags: ['hard', 'negative'] });
		expect(byId.d.discrimination).toBeCloseTo(-3 / Math.sqrt(33), 10);

		expect(stats.trainees.map((r) => [r.name, r.used, r.score, r.passed])).toEqual([
			['Trainee 1', 1, 75, true],
			['Trainee 2', 1, 50, false],
			['Trainee 3', 1, 50, false],
			['Trainee 4', 2, 100, true]
		]);

		const list = await cohortQuizzes(t.db, cohortId, 'en', () => course);
		expect(list.quizzes).toEqual([{ slug: 'quiz', position: 1, title: 'Module quiz', attempts: 5, meanScore: 60, passed: 2 }]);
	});

	it('is empty, not broken, before anyone takes the quiz', async () => {
		const stats = await quizStatistics(t.db, cohortId, 'quiz', 'en', () => course);
		expect(stats.summary).toMatchObject({ attempts: 0, traineesAttempted: 0, meanScore: null, passRate: null });
		expect(stats.questions.every((q) => q.facility === null && q.flags.length === 0)).toBe(true);
	});

	it('answers 404 for a module without a quiz, or a cohort that does not exist', async () => {
		await expect(quizStatistics(t.db, cohortId, 'missing', 'en', () => course)).rejects.toMatchObject({ status: 404 });
		await expect(quizStatistics(t.db, newId(), 'quiz', 'en', () => course)).rejects.toMatchObject({ status: 404 });
	});
});
