import { db } from '$lib/server/db';
import { requireAdmin } from '$lib/server/access';
import { csvHeaders } from '$lib/server/dashboards/csv';
import { ministriesReportCsv } from '$lib/server/reports/service';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const file = await ministriesReportCsv(db(), requireAdmin(event), event.url.searchParams, event.locals.locale);
	return new Response(file.body, { headers: csvHeaders(file.fileName) });
};
