// What the dashboards' routes call: access first (cohort staff, admins), then the reads, then
// the pure rules. Everything is computed at request time from module_progress and progress_events.
import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import { requireAccess } from '../access';
import type { SessionUser } from '../auth/sessions';
import { listCohorts } from '../cohorts/repository';
import { getCourse } from '../content/catalog';
import type { Locale } from '$lib/paraglide/runtime';
import type { Cohort, DB } from '../db/schema';
import { moduleProgressFor } from '../progress/repository';
import { burnUp, funnel, scoreDistributions } from './charts';
import { ACTIVE_WINDOW_DAYS, atRiskFirst, cohortFigures, DEFAULT_INACTIVE_DAYS, traineeProgress } from './cohort';
import type { DashboardModule } from '$lib/dashboards/types';
import { applyMatrixQuery, ministriesOf, parseMatrixQuery } from './matrix';
import { overviewFigures } from './overview';
import * as repo from './repository';
import { torontoDate } from './schedule';
import { cohortSchedule, cohortSchedules } from '../schedule/service';
import { remindersOf } from '../reminders/repository';
import { cohortName } from '$lib/cohorts/name';

const DAY_MS = 86_400_000;
/** The at-risk list shows this many; the matrix filter shows them all. */
const AT_RISK_SHOWN = 25;
const TIMELINE_LIMIT = 300;

interface CohortModule extends DashboardModule {
	hasQuiz: boolean;
}

const naturalOrder = new Intl.Collator('en', { numeric: true }).compare;
const RECORDED_MODULES_TTL_MS = 60_000;
const recordedModulesSeen = new WeakMap<Kysely<DB>, Map<string, { slugs: string[]; until: number }>>();

/**
 * The modules of courses outside the catalog (removed, or synthetic as seed:scale makes), from
 * every cohort's progress. Finding them reads each cohort's index, so the list is remembered for a
 * minute; the figures themselves are always read fresh.
 */
export async function recordedModules(db: Kysely<DB>, courseSlugs: string[], now = Date.now()): Promise<Map<string, string[]>> {
	const seen = recordedModulesSeen.get(db) ?? new Map<string, { slugs: string[]; until: number }>();
	recordedModulesSeen.set(db, seen);
	const stale = courseSlugs.filter((slug) => !((seen.get(slug)?.until ?? 0) > now));
	const fresh = await repo.recordedModules(db, stale);
	for (const slug of stale) seen.set(slug, { slugs: (fresh.get(slug) ?? []).sort(naturalOrder), until: now + RECORDED_MODULES_TTL_MS });
	return new Map(courseSlugs.map((slug) => [slug, seen.get(slug)!.slugs]));
}

/** The course's modules in order; for a course not in the catalog, the modules it has progress in. */
export async function cohortModules(db: Kysely<DB>, cohort: Pick<Cohort, 'id' | 'course_slug'>, locale: Locale): Promise<CohortModule[]> {
	const course = getCourse(cohort.course_slug);
	if (course) return course.modules.map((mod) => ({ slug: mod.slug, title: mod.title[locale], position: mod.position, hasQuiz: mod.quizSource !== null }));
	const slugs = (await recordedModules(db, [cohort.course_slug])).get(cohort.course_slug) ?? [];
	return slugs.map((slug, i) => ({ slug, title: slug, position: i + 1, hasQuiz: false }));
}

