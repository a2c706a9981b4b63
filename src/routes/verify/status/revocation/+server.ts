import { json } from '@sveltejs/kit';
import { db } from '$lib/server/db';
import { publicOrigin } from '$lib/server/records/credentials/issuer';
import { signedStatusList } from '$lib/server/records/verification';
import type { RequestHandler } from './$types';

/** The Bitstring Status List every credential points to: public, so any verifier can check revocation. */
export const GET: RequestHandler = async ({ url }) =>
	json(await signedStatusList(db(), publicOrigin(url.origin)), {
		headers: { 'content-type': 'application/vc+ld+json', 'cache-control': 'public, max-age=60', 'access-control-allow-origin': '*' }
	});
