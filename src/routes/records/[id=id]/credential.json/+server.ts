import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { publicOrigin } from '$lib/server/records/credentials/issuer';
import { credentialDownload } from '$lib/server/records/service';
import { askedLanguage } from '$lib/server/records/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const language = askedLanguage(event.url);
	if (language === undefined) error(400, m.record_language_invalid());
	const { credential, filename } = await credentialDownload(db(), requireUser(event), event.params.id, publicOrigin(event.url.origin), language);
	return new Response(JSON.stringify(credential, null, 2), {
		headers: { 'content-type': 'application/vc+ld+json', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'private, no-store' }
	});
};
