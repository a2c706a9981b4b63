import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { csvHeaders } from '$lib/server/dashboards/csv';
import { teamCsv } from '$lib/server/dashboards/exports';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const file = await teamCsv(db(), requireUser(event), event.url.origin);
	return new Response(file.body, { headers: csvHeaders(file.fileName) });
};
