import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { myRecords } from '$lib/server/records/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ records: await myRecords(db(), requireUser(event), event.locals.locale) });
