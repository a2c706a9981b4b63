import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SessionUser } from '$lib/server/auth/sessions';
import { getCourse } from '$lib/server/content/catalog';
import { cohortDashboard } from '$lib/server/dashboards/service';
import { teamProgress } from '$lib/server/dashboards/staff';
import { newId } from '$lib/server/ids';
import { recordProgress } from '$lib/server/progress/events';
import { calendarOf, feedCalendar, resetFeed } from '$lib/server/schedule/feed';
import { unfold } from '$lib/server/schedule/ical';
import { resetDueDates, saveDueDates, schedulePage, traineeSchedule } from '$lib/server/schedule/service';
import { createUser, freshDatabase, sessionUser as session, type TestDatabase } from './db';

// The bootcamp's ten modules (30, 40, 45, 45, 45, 50, 50, 45, 40 and 50 minutes: 440) over the 56
// days from Jan 4 to Mar 1, 2027: due Jan 8, 13, 19, 24, 30, Feb 5, 12, 18, 23 and Mar 1.
const COURSE = 'social-media-bootcamp';
const COMPUTED = ['2027-01-08', '2027-01-13', '2027-01-19', '2027-01-24', '2027-01-30', '2027-02-05', '2027-02-12', '2027-02-18', '2027-02-23', '2027-03-01'];
// Noon on Jan 22 in Toronto: three modules are due.
const now = Date.parse('2027-01-22T17:00:00Z');
const ORIGIN = 'https://bootcamp.example';
const course = getCourse(COURSE)!;
const slugs = course.modules.map((mod) => mod.slug);