/** Every trainee's standing and the cohort's figures: the state each dashboard view starts from. */
export async function cohortState(db: Kysely<DB>, cohort: Cohort, locale: Locale, now: number, inactiveDays = DEFAULT_INACTIVE_DAYS) {
	const modules = await cohortModules(db, cohort, locale);
	const [trainees, progress, lastActive, allAttempts] = await Promise.all([
		repo.cohortTrainees(db, cohort.id),
		repo.cohortProgress(db, cohort.id),
		repo.lastActivity(db, cohort.id),
		repo.quizAttempts(db, cohort.id)
	]);
	const enrolled = new Set(trainees.map((t) => t.id));
	const attempts = allAttempts.filter((a) => enrolled.has(a.userId));
	const schedule = await cohortSchedule(
		db,
		cohort,
		modules.map((mod) => mod.slug)
	);
	const rows = traineeProgress({ schedule, modules, trainees, progress, lastActive, attempts, now, inactiveDays });
	return { modules, schedule, trainees: rows, attempts, progress, figures: cohortFigures(rows, schedule, modules.length, now) };
}

export async function cohortDashboard(db: Kysely<DB>, user: SessionUser, cohortId: string, params: URLSearchParams, locale: Locale, now = Date.now()) {
	const cohort = await requireAccess(db, user, 'cohort.staff', cohortId);
	const query = parseMatrixQuery(params);
	const state = await cohortState(db, cohort, locale, now, query.inactive);
	const column = new Set(state.modules.map((mod) => mod.slug));
	const enrolled = new Set(state.trainees.map((t) => t.id));
	const completedAts = state.progress.filter((p) => p.completedAt !== null && column.has(p.moduleSlug) && enrolled.has(p.userId)).map((p) => p.completedAt!);
	const atRisk = atRiskFirst(state.trainees);
	return {
		cohort: { id: cohort.id, name: cohortName(cohort, locale), startsOn: cohort.starts_on, endsOn: cohort.ends_on },
		today: torontoDate(now),
		modules: state.modules,
		figures: state.figures,
		query,
		ministries: ministriesOf(state.trainees),
		matrix: applyMatrixQuery(
			state.trainees,
			state.modules.map((mod) => mod.slug),
			query
		),
		atRisk: atRisk.slice(0, AT_RISK_SHOWN),
		atRiskCount: atRisk.length,
		/** Everyone, for the reminder form's choices. */
		roster: state.trainees.map((t) => ({ id: t.id, name: t.name, standing: t.standing, atRisk: t.risks.length > 0 })),
		hasQuizzes: state.modules.some((mod) => mod.hasQuiz) || state.attempts.length > 0,
		charts: {
			burnUp: burnUp(state.schedule, state.trainees.length, completedAts, now),
			funnel: funnel(state.modules, state.trainees),
			scores: scoreDistributions(state.modules, state.attempts)
		}
	};
}

