import { db } from '$lib/server/db';
import { requireAdmin } from '$lib/server/access';
import { serverConfig } from '$lib/server/config';
import { outboxListing } from '$lib/server/mail/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const admin = requireAdmin(event);
	const asked = Number(event.url.searchParams.get('page') ?? '1');
	const page = Number.isSafeInteger(asked) && asked >= 1 && asked <= 100_000 ? asked : 1;
	return { ...(await outboxListing(db(), admin, page)), delivering: serverConfig().smtpUrl !== null };
};
