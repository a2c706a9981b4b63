import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import type { SessionUser } from '$lib/server/auth/sessions';
import { createCohort } from '$lib/server/cohorts/service';
import { newId } from '$lib/server/ids';
import { recordProgress, type ProgressEventKind } from '$lib/server/progress/events';
import { moduleStatus } from '$lib/server/progress/status';
import { createUser, freshDatabase, type TestDatabase } from './db';

// The fixture course is served only when asked for; the catalog reads this when first used.
beforeAll(() => {
	process.env.FIXTURE_COURSES = 'true';
});

let t: TestDatabase;
let db: Kysely<DB>;
let userId: string;
let cohortId: string;

beforeEach(async () => {
	t = await freshDatabase();
	db = t.db;
	userId = await createUser(db, 'learner@ontario.ca', { name: 'Léa Learner' });
	const adminId = await createUser(db, 'admin@ontario.ca', { is_admin: 1 });
	cohortId = await createCohort(db, { name: 'C', courseSlug: 'fixture-course', startsOn: '2026-11-01', endsOn: '2026-12-31' }, adminId);
	await db.insertInto('enrolments').values({ cohort_id: cohortId, user_id: userId, role: 'trainee', created_at: Date.now() }).execute();
});
afterEach(() => t.cleanUp());

const quizModule = { slug: 'practice', version: 'v1', hasQuiz: true, hasExercise: true };
const record = (kind: ProgressEventKind, module = quizModule, at?: number) =>
	recordProgress(db, { userId, cohortId, courseSlug: 'fixture-course', module, kind }, at);

async function progressRow(module = 'practice') {
	return db.selectFrom('module_progress').selectAll().where('user_id', '=', userId).where('module_slug', '=', module).executeTakeFirst();
}
async function eventKinds() {
	return (await db.selectFrom('progress_events').select('kind').where('user_id', '=', userId).orderBy('at').orderBy('kind').execute()).map((e) => e.kind);
}

describe('progress events and statuses', () => {
	it('moves a module through its statuses as events arrive, writing both together', async () => {
		expect(await record('module_viewed')).toEqual({ before: 'not_started', after: 'in_progress' });
		expect(await record('quiz_passed')).toEqual({ before: 'in_progress', after: 'in_progress' });
		expect(await record('exercise_submitted')).toEqual({ before: 'in_progress', after: 'needs_review' });
		expect(await record('exercise_revision_requested')).toEqual({ before: 'needs_review', after: 'needs_revision' });
		expect(await record('exercise_submitted')).toEqual({ before: 'needs_revision', after: 'needs_review' });
		expect(await record('exercise_approved')).toEqual({ before: 'needs_review', after: 'completed' });
		const row = await progressRow();
		expect(row).toMatchObject({ status: 'completed', revision_requested_at: null, content_version: 'v1' });
		expect(row!.completed_at).toBeGreaterThan(0);
	});

	it('adds one module_completed event when, and only when, a module completes', async () => {
		const lesson = { slug: 'basics', version: 'v9', hasQuiz: false, hasExercise: false };
		await record('module_viewed', lesson, 1_000);
		await record('module_marked_complete', lesson, 2_000);
		await record('module_marked_complete', lesson, 3_000);
		const events = await db.selectFrom('progress_events').select(['kind', 'at']).orderBy('at').orderBy('kind').execute();
		expect(events).toEqual([
			{ kind: 'module_viewed', at: 1_000 },
			{ kind: 'module_completed', at: 2_000 },
			{ kind: 'module_marked_complete', at: 2_000 },
			{ kind: 'module_marked_complete', at: 3_000 }
		]);
	});

	it('keeps a completed module completed when later events arrive (records never silently change)', async () => {
		await record('quiz_passed');
		await record('exercise_approved');
		expect(await record('exercise_revision_requested')).toEqual({ before: 'completed', after: 'completed' });
	});

	it('records the content version of the module with every event', async () => {
		await record('module_viewed', { ...quizModule, version: 'old' });
		await record('quiz_passed', { ...quizModule, version: 'new' });
		const versions = await db.selectFrom('progress_events').select(['kind', 'content_version']).orderBy('at').execute();
		expect(versions).toEqual([
			{ kind: 'module_viewed', content_version: 'old' },
			{ kind: 'quiz_passed', content_version: 'new' }
		]);
	});

	it('never lets the stored status disagree with the rule applied to the events', async () => {
		const kinds: ProgressEventKind[] = ['module_viewed', 'exercise_submitted', 'exercise_revision_requested', 'quiz_passed', 'exercise_submitted'];
		for (const [i, kind] of kinds.entries()) {
			await record(kind, quizModule, 1_000 + i);
			const row = await progressRow();
			const events = await eventKinds();
			const lastSubmit = events.lastIndexOf('exercise_submitted');
			const lastRevision = events.lastIndexOf('exercise_revision_requested');
			const expected = moduleStatus(quizModule, {
				viewed: events.includes('module_viewed'),
				markedComplete: events.includes('module_marked_complete'),
				quizPassed: events.includes('quiz_passed'),
				exerciseSubmitted: lastSubmit >= 0,
				exerciseApproved: events.includes('exercise_approved'),
				revisionRequested: lastRevision > lastSubmit
			});
			expect(row!.status).toBe(expected);
		}
	});

	it('rolls back the event when the status write fails, so neither is half-written', async () => {
		await expect(recordProgress(db, { userId: 'nobody', cohortId, courseSlug: 'fixture-course', module: quizModule, kind: 'module_viewed' })).rejects.toThrow();
		expect(await db.selectFrom('progress_events').select('id').execute()).toEqual([]);
	});
});

