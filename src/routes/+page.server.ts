import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { homeFor } from '$lib/server/home';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => homeFor(db(), requireUser(event), event.locals.locale);
