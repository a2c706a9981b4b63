import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { signIn } from '$lib/server/accounts/sign-in';
import { requestPasswordReset } from '$lib/server/accounts/password-reset';
import { startUp } from '$lib/server/startup';
import { createUser, freshDatabase, type TestDatabase } from './db';

// SIGN_IN=sso: passwords stop working for everyone but the break-glass administrator.

const password = 'correct horse battery';
const sso = { SIGN_IN: 'sso', OIDC_ISSUER: 'https://login.example.ca/tenant/v2.0', OIDC_CLIENT_ID: 'bootcamp', OIDC_CLIENT_SECRET: 'secret' };

describe('SIGN_IN policy', () => {
	let t: TestDatabase;
	beforeEach(async () => {
		t = await freshDatabase();
		await createUser(t.db, 'trainee@ontario.ca', { password });
		await createUser(t.db, 'root@ontario.ca', { password, is_admin: 1 });
		await createUser(t.db, 'staff@ontario.ca', { password });
	});
	afterEach(async () => {
		vi.unstubAllEnvs();
		await t.cleanUp();
	});
	const stub = (env: Record<string, string>) => Object.entries(env).forEach(([name, value]) => vi.stubEnv(name, value));
	const outbox = () => t.db.selectFrom('outbox').select('recipient').execute();

	it('with sso, refuses the right password as a wrong one, except for the break-glass administrator', async () => {
		stub({ ...sso, SIGN_IN_BREAK_GLASS: 'Root@Ontario.ca' });
		expect(await signIn(t.db, 'trainee@ontario.ca', password, '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
		expect(await signIn(t.db, 'root@ontario.ca', password, '10.0.0.1')).toMatchObject({ ok: true });
	});

	it('with sso, a break-glass email that is not an administrator’s keeps no password', async () => {
		stub({ ...sso, SIGN_IN_BREAK_GLASS: 'staff@ontario.ca' });
		expect(await signIn(t.db, 'staff@ontario.ca', password, '10.0.0.1')).toEqual({ ok: false, reason: 'invalid' });
	});

	it('with both (the default once OIDC is set), passwords still work', async () => {
		stub({ ...sso, SIGN_IN: '' });
		expect(await signIn(t.db, 'trainee@ontario.ca', password, '10.0.0.1')).toMatchObject({ ok: true });
	});

	it('with sso, emails a reset link to the break-glass administrator only, answering everyone the same', async () => {
		stub({ ...sso, SIGN_IN_BREAK_GLASS: 'root@ontario.ca' });
		expect(await requestPasswordReset(t.db, 'trainee@ontario.ca', '10.0.0.1')).toEqual({ ok: true });
		expect(await requestPasswordReset(t.db, 'root@ontario.ca', '10.0.0.1')).toEqual({ ok: true });
		expect(await outbox()).toEqual([{ recipient: 'root@ontario.ca' }]);
	});

	it('refuses to start with SIGN_IN=sso but no provider, or a SIGN_IN it does not know', async () => {
		await expect(startUp(t.db, { SIGN_IN: 'sso', SEED_DEMO: 'false' })).rejects.toThrow(/OIDC_ISSUER/);
		await expect(startUp(t.db, { SIGN_IN: 'sometimes', SEED_DEMO: 'false' })).rejects.toThrow(/password, sso or both/);
		await expect(startUp(t.db, { OIDC_ISSUER: 'https://login.example.ca', SEED_DEMO: 'false' })).rejects.toThrow(/OIDC_CLIENT_ID/);
		await expect(startUp(t.db, { SEED_DEMO: 'false' })).resolves.toBeUndefined();
	});
});
