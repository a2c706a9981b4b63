import { fail } from '@sveltejs/kit';
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { requireAdmin } from '$lib/server/access';
import { searchPeople } from '$lib/server/accounts/people';
import { issueLinkFor } from '$lib/server/cohorts/service';
import { absoluteLinks } from '$lib/server/http/links';
import { formError, parseForm } from '$lib/server/http/forms';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	requireAdmin(event);
	const query = (event.url.searchParams.get('q') ?? '').slice(0, 100);
	return { query, ...(await searchPeople(db(), query, event.locals.locale)) };
};

export const actions: Actions = {
	link: async (event) => {
		const admin = requireAdmin(event);
		const parsed = parseForm(z.object({ user: z.string().min(1).max(64) }), await event.request.formData());
		if (!parsed.ok) return fail(400, { errors: formError(m.people_unknown()) });
		const link = await issueLinkFor(db(), parsed.data.user, admin.id);
		if (!link) return fail(404, { errors: formError(m.people_unknown()) });
		return { links: absoluteLinks(event.url.origin, [link]) };
	}
};
