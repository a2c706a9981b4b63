import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { calendarOf } from '$lib/server/schedule/feed';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const user = requireUser(event);
	return new Response(await calendarOf(db(), user.id, user.preferredLanguage, event.url.origin), {
		headers: {
			'Content-Type': 'text/calendar; charset=utf-8',
			'Content-Disposition': 'attachment; filename="bootcamp-due-dates.ics"'
		}
	});
};
