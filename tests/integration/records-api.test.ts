import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { hashToken } from '$lib/server/auth/tokens';
import { listRecordsResponse, recordResponse, withApiToken } from '$lib/server/records/api';
import { createApiToken, revokeApiToken } from '$lib/server/records/api-tokens';
import { revokeRecord } from '$lib/server/records/service';
import { freshDatabase, type TestDatabase } from './db';
import { enrolIn, finishCourse, recordsOf, recordsWorld } from './records-setup';

beforeAll(() => {
	process.env.FIXTURE_COURSES = 'true';
});

const ORIGIN = 'https://bootcamp.test';
let t: TestDatabase;
let world: Awaited<ReturnType<typeof recordsWorld>>;
beforeEach(async () => {
	t = await freshDatabase();
	world = await recordsWorld(t.db);
	await finishCourse(t.db, world);
});
afterEach(() => t.cleanUp());

/** GET /api/v1/records[?…] as the route answers it, with the given Authorization header. */
const get = (path: string, authorization?: string) => {
	const url = new URL(path, ORIGIN);
	const request = new Request(url, { headers: authorization ? { authorization } : {} });
	const id = /^\/api\/v1\/records\/([^/]+)$/.exec(url.pathname)?.[1];
	return withApiToken(t.db, request, () => (id ? recordResponse(t.db, id, ORIGIN) : listRecordsResponse(t.db, url, ORIGIN)));
};

describe('personal API tokens', () => {
	it('are shown once and stored only as a SHA-256 hash', async () => {
		const { id, token } = await createApiToken(t.db, world.adminId, 'HR sync');
		expect(token).toMatch(/^bc_[a-z2-7]{32}$/);
		const row = await t.db.selectFrom('api_tokens').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
		expect(row.token_hash).toBe(hashToken(token));
		expect(JSON.stringify(row)).not.toContain(token);
		const audit = await t.db.selectFrom('audit_log').select(['action', 'actor_id']).where('action', 'like', 'api_token.%').execute();
		expect(audit).toEqual([{ action: 'api_token.created', actor_id: world.adminId }]);
	});

	it('answer 401 with a JSON error for a missing, malformed, wrong or revoked token', async () => {
		const { id, token } = await createApiToken(t.db, world.adminId, 'HR sync');
		expect((await get('/api/v1/records', `Bearer ${token}`)).status).toBe(200);
		const wrong = `bc_${'a'.repeat(32)}`;
		for (const authorization of [undefined, 'Bearer', `Basic ${token}`, `Bearer ${wrong}`, `Bearer ${token}x`, token]) {
			const response = await get('/api/v1/records', authorization);
			expect(response.status, String(authorization)).toBe(401);
			expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
			expect(await response.json()).toEqual({ error: 'unauthorized', message: expect.stringContaining('Bearer') });
		}
		expect(await revokeApiToken(t.db, id, world.adminId)).toBe(true);
		expect((await get('/api/v1/records', `Bearer ${token}`)).status).toBe(401);
		expect(await revokeApiToken(t.db, id, world.adminId)).toBe(false);
	});

	it('stop working when their owner is no longer an admin', async () => {
		const { token } = await createApiToken(t.db, world.adminId, 'HR sync');
		await t.db.updateTable('users').set({ is_admin: 0 }).where('id', '=', world.adminId).execute();
		expect((await get('/api/v1/records', `Bearer ${token}`)).status).toBe(401);
	});

	it('record when they were last used', async () => {
		const { id, token } = await createApiToken(t.db, world.adminId, 'HR sync');
		await get('/api/v1/records', `Bearer ${token}`);
		const row = await t.db.selectFrom('api_tokens').select('last_used_at').where('id', '=', id).executeTakeFirstOrThrow();
		expect(row.last_used_at).toBeGreaterThan(0);
	});
});

describe('the records API', () => {
	let auth: string;
	beforeEach(async () => {
		auth = `Bearer ${(await createApiToken(t.db, world.adminId, 'HR sync')).token}`;
	});

	it('lists a cohort’s records with holder, course, dates, status and links', async () => {
		const other = await enrolIn(t.db, world.managerId, world.adminId, 'records-course', 'Another cohort');
		await finishCourse(t.db, { userId: world.managerId, cohortId: other });
		const [record] = await recordsOf(t.db, world.userId);

		const response = await get(`/api/v1/records?cohort=${world.cohortId}`, auth);
		expect(response.status).toBe(200);
		expect(response.headers.get('content-type')).toContain('application/json');
		const body = await response.json();
		expect(body.records).toEqual([
			{
				id: record.id,
				code: record.code,
				status: 'valid',
				holder: { id: world.userId, name: 'Léa Côté-Tremblay', email: 'lea@ontario.ca' },
				course: { slug: 'records-course', title: { en: 'Records Course', fr: 'Cours des dossiers' }, contentVersion: record.content_version },
				cohort: { id: world.cohortId, name: 'Cohorte d’automne', nameFr: null },
				cycle: 1,
				completedAt: new Date(record.completed_at).toISOString(),
				issuedAt: new Date(record.issued_at).toISOString(),
				expiresAt: new Date(record.expires_at!).toISOString(),
				revokedAt: null,
				revocationReason: null,
				supersedes: null,
				supersededBy: null,
				links: {
					verification: `${ORIGIN}/verify/${record.code}`,
					certificate: `${ORIGIN}/records/${record.id}`,
					pdf: `${ORIGIN}/records/${record.id}/certificate.pdf`,
					openBadge: `${ORIGIN}/records/${record.id}/credential.json`
				}
			}
		]);
		expect((await (await get('/api/v1/records', auth)).json()).records).toHaveLength(2);
	});

	it('answers one record by id, revoked ones included', async () => {
		const [record] = await recordsOf(t.db, world.userId);
		await revokeRecord(t.db, world.admin, record.id, 'Issued in error');
		const body = await (await get(`/api/v1/records/${record.id}`, auth)).json();
		expect(body.record).toMatchObject({ id: record.id, status: 'revoked', revocationReason: 'Issued in error' });
	});

	it('says 400 for a malformed cohort and 404 for an unknown cohort or record, in JSON', async () => {
		const malformed = await get('/api/v1/records?cohort=<script>', auth);
		expect([malformed.status, (await malformed.json()).error]).toEqual([400, 'invalid_cohort']);
		const noCohort = await get(`/api/v1/records?cohort=${'a'.repeat(24)}`, auth);
		expect([noCohort.status, (await noCohort.json()).error]).toEqual([404, 'cohort_not_found']);
		const noRecord = await get(`/api/v1/records/${'a'.repeat(24)}`, auth);
		expect([noRecord.status, (await noRecord.json()).error]).toEqual([404, 'record_not_found']);
	});
});
