import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { invalidateSession } from '$lib/server/auth/sessions';
import { deleteSessionCookie } from '$lib/server/http/cookies';
import { signedInWithSso } from '$lib/server/sso/service';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = () => redirect(303, localizeHref('/'));

export const actions: Actions = {
	default: async ({ locals, cookies, url }) => {
		// Someone whose account is linked to the provider is also offered its sign-out (on the sign-in page).
		const sso = locals.user ? await signedInWithSso(db(), locals.user.id) : false;
		if (locals.session) await invalidateSession(db(), locals.session.id);
		deleteSessionCookie(cookies, url.protocol === 'https:');
		redirect(303, localizeHref(`/sign-in?signed-out=${sso ? 'sso' : '1'}`));
	}
};
