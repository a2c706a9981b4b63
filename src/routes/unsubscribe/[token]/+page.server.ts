import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { unsubscribe, unsubscribeSubject } from '$lib/server/mail/service';
import type { Actions, PageServerLoad } from './$types';

// No sign-in: the signed token is the permission. Opening the link changes nothing (mail scanners
// open links); the button does.
export const load: PageServerLoad = async ({ params }) => {
	const subject = await unsubscribeSubject(db(), params.token);
	if (!subject) error(404, m.mail_unsubscribe_invalid());
	return { email: subject.email, unsubscribed: subject.unsubscribed };
};

export const actions: Actions = {
	default: async ({ params }) => {
		const done = await unsubscribe(db(), params.token);
		if (!done) error(404, m.mail_unsubscribe_invalid());
		return { done: done.email };
	}
};
