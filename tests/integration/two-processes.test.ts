// Two server processes on one database, as two connections: what must not be counted twice.
//
// On PostgreSQL (npm run test:pg) each connection is its own pool, so transactions really
// interleave (READ COMMITTED, as the app runs): these tests fail there without the unique keys and
// locks they rely on (tried). On SQLite, two connections to one file take turns at its one write
// lock (BEGIN IMMEDIATE, retried while busy: db/sqlite.ts), as two processes would.
import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql, type Kysely } from 'kysely';
import type { SessionUser } from '$lib/server/auth/sessions';
import type { Course } from '$lib/server/content/types';
import type { DB } from '$lib/server/db/schema';
import { newId } from '$lib/server/ids';
import { recordProgress } from '$lib/server/progress/events';
import { startAttempt, submitAttempt } from '$lib/server/quizzes/service';
import { sampleQuizData } from '$lib/server/quizzes/testing';
import { hitLimit } from '$lib/server/records/rate-limit';
import { agreeOnIssuerKey } from '$lib/server/records/credentials/issuer';
import { createUser, freshDatabase, type TestDatabase } from './db';
import { courseWithQuizzes } from './quiz-course';
import { enrolIn, finishModule, recordsOf, RECORDS_COURSE, useTestCoursesAndIssuerKey } from './records-setup';

useTestCoursesAndIssuerKey();

let t: TestDatabase;
/** The two processes' connections. */
let a: Kysely<DB>;
let b: Kysely<DB>;
beforeEach(async () => {
	t = await freshDatabase();
	a = t.db;
	b = t.open();
	// Open each pool's connections now: a burst on cold pools waits for connections one by one and
	// hardly overlaps, so it would prove nothing.
	for (const db of [a, b]) await Promise.all(Array.from({ length: 8 }, () => sql`select 1`.execute(db)));
});
afterEach(() => t.cleanUp());

const T0 = Date.UTC(2026, 11, 1, 15, 0);
const person = (id: string): SessionUser => ({ id, email: `${id}@test`, displayName: id, preferredLanguage: 'en', isAdmin: false, isManager: false });
const count = async <T>(rows: Promise<T[]>) => (await rows).length;

async function traineesIn(courseSlug: string, n: number) {
	const adminId = await createUser(a, 'admin@ontario.ca', { is_admin: 1 });
	const first = await createUser(a, 'trainee0@ontario.ca');
	const cohortId = await enrolIn(a, first, adminId, courseSlug, 'Cohort');
	const ids = [first];
	for (let i = 1; i < n; i++) {
		const id = await createUser(a, `trainee${i}@ontario.ca`);
		await a.insertInto('enrolments').values({ cohort_id: cohortId, user_id: id, role: 'trainee', created_at: T0 }).execute();
		ids.push(id);
	}
	return { cohortId, ids };
}

describe('quiz attempts from two processes', () => {
	let course: Course;
	beforeAll(() => {
		course = courseWithQuizzes('quiz-course', [{ slug: 'basics', quiz: sampleQuizData }]);
	});

	it('a burst of starts and double submissions never makes an attempt past the limit, and counts each attempt once', async () => {
		const module = course.modules[0];
		const { ids } = await traineesIn('quiz-course', 25);
		// Each trainee has three tabs (two on one process, one on the other) taking the quiz as fast
		// as they can: start (or resume) an attempt, then hand it in twice, until none is left.
		const tab = async (userId: string, db: Kysely<DB>, other: Kysely<DB>) => {
			for (let round = 0; round < 5; round++) {
				const started = await startAttempt(db, person(userId), course, module, T0 + round);
				if (!started.ok) return started.reason;
				const submit = (via: Kysely<DB>) =>
					submitAttempt(via, person(userId), course, module, started.attemptId, new FormData(), { confirmed: true }, T0 + round);
				expect(await Promise.all([submit(db), submit(other)])).toEqual([{ ok: true }, { ok: true }]);
			}
			return 'still going';
		};
		const ends = await Promise.all(ids.flatMap((id) => [tab(id, a, b), tab(id, b, a), tab(id, a, b)]));
		expect(new Set(ends)).toEqual(new Set(['no_attempts_left']));

		for (const id of ids) {
			const attempts = await a
				.selectFrom('quiz_attempts')
				.select(['attempt_number', 'submitted_at'])
				.where('user_id', '=', id)
				.orderBy('attempt_number')
				.execute();
			expect(attempts.map((r) => [r.attempt_number, r.submitted_at !== null])).toEqual([
				[1, true],
				[2, true]
			]);
			expect(await count(a.selectFrom('progress_events').select('id').where('user_id', '=', id).where('kind', '=', 'quiz_attempted').execute())).toBe(2);
		}
	});
});

