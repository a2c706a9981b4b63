import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { csvHeaders } from '$lib/server/dashboards/csv';
import { progressCsv } from '$lib/server/dashboards/exports';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const file = await progressCsv(db(), requireUser(event), event.params.id, event.locals.locale);
	return new Response(file.body, { headers: csvHeaders(file.fileName) });
};
