import { json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { courseOr404, moduleOr404 } from '$lib/server/courses/player';
import { draftRequestSchema } from '$lib/server/exercises/form';
import { saveExerciseDraft } from '$lib/server/exercises/service';
import { isCrossSite, readJsonBody } from '$lib/server/http/body';
import type { Answer } from '$lib/exercises/answer';
import type { RequestHandler } from './$types';

/** Autosave: the composer posts the draft here a moment after typing stops. */
export const POST: RequestHandler = async (event) => {
	// SvelteKit's origin check covers form posts only; this JSON endpoint writes too.
	if (isCrossSite(event.request, event.url)) return json({ message: m.http_cross_site() }, { status: 403 });
	const course = courseOr404(event.params.course);
	const module = moduleOr404(course, event.params.module);
	const user = event.locals.user;
	if (!user) return json({ message: m.autosave_signed_out() }, { status: 401 });
	const body = await readJsonBody(event.request);
	if (!body.ok) return json({ message: body.message }, { status: body.status });
	const parsed = draftRequestSchema.safeParse(body.value);
	if (!parsed.success) return json({ message: m.autosave_bad_request() }, { status: 400 });
	const { platform, posts, clientSavedAt, slot } = parsed.data;
	const result = await saveExerciseDraft(db(), user, course, module, { answer: { platform: platform as Answer['platform'], posts }, clientSavedAt, slot });
	if (!result.ok) return json({ errors: result.errors }, { status: 400 });
	return json({ status: result.status, savedAt: result.savedAt });
};
