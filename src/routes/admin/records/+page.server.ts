import { db } from '$lib/server/db';
import { requireAdmin } from '$lib/server/access';
import { adminRecordList } from '$lib/server/records/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	const query = (event.url.searchParams.get('q') ?? '').slice(0, 100);
	return { query, ...(await adminRecordList(db(), query, event.locals.locale)) };
};
