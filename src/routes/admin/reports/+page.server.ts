import { db } from '$lib/server/db';
import { requireAdmin } from '$lib/server/access';
import { ministriesReport } from '$lib/server/reports/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ministriesReport(db(), requireAdmin(event), event.url.searchParams, event.locals.locale);
