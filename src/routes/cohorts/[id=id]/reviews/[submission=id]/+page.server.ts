import { fail, redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { recordReview, reviewPage } from '$lib/server/exercises/review-service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const user = requireUser(event);
	return reviewPage(db(), user, event.params.id, event.params.submission, event.locals.locale);
};

export const actions: Actions = {
	review: async (event) => {
		const user = requireUser(event);
		const form = await event.request.formData();
		const text = (name: string) => String(form.get(name) ?? '');
		const levels = Object.fromEntries([...form.keys()].filter((k) => k.startsWith('level-')).map((k) => [k.slice('level-'.length), text(k)]));
		const input = { levels, decision: text('decision'), comments: text('comments').replace(/\r\n/g, '\n') };
		const result = await recordReview(db(), user, event.params.id, event.params.submission, input, event.locals.locale);
		if (!result.ok) return fail(400, { errors: result.errors, values: input });
		redirect(303, localizeHref(`/cohorts/${event.params.id}/reviews?reviewed=${encodeURIComponent(result.trainee)}&decision=${result.decision}`));
	}
};
