import { json } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { courseOr404, moduleOr404 } from '$lib/server/courses/player';
import { liveChecks, liveChecksRequestSchema } from '$lib/server/exercises/live-checks';
import { isCrossSite, readJsonBody } from '$lib/server/http/body';
import type { Answer } from '$lib/exercises/answer';
import type { RequestHandler } from './$types';

/** Live checks: the composer posts the text here as the trainee pauses, and shows what only the server can check. */
export const POST: RequestHandler = async (event) => {
	// Same rule as the autosave endpoint: only this site's pages may ask.
	if (isCrossSite(event.request, event.url)) return json({ message: m.http_cross_site() }, { status: 403 });
	const course = courseOr404(event.params.course);
	const module = moduleOr404(course, event.params.module);
	const user = event.locals.user;
	if (!user) return json({ message: m.checksF_signed_out() }, { status: 401 });
	const body = await readJsonBody(event.request);
	if (!body.ok) return json({ message: body.message }, { status: body.status });
	const parsed = liveChecksRequestSchema.safeParse(body.value);
	if (!parsed.success) return json({ message: m.checksF_bad_request() }, { status: 400 });
	const { platform, posts, slot } = parsed.data;
	const result = await liveChecks(db(), user, course, module, { answer: { platform: platform as Answer['platform'], posts }, slot });
	if (result.ok) return json({ results: result.results });
	if (result.errors) return json({ errors: result.errors }, { status: 400 });
	return json({ message: m.checksF_too_many() }, { status: 429, headers: { 'retry-after': String(result.retryAfterSeconds) } });
};
