import type { Kysely } from 'kysely';
import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import type { DB } from '../db/schema';
import type { SessionUser } from '../auth/sessions';
import type { Course, CourseModule, Locale } from '../content/types';
import { viewerOf } from '../courses/player';
import { progressModule, recordProgress } from '../progress/events';
import { openedModules } from '../progress/unlock';
import { missingPrerequisites } from '../progress/status';
import { blankAnswer, type Answer } from '../../exercises/answer';
import type { CheckReport } from '../../exercises/types';
import type { FormErrors } from '../http/forms';
import { requireWritable, traineeExercise, writingLanguage } from './access';
import { scenarioOf } from './catalog';
import { checkAnswer } from './check-answer';
import { drillPanel, debriefOf, parseDrillSlot } from './drill-service';
import { validateAnswer } from './form';
import { defaultLanguage, type Scenario } from './scenario';
import * as repo from './repository';
import type { SubmissionView } from '../../exercises/views';
import { publicScenario, shapeOf, stateOf, submissionView } from './views';

/** The language control's state: the post's language, those the trainee may choose, and what the brief adds for it. */
function languageOf(scenario: Scenario, locale: Locale, canSwitch: boolean) {
	return {
		current: scenario.language,
		offered: scenario.task === 'bilingual' ? [] : scenario.languages,
		canSwitch: canSwitch && scenario.task !== 'bilingual' && scenario.languages.length > 1,
		note: scenario.languageNote?.[locale] ?? null
	};
}

/**
 * Everything the exercise page shows: the scenario (in the language the trainee writes in), the
 * trainee's draft, their history and, in a drill, the run. Staff trying the composer write in the
 * language they ask for (`staffLanguage`), else the page's.
 */
export async function exercisePage(
	db: Kysely<DB>,
	user: SessionUser,
	course: Course,
	module: CourseModule,
	locale: Locale,
	now = Date.now(),
	staffLanguage: Locale | null = null
) {
	const { languages } = scenarioOf(module);
	const viewer = await viewerOf(db, user, course);
	let scenario = scenarioOf(module, defaultLanguage(languages, staffLanguage ?? locale));
	if (viewer.kind === 'trainee')
		scenario = scenarioOf(
			module,
			await writingLanguage(db, { cohortId: viewer.cohortId, userId: user.id, moduleSlug: module.slug }, languages, user.preferredLanguage)
		);
	const base = {
		course: { slug: course.slug, title: course.title[locale] },
		module: { slug: module.slug, title: module.title[locale] },
		scenario: publicScenario(module, scenario, locale),
		answer: blankAnswer(shapeOf(scenario), scenario.platforms[0]),
		draftSavedAt: null as number | null,
		history: [] as SubmissionView[],
		drill: null as Awaited<ReturnType<typeof drillPanel>> | null,
		lockedBy: [] as string[],
		language: languageOf(scenario, locale, true)
	};
	if (viewer.kind !== 'trainee') return { ...base, viewer: 'staff' as const, cohortId: null, state: 'open' as const };

	const opened = await openedModules(db, course, viewer.cohortId, user.id);
	const lockedBy = missingPrerequisites(module.requires, opened).map((slug) => course.modules.find((other) => other.slug === slug)!.title[locale]);
	if (lockedBy.length) return { ...base, viewer: 'trainee' as const, cohortId: viewer.cohortId, state: 'open' as const, lockedBy };

	const rows = await repo.submissionsOf(db, viewer.cohortId, user.id, module.slug);
	const reviews = await repo.reviewsOf(
		db,
		rows.map((r) => r.id)
	);
	const history = await Promise.all(rows.map(async (row) => submissionView(row, reviews, await debriefOf(db, module, row.drill_run_id))));
	const state = stateOf(history[0]);
	const key = { cohortId: viewer.cohortId, userId: user.id, moduleSlug: module.slug, slot: '' };
	const draft = await repo.getDraft(db, key);
	let answer = base.answer;
	if (draft) answer = { platform: draft.platform as Answer['platform'], posts: draft.posts };
	else if (state === 'revise' && !scenario.drill)
		answer = { platform: history[0].platform, posts: history[0].posts.map((p) => ({ text: p.text, alts: p.alts })) };
	const writable = state === 'open' || state === 'revise';
	const drill = scenario.drill && writable ? await drillPanel(db, { cohortId: viewer.cohortId, userId: user.id, module, scenario }, now) : null;
	// A drill's language is the run's once it has started.
	if (drill?.run) scenario = scenarioOf(module, drill.run.language);
	const language = languageOf(scenario, locale, writable && !drill?.run);
	const view = { ...base, scenario: publicScenario(module, scenario, locale), language };
	return { ...view, viewer: 'trainee' as const, cohortId: viewer.cohortId, state, answer, draftSavedAt: draft?.updated_at ?? null, history, drill };
}

export type LanguageResult = { ok: true; language: Locale; staff: boolean } | { ok: false; errors: FormErrors };

/**
 * The trainee chooses the language they write the post in. The text they have written so far is
 * kept as it is, in the draft (nothing is lost: they rewrite it in the new language, or switch
 * back); the checks then judge it in the new language. A drill's language is fixed once it starts.
 */
