import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { feedCalendar } from '$lib/server/schedule/feed';
import type { RequestHandler } from './$types';

// Calendar applications subscribe without cookies: the secret address is the only key. An
// unknown token and a reset one get the same answer, so an old address tells nothing.
export const GET: RequestHandler = async ({ params, url }) => {
	const calendar = await feedCalendar(db(), params.token, url.origin);
	const headers = { 'Cache-Control': 'private, no-store', 'X-Robots-Tag': 'noindex' };
	if (calendar === null)
		return new Response(m.schedule_feed_not_found(), { status: 404, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
	return new Response(calendar, { headers: { ...headers, 'Content-Type': 'text/calendar; charset=utf-8' } });
};
