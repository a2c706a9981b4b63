import { error } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { DB, ModuleStatus } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import { forbidden } from '../access';
import { getCourse, renderLesson } from '../content/catalog';
import type { Course, CourseModule, Locale } from '../content/types';
import { progressModule, recordProgress } from '../progress/events';
import { learningCohort, moduleProgressFor, moduleProgressOf, teachesCourse } from '../progress/repository';
import { continueLink, openedModules, progressFromRows } from '../progress/unlock';
import { factsOfRow, missingPrerequisites, requirementsOf, NO_FACTS } from '../progress/status';
import { settingValues } from '../cohorts/settings';
import { fillSettings } from '$lib/content/settings';
import { traineeSchedule, type CohortDates } from '../schedule/service';
import { cohortName } from '$lib/cohorts/name';

/** A trainee learns in a cohort and their steps are recorded; instructors and admins only look. */
export type Viewer = { kind: 'trainee'; cohortId: string; cohortName: string } | { kind: 'staff' };

export function courseOr404(slug: string): Course {
	const course = getCourse(slug);
	if (!course) error(404, m.course_not_found());
	return course;
}

export function moduleOr404(course: Course, slug: string): CourseModule {
	const module = course.modules.find((mod) => mod.slug === slug);
	if (!module) error(404, m.module_not_found());
	return module;
}

/** Only people enrolled in a cohort of the course, and admins, may open it. */
export async function viewerOf(db: Kysely<DB>, user: SessionUser, course: Course, locale: Locale = 'en'): Promise<Viewer> {
	return (await viewerWithCohort(db, user, course, locale)).viewer;
}

/** viewerOf(), with a trainee's cohort dates (for their schedule) from the same read. */
async function viewerWithCohort(db: Kysely<DB>, user: SessionUser, course: Course, locale: Locale): Promise<{ viewer: Viewer; cohort: CohortDates | null }> {
	const cohort = await learningCohort(db, user.id, course.slug);
	if (cohort) {
		return {
			viewer: { kind: 'trainee', cohortId: cohort.id, cohortName: cohortName(cohort, locale) },
			cohort: { id: cohort.id, course_slug: course.slug, starts_on: cohort.starts_on, ends_on: cohort.ends_on }
		};
	}
	if (user.isAdmin || (await teachesCourse(db, user.id, course.slug))) return { viewer: { kind: 'staff' }, cohort: null };
	forbidden();
}

/**
 * A trainee's progress in the course from one read of their rows: each module's status, the
 * modules that open the ones requiring them, and each module's row (its facts). Staff have none.
 */
async function progressOf(db: Kysely<DB>, course: Course, viewer: Viewer, userId: string) {
	if (viewer.kind !== 'trainee') return { statusBySlug: new Map<string, ModuleStatus>(), openedSlugs: new Set<string>(), rows: new Map() };
	const rows = await moduleProgressFor(db, viewer.cohortId, userId);
	const { progress, opened } = progressFromRows(course, rows);
	return {
		statusBySlug: new Map([...progress].map(([slug, { status }]) => [slug, status])),
		openedSlugs: opened,
		rows: new Map(rows.map((row) => [row.module_slug, row]))
	};
}

function moduleSummary(course: Course, module: CourseModule, statusBySlug: Map<string, ModuleStatus>, openedSlugs: Set<string>, locale: Locale) {
	const missing = missingPrerequisites(module.requires, openedSlugs);
	return {
		slug: module.slug,
		position: module.position,
		title: module.title[locale],
		minutes: module.minutes,
		status: statusBySlug.get(module.slug) ?? ('not_started' as ModuleStatus),
		lockedBy: missing.map((slug) => course.modules.find((other) => other.slug === slug)!.title[locale]),
		hasQuiz: module.quizSource !== null,
		hasExercise: module.exerciseSource !== null
	};
}

/** A trainee's due dates and standing in their cohort; staff have none. */
async function ownSchedule(db: Kysely<DB>, cohort: CohortDates | null, course: Course, statusBySlug: Map<string, ModuleStatus>, locale: Locale) {
	return cohort ? traineeSchedule(db, cohort, course, statusBySlug, locale) : null;
}

export async function courseOverview(db: Kysely<DB>, user: SessionUser, course: Course, locale: Locale) {
	const { viewer, cohort } = await viewerWithCohort(db, user, course, locale);
	const { statusBySlug, openedSlugs } = await progressOf(db, course, viewer, user.id);
	const modules = course.modules.map((module) => moduleSummary(course, module, statusBySlug, openedSlugs, locale));
	const schedule = await ownSchedule(db, cohort, course, statusBySlug, locale);
	return {
		schedule,
		viewer,
		course: { slug: course.slug, title: course.title[locale], summary: course.summary[locale], estimatedHours: course.estimatedHours },
		modules,
		completed: modules.filter((module) => module.status === 'completed').length,
		next: viewer.kind === 'trainee' ? await continueLink(db, course, viewer.cohortId, user.id, locale) : null
	};
}

