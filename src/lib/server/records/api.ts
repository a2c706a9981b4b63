import { json } from '@sveltejs/kit';
import type { Kysely } from 'kysely';
import { m } from '$lib/paraglide/messages';
import type { DB } from '../db/schema';
import { getCohort } from '../cohorts/repository';
import { authenticateApiToken } from './api-tokens';
import { listRecords, successorsOf } from './repository';
import { apiView } from './views';

const ID = /^[a-z2-7]{24}$/;

export function apiError(status: number, error: string, message: string, headers: Record<string, string> = {}) {
	return json({ error, message }, { status, headers: { 'cache-control': 'no-store', ...headers } });
}

/** Runs the handler for a valid personal API token, or answers 401 with a JSON error. */
export async function withApiToken(db: Kysely<DB>, request: Request, handler: () => Promise<Response>): Promise<Response> {
	const token = await authenticateApiToken(db, request.headers.get('authorization'));
	if (!token) return apiError(401, 'unauthorized', m.api_unauthorized(), { 'www-authenticate': 'Bearer realm="bootcamp"' });
	return handler();
}

const ok = (body: unknown) => json(body, { headers: { 'cache-control': 'no-store' } });

/** GET /api/v1/records?cohort=…: every record, or a cohort's. */
export async function listRecordsResponse(db: Kysely<DB>, url: URL, origin: string): Promise<Response> {
	const cohortId = url.searchParams.get('cohort');
	if (cohortId !== null) {
		if (!ID.test(cohortId)) return apiError(400, 'invalid_cohort', m.api_invalid_cohort());
		if (!(await getCohort(db, cohortId))) return apiError(404, 'cohort_not_found', m.api_cohort_not_found());
	}
	const records = await listRecords(db, { cohortId: cohortId ?? undefined });
	const successors = await successorsOf(
		db,
		records.map((r) => r.id)
	);
	return ok({ records: records.map((record) => apiView(record, origin, successors.get(record.id))) });
}

/** GET /api/v1/records/<id>. */
export async function recordResponse(db: Kysely<DB>, id: string, origin: string): Promise<Response> {
	const [record] = ID.test(id) ? await listRecords(db, { id }) : [];
	if (!record) return apiError(404, 'record_not_found', m.api_record_not_found());
	const successors = await successorsOf(db, [id]);
	return ok({ record: apiView(record, origin, successors.get(id)) });
}
