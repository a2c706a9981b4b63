import { fail, redirect } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { courseOr404, moduleOr404 } from '$lib/server/courses/player';
import { scenarioOf } from '$lib/server/exercises/catalog';
import { answerInject, drillSlot, finishDrill, startDrill } from '$lib/server/exercises/drill-service';
import { answerToShow, applyThreadIntent, drillTextToShow, readAnswerForm, readDrillForm } from '$lib/server/exercises/form';
import { chooseExerciseLanguage, exercisePage, saveExerciseDraft, submitExercise } from '$lib/server/exercises/service';
import { shapeOf } from '$lib/server/exercises/views';
import type { Actions, PageServerLoad } from './$types';

function target(event: { params: { course: string; module: string } }) {
	const course = courseOr404(event.params.course);
	return { course, module: moduleOr404(course, event.params.module) };
}

export const load: PageServerLoad = async (event) => {
	const { course, module } = target(event);
	const user = requireUser(event);
	const asked = event.url.searchParams.get('language');
	const page = await exercisePage(db(), user, course, module, event.locals.locale, Date.now(), asked === 'en' || asked === 'fr' ? asked : null);
	return { ...page, storageKey: `bootcamp:exercise:${user.id}:${course.slug}:${module.slug}` };
};

export const actions: Actions = {
	/** "Save draft" without JavaScript (and thread posts added or removed): saved, with the checks' report. */
	save: async (event) => {
		const { course, module } = target(event);
		const form = await event.request.formData();
		const drill = readDrillForm(form);
		const scenario = scenarioOf(module);
		if (drill.injectId) {
			const answer = { platform: scenario.platforms[0], posts: [{ text: drill.text, alts: [] }] };
			const result = await saveExerciseDraft(db(), requireUser(event), course, module, { answer, clientSavedAt: Date.now(), slot: drillSlot(drill.runId, drill.injectId) });
			if (!result.ok) return fail(400, { injectId: drill.injectId, errors: result.errors });
			return { saved: true, savedAt: result.savedAt, injectId: drill.injectId };
		}
		const answer = applyThreadIntent(shapeOf(scenario), readAnswerForm(form, scenario.platforms[0]), form.get('intent'));
		const result = await saveExerciseDraft(db(), requireUser(event), course, module, { answer, clientSavedAt: Date.now(), slot: '' });
		if (!result.ok) return fail(400, { errors: result.errors, values: answerToShow(answer, scenario.platforms) });
		// The page renders the checks of the saved text on the server: the report a browser without JavaScript sees.
		return { saved: true, savedAt: result.savedAt, values: answer };
	},
	submit: async (event) => {
		const { course, module } = target(event);
		const { platforms } = scenarioOf(module);
		const answer = readAnswerForm(await event.request.formData(), platforms[0]);
		const result = await submitExercise(db(), requireUser(event), course, module, answer);
		if (!result.ok) return fail(result.report ? 422 : 400, { errors: result.errors ?? null, report: result.report ?? null, values: answerToShow(answer, platforms) });
		redirect(303, `${event.url.pathname}?submitted=${result.version}`);
	},
	/** The post's language: the text written so far stays in the draft; the page comes back in the new language. */
	language: async (event) => {
		const { course, module } = target(event);
		const user = requireUser(event);
		const form = await event.request.formData();
		const scenario = scenarioOf(module);
		const answer = readAnswerForm(form, scenario.platforms[0]);
		const result = await chooseExerciseLanguage(db(), user, course, module, { answer, language: String(form.get('language') ?? '') });
		if (!result.ok) return fail(400, { errors: result.errors, values: answerToShow(answer, scenario.platforms) });
		// Staff only try the composer: nothing of theirs is stored, the address carries the choice.
		redirect(303, `${event.url.pathname}${result.staff ? `?language=${result.language}` : ''}#language-heading`);
	},
	start: async (event) => {
		const { course, module } = target(event);
		await startDrill(db(), requireUser(event), course, module);
		redirect(303, `${event.url.pathname}#drill-heading`);
	},
	answer: async (event) => {
		const { course, module } = target(event);
		const drill = readDrillForm(await event.request.formData());
		const result = await answerInject(db(), requireUser(event), course, module, drill);
		if (!result.ok) return fail(result.report ? 422 : 400, { injectId: drill.injectId, errors: result.errors ?? null, report: result.report ?? null, text: drillTextToShow(drill.text) });
		redirect(303, result.finished ? `${event.url.pathname}?finished=1` : `${event.url.pathname}?answered=${encodeURIComponent(drill.injectId)}#drill-heading`);
	},
	finish: async (event) => {
		const { course, module } = target(event);
		const drill = readDrillForm(await event.request.formData());
		await finishDrill(db(), requireUser(event), course, module, drill.runId);
		redirect(303, `${event.url.pathname}?finished=1`);
	}
};