export async function chooseExerciseLanguage(
	db: Kysely<DB>,
	user: SessionUser,
	course: Course,
	module: CourseModule,
	input: { answer: Answer; language: string },
	now = Date.now()
): Promise<LanguageResult> {
	const offered = scenarioOf(module).languages;
	if ((await viewerOf(db, user, course)).kind === 'staff') {
		const language = offered.find((l) => l === input.language);
		return language ? { ok: true, language, staff: true } : { ok: false, errors: { language: m.exlang_error_language() } };
	}
	const ex = await traineeExercise(db, user, course, module);
	await requireWritable(db, ex);
	const language = ex.scenario.languages.find((l) => l === input.language);
	if (!language || ex.scenario.task === 'bilingual') return { ok: false, errors: { language: m.exlang_error_language() } };
	let answer = blankAnswer(shapeOf(ex.scenario), ex.scenario.platforms[0]);
	if (ex.scenario.drill) {
		if (await repo.openRun(db, ex.cohortId, user.id, module.slug)) error(409, m.exlang_drill_started());
	} else {
		const valid = validateAnswer(shapeOf(ex.scenario), ex.scenario.platforms, input.answer);
		if (!valid.ok) return valid;
		answer = input.answer;
	}
	const key = { cohortId: ex.cohortId, userId: user.id, moduleSlug: module.slug, slot: '' };
	const stored = await repo.getDraft(db, key);
	// The choice is the newest word on the draft, whatever the browser's clock said before.
	const clientSavedAt = Math.max(now, stored?.client_saved_at ?? 0);
	const posts = answer.posts.map((p) => ({ text: p.text, alts: p.alts }));
	await repo.saveDraft(db, key, { platform: answer.platform, posts, clientSavedAt, language }, now);
	return { ok: true, language, staff: false };
}

export type DraftResult = { ok: true; status: 'saved' | 'stale'; savedAt: number } | { ok: false; errors: FormErrors };

/**
 * Saves what the trainee has written so far (autosave, or "Save draft" without JavaScript). The
 * newest save wins: one sent before the stored draft was written is ignored.
 */
export async function saveExerciseDraft(
	db: Kysely<DB>,
	user: SessionUser,
	course: Course,
	module: CourseModule,
	input: { answer: Answer; clientSavedAt: number; slot: string },
	now = Date.now()
): Promise<DraftResult> {
	const ex = await traineeExercise(db, user, course, module);
	await requireWritable(db, ex);
	let shape = shapeOf(ex.scenario);
	if (input.slot !== '') {
		const target = parseDrillSlot(input.slot);
		const open = await repo.openRun(db, ex.cohortId, user.id, module.slug);
		if (!target || open?.id !== target.runId || !ex.scenario.drill?.injects.some((i) => i.id === target.injectId)) error(404, m.drill_run_not_found());
		shape = { ...shape, task: 'drill', images: 0 };
	}
	const valid = validateAnswer(shape, ex.scenario.platforms, input.answer);
	if (!valid.ok) return valid;
	const key = { cohortId: ex.cohortId, userId: user.id, moduleSlug: module.slug, slot: input.slot };
	const posts = input.answer.posts.map((p) => ({ text: p.text, alts: p.alts }));
	const status = await repo.saveDraft(db, key, { platform: input.answer.platform, posts, clientSavedAt: input.clientSavedAt }, now);
	return { ok: true, status, savedAt: now };
}

export type SubmitResult =
	| { ok: true; submissionId: string; version: number; errors?: undefined; report?: undefined }
	| { ok: false; errors: FormErrors; report?: undefined }
	| { ok: false; report: CheckReport; errors?: undefined };

/** Runs the authoritative checks and, unless errors block, stores the submission as a new version. */
export async function submitExercise(
	db: Kysely<DB>,
	user: SessionUser,
	course: Course,
	module: CourseModule,
	answer: Answer,
	now = Date.now()
): Promise<SubmitResult> {
	const ex = await traineeExercise(db, user, course, module);
	if (ex.scenario.task === 'drill') error(400, m.drill_submit_by_answering());
	await requireWritable(db, ex);
	const shape = shapeOf(ex.scenario);
	const valid = validateAnswer(shape, ex.scenario.platforms, answer);
	if (!valid.ok) return valid;
	const { posts, report, blocking } = checkAnswer(ex.scenario, shape, answer, ex.scenario.task === 'reply');
	if (blocking.length) return { ok: false, report };
	const key = { cohortId: ex.cohortId, userId: user.id, moduleSlug: module.slug, slot: '' };
	return db.transaction().execute(async (trx) => {
		// Checked again inside the transaction: two tabs submitting at once make one version, not two.
		await requireWritable(trx, ex);
		const draft = await repo.getDraft(trx, key);
		const inserted = await repo.insertSubmission(trx, {
			cohort_id: ex.cohortId,
			user_id: user.id,
			course_slug: course.slug,
			module_slug: module.slug,
			task: ex.scenario.task,
			content_version: module.version,
			platform: answer.platform,
			posts,
			check_results: report.results,
			checks_version: report.version,
			drill_run_id: null,
			started_at: draft?.created_at ?? now,
			submitted_at: now,
			language: ex.scenario.task === 'bilingual' ? null : ex.scenario.language
		});
		await repo.deleteDrafts(trx, key, { exact: '' });
		await recordProgress(
			trx,
			{
				userId: user.id,
				cohortId: ex.cohortId,
				courseSlug: course.slug,
				module: progressModule(module),
				kind: 'exercise_submitted',
				details: { submissionId: inserted.id, version: inserted.version }
			},
			now
		);
		return { ok: true as const, submissionId: inserted.id, version: inserted.version };
	});
}