/** One trainee's standing, modules and timeline, for the cohort's instructors and admins. */
export async function traineeDetail(db: Kysely<DB>, user: SessionUser, cohortId: string, userId: string, locale: Locale, now = Date.now()) {
	const cohort = await requireAccess(db, user, 'cohort.staff', cohortId);
	const trainee = await repo.cohortTrainee(db, cohort.id, userId);
	if (!trainee) error(404, m.dash_trainee_not_found());
	const modules = await cohortModules(db, cohort, locale);
	const [progressRows, events, attempts, records, reminders] = await Promise.all([
		moduleProgressFor(db, cohort.id, userId),
		repo.timeline(db, cohort.id, userId, TIMELINE_LIMIT),
		repo.quizAttempts(db, cohort.id, userId),
		repo.currentCompletionRecords(db, [userId]),
		remindersOf(db, cohort.id, userId, TIMELINE_LIMIT)
	]);
	const ownEvents = events.filter((e) => e.actor_id === userId);
	const lastActive = new Map(ownEvents.length ? [[userId, ownEvents[0].at]] : []);
	const schedule = await cohortSchedule(
		db,
		cohort,
		modules.map((mod) => mod.slug)
	);
	const progress = progressRows.map((r) => ({
		userId,
		moduleSlug: r.module_slug,
		status: r.status,
		revisionRequestedAt: r.revision_requested_at,
		completedAt: r.completed_at
	}));
	const [standing] = traineeProgress({ schedule, modules, trainees: [trainee], progress, lastActive, attempts, now });
	const bySlug = new Map(progressRows.map((r) => [r.module_slug, r]));
	const titles = new Map(modules.map((mod) => [mod.slug, mod.title]));
	return {
		cohort: { id: cohort.id, name: cohortName(cohort, locale), startsOn: cohort.starts_on, endsOn: cohort.ends_on },
		trainee: standing,
		modules: modules.map((mod, i) => ({
			...mod,
			status: standing.statuses[i],
			startedAt: bySlug.get(mod.slug)?.viewed_at ?? null,
			completedAt: bySlug.get(mod.slug)?.completed_at ?? null,
			attempts: attempts.filter((a) => a.moduleSlug === mod.slug).length
		})),
		expected: cohortFigures([standing], schedule, modules.length, now).expected,
		recordId: records.get(repo.recordKey(userId, cohort.course_slug)) ?? null,
		events: [
			...events.map((e) => ({
				id: e.id,
				kind: e.kind,
				at: e.at,
				module: titles.get(e.module_slug) ?? e.module_slug,
				byOther: e.actor_id !== userId ? (e.actor_name ?? '') : null,
				score: e.score,
				passed: e.passed,
				href: timelineHref(cohort, userId, e),
				note: null as string | null
			})),
			// Reminders sent to the trainee: by whom (none for the automatic nudge) and the personal line.
			...reminders.map((r) => ({
				id: r.id,
				kind: `reminder_${r.kind}`,
				at: Number(r.at),
				module: '',
				byOther: r.sent_by === null ? null : (r.sender_name ?? ''),
				score: null,
				passed: null,
				href: null,
				note: r.note
			}))
		].sort((a, b) => b.at - a.at)
	};
}

/** Where a timeline entry leads an instructor: the attempts, the submission reviewed, or the module. */
function timelineHref(
	cohort: { id: string; course_slug: string },
	userId: string,
	event: { kind: string; module_slug: string; submissionId: string | null }
): string | null {
	if (event.kind.startsWith('quiz_')) return `/cohorts/${cohort.id}/quizzes/${event.module_slug}/${userId}`;
	if (event.kind.startsWith('exercise_')) return event.submissionId ? `/cohorts/${cohort.id}/reviews/${event.submissionId}` : null;
	if (event.kind.startsWith('module_')) return `/courses/${cohort.course_slug}/${event.module_slug}`;
	return null;
}

/** Every cohort with its figures, for admins. */
export async function adminOverview(db: Kysely<DB>, user: SessionUser, now = Date.now(), locale: Locale = 'en') {
	await requireAccess(db, user, 'admin');
	const cohorts = await listCohorts(db);
	const unknown = [...new Set(cohorts.filter((c) => !getCourse(c.course_slug)).map((c) => c.course_slug))];
	const [active, completed, recorded] = await Promise.all([
		repo.activeByCohort(
			db,
			cohorts.map((c) => c.id),
			now - ACTIVE_WINDOW_DAYS * DAY_MS
		),
		repo.completionHistogram(
			db,
			cohorts.map((c) => c.id)
		),
		recordedModules(db, unknown, now)
	]);
	const slugsOf = (courseSlug: string) => getCourse(courseSlug)?.modules.map((mod) => mod.slug) ?? recorded.get(courseSlug) ?? [];
	const schedules = await cohortSchedules(
		db,
		cohorts.map((cohort) => ({ cohort, slugs: slugsOf(cohort.course_slug) }))
	);
	return overviewFigures({
		cohorts: cohorts.map((c) => ({
			id: c.id,
			name: cohortName(c, locale),
			courseSlug: c.course_slug,
			startsOn: c.starts_on,
			endsOn: c.ends_on,
			moduleCount: slugsOf(c.course_slug).length
		})),
		schedules,
		enrolled: new Map(cohorts.map((c) => [c.id, c.trainees])),
		active,
		completions: completed,
		now
	});
}
