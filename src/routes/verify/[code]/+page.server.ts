import { redirect } from '@sveltejs/kit';
import { localizeHref } from '$lib/paraglide/runtime';
import { db } from '$lib/server/db';
import { normaliseRecordCode } from '$lib/server/records/codes';
import { limitVerification } from '$lib/server/records/rate-limit';
import { verifyCode } from '$lib/server/records/verification';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
	await limitVerification(db(), event.getClientAddress(), event.setHeaders);
	const canonical = normaliseRecordCode(event.params.code);
	if (canonical && canonical !== event.params.code) redirect(308, localizeHref(`/verify/${canonical}`));
	return verifyCode(db(), event.params.code, event.locals.locale);
};
