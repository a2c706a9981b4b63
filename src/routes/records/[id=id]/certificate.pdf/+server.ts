import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { requireUser } from '$lib/server/access';
import { publicOrigin } from '$lib/server/records/credentials/issuer';
import { certificateDownload } from '$lib/server/records/service';
import { askedLanguage } from '$lib/server/records/http';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async (event) => {
	const language = askedLanguage(event.url);
	if (language === undefined) error(400, m.record_language_invalid());
	const { bytes, filename } = await certificateDownload(db(), requireUser(event), event.params.id, publicOrigin(event.url.origin), language);
	return new Response(new Uint8Array(bytes), {
		headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'private, no-store' }
	});
};
