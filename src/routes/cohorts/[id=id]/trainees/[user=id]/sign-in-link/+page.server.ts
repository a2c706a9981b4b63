import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { emailSignInLink, signInLinkSubject } from '$lib/server/cohorts/service';
import { absoluteLinks } from '$lib/server/http/links';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => signInLinkSubject(db(), requireUser(event), event.params.id, event.params.user, event.locals.locale);

export const actions: Actions = {
	send: async (event) => {
		const result = await emailSignInLink(db(), requireUser(event), event.params.id, event.params.user);
		if (!result.sent) return { refused: result.reason };
		return { sent: { name: result.name, email: result.email }, links: absoluteLinks(event.url.origin, result.link ? [result.link] : []) };
	}
};
