import { fail, redirect } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { courseOr404, moduleOr404 } from '$lib/server/courses/player';
import { formError } from '$lib/server/http/forms';
import { quizPage, startAttempt } from '$lib/server/quizzes/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const course = courseOr404(event.params.course);
	return quizPage(db(), requireUser(event), course, moduleOr404(course, event.params.module), event.locals.locale);
};

export const actions: Actions = {
	start: async (event) => {
		const user = requireUser(event);
		const course = courseOr404(event.params.course);
		const module = moduleOr404(course, event.params.module);
		const result = await startAttempt(db(), user, course, module);
		if (!result.ok) {
			const message = { not_trainee: m.quiz_start_not_trainee(), locked: m.module_complete_locked(), no_attempts_left: m.quiz_start_no_attempts() }[result.reason];
			return fail(409, { errors: formError(message) });
		}
		redirect(303, localizeHref(`/courses/${course.slug}/${module.slug}/quiz/attempts/${result.attemptId}`));
	}
};
