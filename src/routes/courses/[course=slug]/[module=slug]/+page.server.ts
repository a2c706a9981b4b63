import { fail } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { courseOr404, markComplete, moduleOr404, modulePage } from '$lib/server/courses/player';
import { formError } from '$lib/server/http/forms';
import { renderedOnServer } from '$lib/http/hydration';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const course = courseOr404(event.params.course);
	return renderedOnServer(event, await modulePage(db(), requireUser(event), course, moduleOr404(course, event.params.module), event.locals.locale));
};

export const actions: Actions = {
	complete: async (event) => {
		const user = requireUser(event);
		const course = courseOr404(event.params.course);
		const result = await markComplete(db(), user, course, moduleOr404(course, event.params.module));
		if (!result.ok) {
			const message = { not_trainee: m.module_complete_not_trainee(), locked: m.module_complete_locked(), has_activities: m.module_complete_has_activities() }[result.reason];
			return fail(409, { errors: formError(message) });
		}
		return { completed: true };
	}
};
