import { db } from '$lib/server/db';
import { recordResponse, withApiToken } from '$lib/server/records/api';
import { publicOrigin } from '$lib/server/records/credentials/issuer';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ request, url, params }) =>
	withApiToken(db(), request, () => recordResponse(db(), params.id, publicOrigin(url.origin)));