describe('due dates', () => {
	let t: TestDatabase;
	let cohort: { id: string; course_slug: string; starts_on: string; ends_on: string };
	const ids: Record<string, string> = {};
	const as = (who: string, extra: Partial<SessionUser> = {}) => session(ids[who], extra);
	const audit = () => t.db.selectFrom('audit_log').select(['action', 'actor_id', 'details']).where('cohort_id', '=', cohort.id).orderBy('at').execute();
	const standings = async () => ({
		dashboard: (await cohortDashboard(t.db, as('teacher'), cohort.id, new URLSearchParams(), 'en', now)).matrix.rows.find((r) => r.id === ids.ana)!.standing,
		manager: (await teamProgress(t.db, as('manager', { isManager: true }), now))[0].cohorts[0].standing,
		trainee: (await traineeSchedule(t.db, cohort, course, new Map(slugs.slice(0, 3).map((slug) => [slug, 'completed' as const])), 'en', now)).standing
	});

	beforeAll(async () => {
		t = await freshDatabase();
		ids.admin = await createUser(t.db, 'admin@test', { is_admin: 1 });
		ids.teacher = await createUser(t.db, 'teacher@test');
		ids.otherTeacher = await createUser(t.db, 'other@test');
		ids.manager = await createUser(t.db, 'manager@test');
		ids.ana = await createUser(t.db, 'ana@test', { name: 'Ana', preferred_language: 'fr', manager_id: ids.manager });
		cohort = { id: newId(), course_slug: COURSE, starts_on: '2027-01-04', ends_on: '2027-03-01' };
		const other = newId();
		await t.db
			.insertInto('cohorts')
			.values([
				{ ...cohort, name: 'Hiver 2027', created_by: ids.admin, created_at: now },
				{ id: other, course_slug: COURSE, starts_on: '2027-04-05', ends_on: '2027-05-31', name: 'Spring', created_by: ids.admin, created_at: now }
			])
			.execute();
		await t.db
			.insertInto('enrolments')
			.values([
				{ cohort_id: cohort.id, user_id: ids.teacher, role: 'instructor', created_at: now },
				{ cohort_id: cohort.id, user_id: ids.ana, role: 'trainee', created_at: now },
				{ cohort_id: other, user_id: ids.otherTeacher, role: 'instructor', created_at: now }
			])
			.execute();
		// Ana has done the three modules due so far.
		for (const slug of slugs.slice(0, 3)) {
			await recordProgress(
				t.db,
				{
					userId: ids.ana,
					cohortId: cohort.id,
					courseSlug: COURSE,
					module: { slug, version: 'v1', hasQuiz: false, hasExercise: false },
					kind: 'module_marked_complete'
				},
				now - 86_400_000
			);
		}
	});
	afterAll(() => t.cleanUp());

	it('computes each date from the estimated times, for the instructors of the cohort and admins only', async () => {
		const page = await schedulePage(t.db, as('teacher'), cohort.id, 'en');
		expect(page.modules.map((mod) => mod.computedOn)).toEqual(COMPUTED);
		expect(page.modules.map((mod) => mod.dueOn)).toEqual(COMPUTED);
		expect(page.bounds).toEqual({ earliest: '2027-01-04', latest: '2027-03-31' });
		await expect(schedulePage(t.db, as('admin', { isAdmin: true }), cohort.id, 'en')).resolves.toMatchObject({ cohort: { id: cohort.id } });
		for (const who of ['otherTeacher', 'ana', 'manager']) {
			await expect(schedulePage(t.db, as(who), cohort.id, 'en')).rejects.toMatchObject({ status: 403 });
			await expect(saveDueDates(t.db, as(who), cohort.id, { [slugs[3]]: '2027-01-20' }, 'en', now)).rejects.toMatchObject({ status: 403 });
			await expect(resetDueDates(t.db, as(who), cohort.id, null, 'en', now)).rejects.toMatchObject({ status: 403 });
		}
	});

	it('refuses a malformed or far-off date, saying which module and why in the person’s language, and saves nothing', async () => {
		const result = await saveDueDates(
			t.db,
			as('teacher'),
			cohort.id,
			{ [slugs[1]]: '2027-02-30', [slugs[2]]: '2027-06-01', [slugs[3]]: '2027-01-20' },
			'fr',
			now
		);
		expect(result).toEqual({
			ok: false,
			errors: {
				[slugs[1]]: 'Entrez l’échéance du module\u00a02 (Usage officiel, professionnel et personnel) sous forme de date, par exemple 2027-01-15.',
				[slugs[2]]: 'L’échéance du module\u00a03 (Rédiger pour les médias sociaux) doit être entre le 4\u00a0janvier\u00a02027 et le 31\u00a0mars\u00a02027.'
			}
		});
		expect((await schedulePage(t.db, as('teacher'), cohort.id, 'en')).modules.every((mod) => !mod.isSet)).toBe(true);
		expect(await audit()).toEqual([]);
	});

	it('moves a due date, says so in the audit log, and the same date decides standing for the instructor, the manager and the trainee', async () => {
		expect(await standings()).toEqual({ dashboard: 'on_track', manager: 'on_track', trainee: expect.objectContaining({ kind: 'on_track' }) });

		const result = await saveDueDates(
			t.db,
			as('teacher'),
			cohort.id,
			{ ...Object.fromEntries(slugs.map((s, i) => [s, COMPUTED[i]])), [slugs[3]]: '2027-01-20' },
			'en',
			now
		);
		expect(result).toEqual({ ok: true, changed: 1 });
		expect(await audit()).toEqual([
			{
				action: 'cohort.due_date_changed',
				actor_id: ids.teacher,
				details: JSON.stringify({ module: slugs[3], from: '2027-01-24', to: '2027-01-20', computed: '2027-01-24' })
			}
		]);

		const page = await schedulePage(t.db, as('teacher'), cohort.id, 'en');
		expect(page.modules[3]).toMatchObject({ dueOn: '2027-01-20', computedOn: '2027-01-24', isSet: true });
		expect(await standings()).toEqual({
			dashboard: 'behind',
			manager: 'behind',
			trainee: { kind: 'behind', by: 1, overdue: { slug: slugs[3], position: 4, title: course.modules[3].title.en, dueOn: '2027-01-20' } }
		});
		expect((await cohortDashboard(t.db, as('teacher'), cohort.id, new URLSearchParams(), 'en', now)).figures).toMatchObject({
			expected: 4,
			onTrack: 0,
			behind: 1
		});
	});

	it('puts the due dates, moved ones included, in the trainee’s calendar in their language; an old or unknown address finds nothing', async () => {
		const token = await resetFeed(t.db, as('ana'), now);
		const calendar = await feedCalendar(t.db, token, ORIGIN, now);
		expect(calendar).toBe(await calendarOf(t.db, ids.ana, 'fr', ORIGIN, now));
		const lines = unfold(calendar!);
		expect(lines.filter((line) => line === 'BEGIN:VEVENT')).toHaveLength(10);
		expect(lines.filter((line) => line.startsWith('DTSTART;VALUE=DATE:'))).toEqual(
			['20270108', '20270113', '20270119', '20270120', '20270130', '20270205', '20270212', '20270218', '20270223', '20270301'].map(
				(d) => `DTSTART;VALUE=DATE:${d}`
			)
		);
		expect(lines).toContain(`UID:${cohort.id}.${slugs[3]}@bootcamp`);
		expect(lines).toContain(`SUMMARY:Échéance\u00a0: module\u00a04\\, ${course.modules[3].title.fr.replace(/,/g, '\\,')}`);
		expect(lines).toContain(`URL:${ORIGIN}/fr/courses/${COURSE}/${slugs[3]}`);

		const next = await resetFeed(t.db, as('ana'), now);
		expect(await feedCalendar(t.db, token, ORIGIN, now)).toBeNull();
		expect(await feedCalendar(t.db, next, ORIGIN, now)).not.toBeNull();
		expect(await feedCalendar(t.db, 'a'.repeat(32), ORIGIN, now)).toBeNull();
		expect(await feedCalendar(t.db, '../../etc/passwd', ORIGIN, now)).toBeNull();
		const actions = await t.db.selectFrom('audit_log').select('action').where('subject_user_id', '=', ids.ana).orderBy('at').execute();
		expect(actions.map((a) => a.action)).toEqual(['calendar.feed_created', 'calendar.feed_reset']);
		expect(await t.db.selectFrom('calendar_feeds').selectAll().execute()).toEqual([
			{ user_id: ids.ana, token_hash: expect.not.stringContaining(next), created_at: now }
		]);
	});

	it('goes back to the computed date: saving it, resetting one module, or resetting them all', async () => {
		await saveDueDates(t.db, as('teacher'), cohort.id, { [slugs[5]]: '2027-02-12', [slugs[6]]: '2027-02-20' }, 'en', now);
		expect((await schedulePage(t.db, as('teacher'), cohort.id, 'en')).modules.filter((mod) => mod.isSet).map((mod) => mod.position)).toEqual([4, 6, 7]);

		await saveDueDates(t.db, as('teacher'), cohort.id, { [slugs[5]]: COMPUTED[5] }, 'en', now);
		expect(await resetDueDates(t.db, as('teacher'), cohort.id, slugs[6], 'en', now)).toBe(1);
		expect((await schedulePage(t.db, as('teacher'), cohort.id, 'en')).modules.filter((mod) => mod.isSet).map((mod) => mod.position)).toEqual([4]);
		await expect(resetDueDates(t.db, as('teacher'), cohort.id, 'no-such-module', 'en', now)).rejects.toMatchObject({ status: 400 });

		expect(await resetDueDates(t.db, as('admin', { isAdmin: true }), cohort.id, null, 'en', now)).toBe(1);
		const page = await schedulePage(t.db, as('teacher'), cohort.id, 'en');
		expect(page.modules.map((mod) => mod.dueOn)).toEqual(COMPUTED);
		expect((await audit()).map((entry) => entry.action)).toEqual([
			'cohort.due_date_changed',
			'cohort.due_date_changed',
			'cohort.due_date_changed',
			'cohort.due_date_changed',
			'cohort.due_date_reset',
			'cohort.due_date_reset'
		]);
		expect(await standings()).toMatchObject({ dashboard: 'on_track', manager: 'on_track' });
	});
});
