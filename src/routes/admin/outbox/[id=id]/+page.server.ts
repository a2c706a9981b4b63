import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { requireAdmin } from '$lib/server/access';
import { outboxEntry } from '$lib/server/mail/service';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	const admin = requireAdmin(event);
	const message = await outboxEntry(db(), admin, event.params.id);
	if (!message) error(404, m.error_not_found());
	return { message };
};
