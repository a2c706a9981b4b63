import { db } from '$lib/server/db';
import { listRecordsResponse, withApiToken } from '$lib/server/records/api';
import { publicOrigin } from '$lib/server/records/credentials/issuer';
import type { RequestHandler } from './$types';

export const GET: RequestHandler = async ({ request, url }) => withApiToken(db(), request, () => listRecordsResponse(db(), url, publicOrigin(url.origin)));
