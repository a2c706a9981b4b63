import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createSession, invalidateSession, SESSION_LIFETIME_MS, validateSessionToken } from '$lib/server/auth/sessions';
import { generateToken, hashToken } from '$lib/server/auth/tokens';
import { insertCohortWithPeople } from '$lib/server/demo/repository';
import { createUser, freshDatabase, type TestDatabase } from './db';

const DAY = 24 * 60 * 60 * 1000;

describe('sessions', () => {
	let t: TestDatabase;
	let userId: string;
	beforeEach(async () => {
		t = await freshDatabase();
		userId = await createUser(t.db, 'amelie.tremblay@ontario.ca', { name: 'Amélie Tremblay', preferred_language: 'fr' });
	});
	afterEach(() => t.cleanUp());

	it('a new session signs its person in', async () => {
		const token = generateToken();
		const session = await createSession(t.db, token, userId);
		const result = await validateSessionToken(t.db, token);
		expect(result?.session).toEqual(session);
		expect(result?.user).toEqual({
			id: userId,
			email: 'amelie.tremblay@ontario.ca',
			displayName: 'Amélie Tremblay',
			preferredLanguage: 'fr',
			isAdmin: false,
			isManager: false,
			teaches: false
		});
	});

	it('says with the same read whether the person teaches a cohort (the header needs it on every page)', async () => {
		const trainee = await createUser(t.db, 'trainee@ontario.ca');
		await insertCohortWithPeople(
			t.db,
			{ name: 'Cohort', courseSlug: 'social-media-bootcamp', startsOn: '2026-01-05', endsOn: '2026-03-27', createdBy: userId },
			{ instructorId: userId, traineeIds: [trainee] },
			Date.now()
		);
		const instructorToken = generateToken();
		await createSession(t.db, instructorToken, userId);
		const traineeToken = generateToken();
		await createSession(t.db, traineeToken, trainee);
		expect((await validateSessionToken(t.db, instructorToken))?.user.teaches).toBe(true);
		expect((await validateSessionToken(t.db, traineeToken))?.user.teaches).toBe(false);
	});

	it('keeps only the SHA-256 of the token, so the database holds nothing usable', async () => {
		const token = generateToken();
		await createSession(t.db, token, userId);
		const rows = await t.db.selectFrom('sessions').selectAll().execute();
		expect(rows).toHaveLength(1);
		expect(rows[0].id).toBe(hashToken(token));
		expect(JSON.stringify(rows)).not.toContain(token);
		// The stored value does not work as a cookie either.
		expect(await validateSessionToken(t.db, rows[0].id)).toBeNull();
	});

	it('an unknown token signs nobody in', async () => {
		await createSession(t.db, generateToken(), userId);
		expect(await validateSessionToken(t.db, generateToken())).toBeNull();
	});

	it('an expired session is refused and removed', async () => {
		const token = generateToken();
		const start = Date.now();
		await createSession(t.db, token, userId, start);
		expect(await validateSessionToken(t.db, token, start + SESSION_LIFETIME_MS)).toBeNull();
		expect(await t.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
		expect(await validateSessionToken(t.db, token, start)).toBeNull();
	});

	it('a session used in its last 15 days is extended to a full 30 days from now', async () => {
		const token = generateToken();
		const start = Date.now();
		await createSession(t.db, token, userId, start);
		const later = start + 16 * DAY;
		const result = await validateSessionToken(t.db, token, later);
		expect(result?.session.expiresAt).toBe(later + SESSION_LIFETIME_MS);
		const stored = await t.db.selectFrom('sessions').select('expires_at').executeTakeFirstOrThrow();
		expect(stored.expires_at).toBe(later + SESSION_LIFETIME_MS);
		// Still valid past the original 30 days.
		expect(await validateSessionToken(t.db, token, start + 40 * DAY)).not.toBeNull();
	});

	it('a session used early keeps its expiry', async () => {
		const token = generateToken();
		const start = Date.now();
		await createSession(t.db, token, userId, start);
		const result = await validateSessionToken(t.db, token, start + 2 * DAY);
		expect(result?.session.expiresAt).toBe(start + SESSION_LIFETIME_MS);
		const stored = await t.db.selectFrom('sessions').select('expires_at').executeTakeFirstOrThrow();
		expect(stored.expires_at).toBe(start + SESSION_LIFETIME_MS);
	});

	it('signing out ends only that session', async () => {
		const phone = generateToken();
		const laptop = generateToken();
		const session = await createSession(t.db, phone, userId);
		await createSession(t.db, laptop, userId);
		await invalidateSession(t.db, session.id);
		expect(await validateSessionToken(t.db, phone)).toBeNull();
		expect(await validateSessionToken(t.db, laptop)).not.toBeNull();
	});

	it('a disabled person is signed out', async () => {
		const token = generateToken();
		await createSession(t.db, token, userId);
		await t.db.updateTable('users').set({ disabled_at: Date.now() }).where('id', '=', userId).execute();
		expect(await validateSessionToken(t.db, token)).toBeNull();
		expect(await t.db.selectFrom('sessions').selectAll().execute()).toEqual([]);
	});

	it('someone is a manager only while they have staff', async () => {
		const managerId = await createUser(t.db, 'morgan.lee@ontario.ca');
		const managerToken = generateToken();
		const staffToken = generateToken();
		await createSession(t.db, managerToken, managerId);
		await createSession(t.db, staffToken, userId);
		expect((await validateSessionToken(t.db, managerToken))?.user.isManager).toBe(false);

		await t.db.updateTable('users').set({ manager_id: managerId }).where('id', '=', userId).execute();
		expect((await validateSessionToken(t.db, managerToken))?.user.isManager).toBe(true);
		expect((await validateSessionToken(t.db, staffToken))?.user.isManager).toBe(false);
	});

	it('reports administrators as such', async () => {
		const adminId = await createUser(t.db, 'admin@ontario.ca', { is_admin: 1 });
		const token = generateToken();
		await createSession(t.db, token, adminId);
		expect((await validateSessionToken(t.db, token))?.user.isAdmin).toBe(true);
	});
});