describe('progress and records from two processes', () => {
	it('twenty trainees whose last two modules complete at the same moment on two processes get exactly one record each, each with its own revocation position', async () => {
		const { cohortId, ids } = await traineesIn(RECORDS_COURSE, 20);
		for (const userId of ids) await finishModule(a, { userId, cohortId }, RECORDS_COURSE, 'start', T0);
		await Promise.all(
			ids.flatMap((userId) => [
				finishModule(a, { userId, cohortId }, RECORDS_COURSE, 'practice', T0 + 1000),
				finishModule(b, { userId, cohortId }, RECORDS_COURSE, 'finish', T0 + 1000)
			])
		);
		const positions = new Set<number>();
		for (const userId of ids) {
			const records = await recordsOf(a, userId);
			expect(records, userId).toHaveLength(1);
			positions.add(records[0].status_list_index);
			const completed = await a
				.selectFrom('progress_events')
				.select('module_slug')
				.where('user_id', '=', userId)
				.where('kind', '=', 'module_completed')
				.execute();
			expect(completed.map((e) => e.module_slug).sort()).toEqual(['finish', 'practice', 'start']);
		}
		expect(positions.size).toBe(20);
		expect(await count(a.selectFrom('audit_log').select('id').where('action', '=', 'record.issued').execute())).toBe(20);
	});

	it('a quiz passed on one process while the exercise is approved on the other completes the module once, losing neither', async () => {
		const { cohortId, ids } = await traineesIn(RECORDS_COURSE, 10);
		const module = { slug: 'both', version: 'v1', hasQuiz: true, hasExercise: true };
		const event = (userId: string) => ({ userId, cohortId, courseSlug: 'a-course-of-its-own', module });
		await Promise.all(
			ids.flatMap((userId) => [
				recordProgress(a, { ...event(userId), kind: 'quiz_passed' }, T0),
				recordProgress(b, { ...event(userId), kind: 'exercise_approved' }, T0)
			])
		);
		const rows = await a.selectFrom('module_progress').selectAll().where('module_slug', '=', 'both').execute();
		expect(rows).toHaveLength(10);
		for (const row of rows) expect([row.status, row.quiz_passed_at !== null, row.exercise_approved_at !== null]).toEqual(['completed', true, true]);
		expect(await count(a.selectFrom('progress_events').select('id').where('kind', '=', 'module_completed').execute())).toBe(10);
	});
});

describe('limits counted inside a transaction', () => {
	it('let through no more than the limit when transactions on two processes count the same key at once', async () => {
		const window = { name: 'two-processes', limit: 2, windowMs: 60_000 };
		const hitAndHold = (db: Kysely<DB>) =>
			db.transaction().execute(async (trx) => {
				const answer = await hitLimit(trx, window, 'person', T0);
				// The rest of the caller's transaction (an invitation, an email queued) takes a moment.
				await new Promise((resolve) => setTimeout(resolve, 100));
				return answer.allowed;
			});
		const answers = await Promise.all(Array.from({ length: 8 }, (_, i) => hitAndHold(i % 2 ? a : b)));
		expect(answers.filter(Boolean)).toHaveLength(2);
	});
});

describe('the signing key', () => {
	it('the first process records its public key; a process with another key refuses to start', async () => {
		const key = await agreeOnIssuerKey(a);
		expect((await agreeOnIssuerKey(b)).publicKeyMultibase).toBe(key.publicKeyMultibase);
		const elsewhere = process.env.ISSUER_KEY;
		try {
			process.env.ISSUER_KEY = JSON.stringify({ publicKeyMultibase: 'z6MkOther', secretKeyMultibase: 'zOtherSecret' });
			await expect(agreeOnIssuerKey(b)).rejects.toThrow(/not the one the database's records are signed with/);
		} finally {
			if (elsewhere === undefined) delete process.env.ISSUER_KEY;
			else process.env.ISSUER_KEY = elsewhere;
		}
	});

	it('ISSUER_KEY, the key file as text in the environment, is what every process signs with', async () => {
		const { issuerKey } = await import('$lib/server/records/credentials/issuer');
		const fromFile = await issuerKey();
		process.env.ISSUER_KEY = JSON.stringify({ ...fromFile, type: 'Multikey', note: newId() });
		try {
			const fromEnvironment = await issuerKey('/nonexistent/no-file-needed.json');
			expect(fromEnvironment).toEqual(fromFile);
			process.env.ISSUER_KEY = 'not json';
			await expect(issuerKey()).rejects.toThrow('ISSUER_KEY is not an issuer key file');
		} finally {
			delete process.env.ISSUER_KEY;
		}
	});
});