/** The lesson and where the trainee stands; the first visit of a trainee records `module_viewed`. */
export async function modulePage(db: Kysely<DB>, user: SessionUser, course: Course, module: CourseModule, locale: Locale) {
	const { viewer, cohort } = await viewerWithCohort(db, user, course, locale);
	const { statusBySlug, openedSlugs, rows } = await progressOf(db, course, viewer, user.id);
	const summary = moduleSummary(course, module, statusBySlug, openedSlugs, locale);
	const locked = summary.lockedBy.length > 0 && viewer.kind === 'trainee';
	let row = rows.get(module.slug);
	if (viewer.kind === 'trainee' && !locked && summary.status === 'not_started') {
		const { after } = await recordProgress(db, {
			userId: user.id,
			cohortId: viewer.cohortId,
			courseSlug: course.slug,
			module: progressModule(module),
			kind: 'module_viewed'
		});
		summary.status = after;
		row = await moduleProgressOf(db, { cohortId: viewer.cohortId, userId: user.id, moduleSlug: module.slug });
	}
	const facts = viewer.kind === 'trainee' ? factsOfRow(row) : NO_FACTS;
	const index = course.modules.indexOf(module);
	const schedule = await ownSchedule(db, cohort, course, new Map([...statusBySlug, [module.slug, summary.status]]), locale);
	const neighbour = (other: CourseModule | undefined) => other && { slug: other.slug, title: other.title[locale] };
	return {
		viewer,
		course: { slug: course.slug, title: course.title[locale] },
		module: { ...summary, objectives: module.objectives[locale] },
		due: schedule?.dueDates[index] ?? null,
		lesson: locked ? null : await lessonFor(db, course, module, viewer, locale),
		requirements: requirementsOf(progressModule(module), facts).map((r) => ({
			...r,
			waiting: r.kind === 'exercise' && !r.met && facts.exerciseSubmitted && !facts.revisionRequested
		})),
		previous: neighbour(course.modules[index - 1]),
		next: neighbour(course.modules[index + 1])
	};
}

/** The rendered lesson with the cohort's settings (a response-time standard, …) filled in. */
async function lessonFor(db: Kysely<DB>, course: Course, module: CourseModule, viewer: Viewer, locale: Locale) {
	const lesson = renderLesson(course, module.slug, locale);
	if (!lesson) return null;
	const values = await settingValues(db, course, viewer.kind === 'trainee' ? viewer.cohortId : null, locale);
	return { toc: lesson.toc, html: filledLesson(lesson.html, values) };
}

/**
 * A lesson filled with one set of setting values is the same page for a whole cohort: kept, so
 * each visit does not search 30 KB of HTML again. Keyed by the rendered lesson itself and the
 * values, so a changed setting or a new course version is a new entry; the oldest go first.
 */
const filled = new Map<string, Map<string, string>>();
const FILLED_LESSONS = 500;

function filledLesson(html: string, values: Record<string, string>): string {
	const key = JSON.stringify(values);
	let byValues = filled.get(html);
	if (!byValues) {
		byValues = new Map();
		filled.set(html, byValues);
	}
	let result = byValues.get(key);
	if (result === undefined) {
		result = fillSettings(html, values);
		byValues.set(key, result);
		if (byValues.size > FILLED_LESSONS) byValues.delete(byValues.keys().next().value!);
	}
	return result;
}

export type MarkCompleteResult = { ok: true } | { ok: false; reason: 'not_trainee' | 'locked' | 'has_activities' };

/** "Mark as complete" exists only for modules with no quiz and no exercise, once unlocked. */
export async function markComplete(db: Kysely<DB>, user: SessionUser, course: Course, module: CourseModule): Promise<MarkCompleteResult> {
	const viewer = await viewerOf(db, user, course);
	if (viewer.kind !== 'trainee') return { ok: false, reason: 'not_trainee' };
	if (module.quizSource !== null || module.exerciseSource !== null) return { ok: false, reason: 'has_activities' };
	return db.transaction().execute(async (trx) => {
		if (missingPrerequisites(module.requires, await openedModules(trx, course, viewer.cohortId, user.id)).length) return { ok: false as const, reason: 'locked' as const };
		await recordProgress(trx, {
			userId: user.id,
			cohortId: viewer.cohortId,
			courseSlug: course.slug,
			module: progressModule(module),
			kind: 'module_marked_complete'
		});
		return { ok: true as const };
	});
}
