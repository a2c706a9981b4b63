import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { courseOr404, moduleOr404 } from '$lib/server/courses/player';
import { formError } from '$lib/server/http/forms';
import type { Gap } from '$lib/server/quizzes/form';
import { attemptPage, saveAnswers, submitAttempt } from '$lib/server/quizzes/service';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

export const load: PageServerLoad = async (event) => {
	const course = courseOr404(event.params.course);
	return attemptPage(db(), requireUser(event), course, moduleOr404(course, event.params.module), event.params.attempt, event.locals.locale);
};

function context(event: RequestEvent) {
	const user = requireUser(event);
	const course = courseOr404(event.params.course);
	return { user, course, module: moduleOr404(course, event.params.module) };
}

const gapMessage = (gap: Gap) =>
	({
		unanswered: m.quiz_gap_unanswered({ number: gap.number }),
		positions_repeat: m.quiz_gap_positions_repeat({ number: gap.number }),
		pairs_missing: m.quiz_gap_pairs_missing({ number: gap.number })
	})[gap.problem];

export const actions: Actions = {
	save: async (event) => {
		const { user, course, module } = context(event);
		const result = await saveAnswers(db(), user, course, module, event.params.attempt, await event.request.formData());
		if (!result.ok) return fail(409, { errors: formError(m.quiz_attempt_closed()) });
		return { saved: true };
	},
	submit: async (event) => {
		const { user, course, module } = context(event);
		const form = await event.request.formData();
		const result = await submitAttempt(db(), user, course, module, event.params.attempt, form, { confirmed: form.get('confirm') === 'yes' });
		if (!result.ok) return fail(400, { errors: Object.fromEntries(result.gaps.map((gap) => [`q${gap.number}`, gapMessage(gap)])), incomplete: true });
		redirect(303, localizeHref(`/courses/${course.slug}/${module.slug}/quiz/attempts/${event.params.attempt}`));
	}
};