describe('the module player', () => {
	const user = (): SessionUser => ({ id: userId, email: 'learner@ontario.ca', displayName: 'Léa', preferredLanguage: 'en', isAdmin: false, isManager: false });

	it('records the first visit, shows the lesson, and completes a lesson-only module when marked', async () => {
		const { courseOr404, markComplete, modulePage } = await import('$lib/server/courses/player');
		const course = courseOr404('fixture-course');
		const basics = course.modules.find((m) => m.slug === 'basics')!;
		const page = await modulePage(db, user(), course, basics, 'fr');
		expect(page.module.status).toBe('in_progress');
		expect(page.lesson?.html).toContain('Ce qui rend une publication officielle');
		expect(page.lesson?.toc[0]).toEqual({ id: 'ce-qui-rend-une-publication-officielle', text: 'Ce qui rend une publication officielle', level: 2 });
		expect(await markComplete(db, user(), course, basics)).toEqual({ ok: true });
		expect((await progressRow('basics'))!.status).toBe('completed');
	});

	it('shows the cohort’s own settings in the lesson, escaped, and logs each change', async () => {
		const { courseOr404, modulePage } = await import('$lib/server/courses/player');
		const { saveCohortSettings } = await import('$lib/server/cohorts/settings');
		const course = courseOr404('fixture-course');
		const basics = course.modules.find((m) => m.slug === 'basics')!;
		expect((await modulePage(db, user(), course, basics, 'en')).lesson?.html).toContain(
			'Answer questions within <span class="bc-setting">one business day</span>'
		);
		const changed = await saveCohortSettings(db, course, cohortId, { response_time: { en: 'two <hours>', fr: 'deux heures' } }, userId);
		expect(changed).toBe(1);
		expect((await modulePage(db, user(), course, basics, 'en')).lesson?.html).toContain('within <span class="bc-setting">two &lt;hours&gt;</span>');
		expect((await modulePage(db, user(), course, basics, 'fr')).lesson?.html).toContain('dans un délai de <span class="bc-setting">deux heures</span>');
		expect(await saveCohortSettings(db, course, cohortId, { response_time: { en: 'two <hours>', fr: 'deux heures' } }, userId)).toBe(0);
		const audit = await db.selectFrom('audit_log').select(['action', 'details']).where('action', '=', 'cohort.setting_changed').execute();
		expect(audit).toHaveLength(1);
		expect(JSON.parse(audit[0].details)).toEqual({
			key: 'response_time',
			from: { en: 'one business day', fr: 'un jour ouvrable' },
			to: { en: 'two <hours>', fr: 'deux heures' }
		});
	});

	it('keeps a module locked until what it requires is completed', async () => {
		const { courseOr404, markComplete, modulePage } = await import('$lib/server/courses/player');
		const course = courseOr404('fixture-course');
		const wrapUp = course.modules.find((m) => m.slug === 'wrap-up')!;
		const page = await modulePage(db, user(), course, wrapUp, 'en');
		expect(page.lesson).toBeNull();
		expect(page.module.lockedBy).toEqual(['Practice makes posts']);
		expect(await progressRow('wrap-up')).toBeUndefined();
		if (!wrapUp.quizSource && !wrapUp.exerciseSource) expect(await markComplete(db, user(), course, wrapUp)).toEqual({ ok: false, reason: 'locked' });
	});

	it('refuses someone who is not enrolled with a 403', async () => {
		const { courseOr404, courseOverview } = await import('$lib/server/courses/player');
		const strangerId = await createUser(db, 'stranger@ontario.ca');
		const stranger = { ...user(), id: strangerId };
		await expect(courseOverview(db, stranger, courseOr404('fixture-course'), 'en')).rejects.toMatchObject({ status: 403 });
	});

	it('lets an admin read the course without recording progress', async () => {
		const { courseOr404, modulePage } = await import('$lib/server/courses/player');
		const adminId = newId();
		await createUser(db, 'other-admin@ontario.ca', { id: adminId, is_admin: 1 });
		const course = courseOr404('fixture-course');
		const page = await modulePage(db, { ...user(), id: adminId, isAdmin: true }, course, course.modules[0], 'en');
		expect(page.viewer).toEqual({ kind: 'staff' });
		expect(await db.selectFrom('progress_events').select('id').where('user_id', '=', adminId).execute()).toEqual([]);
	});
});
