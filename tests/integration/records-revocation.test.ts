import { afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { isHttpError } from '@sveltejs/kit';
import { certificatePage, recordFor, reissueRecord, revokeRecord } from '$lib/server/records/service';
import { verifyCode } from '$lib/server/records/verification';
import { createUser, freshDatabase, type TestDatabase } from './db';
import { finishCourse, recordsOf, recordsWorld } from './records-setup';

beforeAll(() => {
	process.env.FIXTURE_COURSES = 'true';
	process.env.ISSUER_KEY_PATH = '/nonexistent/never-used-by-these-tests.json';
});

let t: TestDatabase;
let world: Awaited<ReturnType<typeof recordsWorld>>;
let recordId: string;
let code: string;
beforeEach(async () => {
	t = await freshDatabase();
	world = await recordsWorld(t.db);
	await finishCourse(t.db, world);
	[{ id: recordId, code }] = await recordsOf(t.db, world.userId);
});
afterEach(() => t.cleanUp());

const statusOf = async (promise: Promise<unknown>) => {
	try {
		await promise;
		return 200;
	} catch (error) {
		if (isHttpError(error)) return error.status;
		throw error;
	}
};

describe('who may see a record', () => {
	it('the holder, their manager and admins; anyone else is refused and an unknown id is not found', async () => {
		expect((await recordFor(t.db, world.trainee, recordId)).audience).toBe('holder');
		expect((await recordFor(t.db, world.manager, recordId)).audience).toBe('manager');
		expect((await recordFor(t.db, world.admin, recordId)).audience).toBe('admin');
		const strangerId = await createUser(t.db, 'someone@ontario.ca', { name: 'Someone Else' });
		const stranger = { ...world.trainee, id: strangerId, email: 'someone@ontario.ca' };
		expect(await statusOf(recordFor(t.db, stranger, recordId))).toBe(403);
		expect(await statusOf(recordFor(t.db, world.admin, 'aaaaaaaaaaaaaaaaaaaaaaaa'))).toBe(404);
	});
});

describe('revocation', () => {
	it('keeps the record and its facts, says revoked, when and why, and writes the audit log', async () => {
		const [before] = await recordsOf(t.db, world.userId);
		const at = Date.parse('2026-12-15T14:00:00Z');
		expect(await revokeRecord(t.db, world.admin, recordId, 'Completed under another person’s account', at)).toEqual({ ok: true });

		const [after] = await recordsOf(t.db, world.userId);
		expect(after).toEqual({
			...before,
			status: 'revoked',
			revoked_at: at,
			revoked_by: world.adminId,
			revocation_reason: 'Completed under another person’s account'
		});
		const page = await certificatePage(t.db, world.trainee, recordId, 'http://bootcamp.test', 'en');
		expect(page.record).toMatchObject({ status: 'revoked', revokedAt: at, revocationReason: 'Completed under another person’s account' });
		expect((await verifyCode(t.db, code, 'en')).record).toMatchObject({ status: 'revoked', revokedAt: at });

		const audit = await t.db.selectFrom('audit_log').selectAll().where('action', '=', 'record.revoked').execute();
		expect(audit).toEqual([expect.objectContaining({ actor_id: world.adminId, subject_user_id: world.userId, cohort_id: world.cohortId })]);
		expect(JSON.parse(audit[0].details)).toEqual({ record: recordId, code, reason: 'Completed under another person’s account' });
	});

	it('a second revocation changes nothing: the first reason stands', async () => {
		await revokeRecord(t.db, world.admin, recordId, 'First reason given');
		expect(await revokeRecord(t.db, world.admin, recordId, 'Second reason given')).toEqual({ ok: false, reason: 'already_revoked' });
		const [record] = await recordsOf(t.db, world.userId);
		expect(record.revocation_reason).toBe('First reason given');
	});

	it('only admins may revoke or reissue', async () => {
		expect(await statusOf(revokeRecord(t.db, world.manager, recordId, 'Not allowed'))).toBe(403);
		expect(await statusOf(reissueRecord(t.db, world.trainee, recordId, 'Not allowed'))).toBe(403);
		expect((await recordsOf(t.db, world.userId))[0].status).toBe('active');
	});
});

describe('reissue', () => {
	it('makes a new record that references the original, which is revoked but otherwise untouched', async () => {
		await t.db.updateTable('users').set({ display_name: 'Léa Côté' }).where('id', '=', world.userId).execute();
		const [original] = await recordsOf(t.db, world.userId);
		const result = await reissueRecord(t.db, world.admin, recordId, 'Name changed');
		expect(result.ok).toBe(true);

		const [old, fresh] = await recordsOf(t.db, world.userId);
		expect(old).toEqual({ ...original, status: 'revoked', revoked_at: expect.any(Number), revoked_by: world.adminId, revocation_reason: 'Name changed' });
		expect(fresh).toMatchObject({
			id: result.ok && result.id,
			supersedes_id: original.id,
			cycle: 2,
			holder_name: 'Léa Côté',
			status: 'active',
			completed_at: original.completed_at,
			expires_at: original.expires_at,
			content_version: original.content_version,
			cohort_id: original.cohort_id
		});
		expect(fresh.code).not.toBe(original.code);

		expect(await verifyCode(t.db, original.code, 'en')).toMatchObject({ record: { status: 'revoked' }, replacedBy: fresh.code });
		const page = await certificatePage(t.db, world.manager, original.id, 'http://bootcamp.test', 'en');
		expect(page.replacedBy).toEqual({ id: fresh.id, code: fresh.code });
		expect((await certificatePage(t.db, world.manager, fresh.id, 'http://bootcamp.test', 'en')).replaces).toBe(original.code);
		const audit = await t.db.selectFrom('audit_log').select('details').where('action', '=', 'record.reissued').execute();
		expect(JSON.parse(audit[0].details)).toMatchObject({ record: original.id, newRecord: fresh.id, reason: 'Name changed' });
	});

	it('a record is reissued once: the newest one is what gets reissued next', async () => {
		const first = await reissueRecord(t.db, world.admin, recordId, 'Name changed');
		expect(await reissueRecord(t.db, world.admin, recordId, 'Again')).toEqual({ ok: false, reason: 'already_reissued' });
		const second = await reissueRecord(t.db, world.admin, first.ok ? first.id : '', 'Typo in the new name');
		expect(second.ok).toBe(true);
		expect((await recordsOf(t.db, world.userId)).map((r) => [r.cycle, r.status])).toEqual([
			[1, 'revoked'],
			[2, 'revoked'],
			[3, 'active']
		]);
	});

	it('a revoked record can be reissued, keeping its revocation reason', async () => {
		await revokeRecord(t.db, world.admin, recordId, 'Revoked by mistake');
		await reissueRecord(t.db, world.admin, recordId, 'Restoring it');
		const [old, fresh] = await recordsOf(t.db, world.userId);
		expect(old.revocation_reason).toBe('Revoked by mistake');
		expect(fresh.status).toBe('active');
	});
});

describe('public verification', () => {
	it('finds a record by its code as people type it, and says 404 for a code nobody has', async () => {
		const typed = code.toLowerCase().replace(/-/g, ' ');
		expect(await verifyCode(t.db, typed, 'fr')).toMatchObject({
			record: { code, status: 'valid', holderName: 'Léa Côté-Tremblay', courseTitle: 'Cours des dossiers' },
			replacedBy: null
		});
		expect(await statusOf(verifyCode(t.db, 'BC-2222-2222', 'en'))).toBe(404);
		expect(await statusOf(verifyCode(t.db, 'not a code', 'en'))).toBe(404);
	});

	it('tells a stranger nothing beyond the certificate: no ids, email or revocation reason', async () => {
		await revokeRecord(t.db, world.admin, recordId, 'Private reason');
		const { record } = await verifyCode(t.db, code, 'en');
		expect(Object.keys(record).sort()).toEqual([
			'code',
			'cohortName',
			'completedAt',
			'courseTitle',
			'edition',
			'expiresAt',
			'holderName',
			'issuedAt',
			'revokedAt',
			'status'
		]);
		expect(JSON.stringify(record)).not.toContain('Private reason');
	});

	it('says expired once the expiry date has passed', async () => {
		const [record] = await recordsOf(t.db, world.userId);
		expect((await verifyCode(t.db, code, 'en', record.expires_at! + 1)).record.status).toBe('expired');
	});
});
