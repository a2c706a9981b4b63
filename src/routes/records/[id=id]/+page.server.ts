import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { publicOrigin } from '$lib/server/records/credentials/issuer';
import { certificatePage } from '$lib/server/records/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) =>
	certificatePage(db(), requireUser(event), event.params.id, publicOrigin(event.url.origin), event.locals.locale);
