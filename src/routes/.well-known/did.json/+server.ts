import { json } from '@sveltejs/kit';
import { didDocument, issuerKey, publicOrigin } from '$lib/server/records/credentials/issuer';
import type { RequestHandler } from './$types';

/** did:web resolves here: the public key that signs our Open Badges credentials. */
export const GET: RequestHandler = async ({ url }) =>
	json(didDocument(publicOrigin(url.origin), await issuerKey()), {
		headers: { 'content-type': 'application/did+json', 'cache-control': 'public, max-age=300', 'access-control-allow-origin': '*' }
	});
