import { createPrivateKey, createSign } from 'node:crypto';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { CustomFetch } from 'openid-client';
import { validateSessionToken } from '$lib/server/auth/sessions';
import { discoverProvider } from '$lib/server/sso/provider';
import { beginSsoSignIn, completeSsoSignIn, providerSignOutUrl, type SsoOutcome, type SsoProvider } from '$lib/server/sso/service';
import { signInAtProvider, startOpenIdProvider, type TestOpenIdProvider } from '../support/oidc-provider';
import { createUser, freshDatabase, type TestDatabase } from './db';

// Single sign-on against a real OpenID Provider on loopback (tests/support/oidc-provider.ts). The
// tests sign in at its login form, then hand the provider's answer to the service as our callback
// would. Tokens are tampered with on their way from the provider's token endpoint.

const CLIENT = { clientId: 'bootcamp-test', clientSecret: 'a-test-secret-of-reasonable-length', redirectUris: ['http://localhost:4299/sign-in/oidc/callback'] };
const REDIRECT_URI = CLIENT.redirectUris[0];

/** A refusal of a sign-in started on an English page. */
const refusal = (reason: string, locale: string | null = 'en') => ({ ok: false, reason, ...(locale ? { locale } : {}) });

type IdTokenEdit = (payload: Record<string, unknown>) => Record<string, unknown>;

let op: TestOpenIdProvider;
/** What happens to the next ID token on its way to us: nothing, an edit without a signature (tampering) or re-signed with the provider's key (forgery). */
let intercept: { edit: IdTokenEdit; resign: boolean } | null = null;

const base64url = (value: string | Buffer) => Buffer.from(value).toString('base64url');
function reworkIdToken(idToken: string, edit: IdTokenEdit, resign: boolean): string {
	const [header, payload, signature] = idToken.split('.');
	const edited = base64url(JSON.stringify(edit(JSON.parse(Buffer.from(payload, 'base64url').toString()))));
	if (!resign) return `${header}.${edited}.${signature}`;
	const signer = createSign('RSA-SHA256');
	signer.update(`${header}.${edited}`);
	return `${header}.${edited}.${signer.sign(createPrivateKey({ key: op.signingKey, format: 'jwk' })).toString('base64url')}`;
}

const interceptingFetch: CustomFetch = async (url, options) => {
	const response = await fetch(url, options as RequestInit);
	if (!intercept || !url.endsWith('/token')) return response;
	const body = await response.json();
	body.id_token = reworkIdToken(body.id_token, intercept.edit, intercept.resign);
	return new Response(JSON.stringify(body), { status: response.status, headers: response.headers });
};

let provider: SsoProvider;
beforeAll(async () => {
	op = await startOpenIdProvider({ clients: [CLIENT] });
	const configuration = await discoverProvider({ issuer: op.issuer, ...CLIENT, label: null }, { customFetch: interceptingFetch });
	provider = { configuration, redirectUri: REDIRECT_URI, justInTime: false, breakGlassEmail: 'admin@demo.test' };
});
afterAll(() => op?.close());

describe('single sign-on with a real OpenID Provider', () => {
	let t: TestDatabase;
	let traineeId: string;
	beforeEach(async () => {
		t = await freshDatabase();
		intercept = null;
		// As a roster import left her: English, the roster's spelling of her name, no password yet.
		traineeId = await createUser(t.db, 'trainee03@demo.test', { name: 'Trainee Three' });
	});
	afterEach(() => t.cleanUp());

	/** The whole round trip: our start, the provider's login form as `login`, our callback. */
	async function signInAs(login: string, options: { who?: SsoProvider; next?: string | null; answer?: (url: URL) => URL } = {}): Promise<SsoOutcome> {
		const who = options.who ?? provider;
		const started = await beginSsoSignIn(t.db, who, { next: options.next ?? null, locale: 'en' });
		const callback = await signInAtProvider(started.url, login);
		return completeSsoSignIn(t.db, who, started.token, options.answer ? options.answer(callback) : callback);
	}

	const audit = (action: string) =>
		t.db.selectFrom('audit_log').select(['actor_id', 'subject_user_id', 'details']).where('action', '=', action).orderBy('at').execute();
	const identities = () => t.db.selectFrom('sso_identities').select(['issuer', 'subject', 'user_id']).execute();
	const countSessions = async () => (await t.db.selectFrom('sessions').select('id').execute()).length;

	it('asks for the code with PKCE (S256), a state, a nonce and the three scopes', async () => {
		const { url } = await beginSsoSignIn(t.db, provider, { next: null, locale: 'fr' });
		expect(url.origin).toBe(op.issuer);
		expect(url.searchParams.get('code_challenge_method')).toBe('S256');
		expect(url.searchParams.get('code_challenge')).toMatch(/^[\w-]{43}$/);
		expect(url.searchParams.get('state')).toMatch(/^[\w-]{20,}$/);
		expect(url.searchParams.get('nonce')).toMatch(/^[\w-]{20,}$/);
		expect(url.searchParams.get('scope')).toBe('openid profile email');
		expect(url.searchParams.get('redirect_uri')).toBe(REDIRECT_URI);
		expect(url.searchParams.get('ui_locales')).toMatch(/^fr-CA/);
	});

	it('links a roster-imported account by its verified email the first time, with name and language from the provider', async () => {
		const outcome = await signInAs('trainee03', { next: '/courses/social-media' });
		expect(outcome).toMatchObject({ ok: true, preferredLanguage: 'fr', next: '/courses/social-media' });
		if (!outcome.ok) throw new Error('refused');
		expect((await validateSessionToken(t.db, outcome.token))?.user).toMatchObject({
			id: traineeId,
			displayName: 'Trainee Three (OPS)',
			preferredLanguage: 'fr',
			isAdmin: false
		});
		expect(await identities()).toEqual([{ issuer: op.issuer, subject: 'trainee03', user_id: traineeId }]);
		const [linked] = await audit('sso.linked');
		expect(linked).toMatchObject({ actor_id: traineeId, subject_user_id: traineeId });
		expect(JSON.parse(linked.details)).toMatchObject({ issuer: op.issuer, subject: 'trainee03', email: 'trainee03@demo.test' });
		const [signedIn] = await audit('sso.signed_in');
		expect(JSON.parse(signedIn.details)).toMatchObject({ changed: { display_name: 'Trainee Three (OPS)', preferred_language: 'fr' } });
	});

	it('finds the account by its subject the second time, even after its email changed', async () => {
		expect(await signInAs('trainee03')).toMatchObject({ ok: true });
		await t.db.updateTable('users').set({ email: 'trainee03.renamed@ontario.ca' }).where('id', '=', traineeId).execute();
		const second = await signInAs('trainee03');
		if (!second.ok) throw new Error(`refused: ${second.reason}`);
		expect((await validateSessionToken(t.db, second.token))?.user.id).toBe(traineeId);
		expect(await audit('sso.linked')).toHaveLength(1);
		expect(await audit('sso.signed_in')).toHaveLength(2);
	});

	it('refuses someone no roster knows, and writes the refusal to the audit log', async () => {
		const usersBefore = await t.db.selectFrom('users').select('id').execute();
		expect(await signInAs('stranger')).toEqual(refusal('unknown_person'));
		expect(await t.db.selectFrom('users').select('id').execute()).toEqual(usersBefore);
		expect(await identities()).toEqual([]);
		expect(await countSessions()).toBe(0);
		const [refused] = await audit('sso.refused');
		expect(JSON.parse(refused.details)).toMatchObject({ reason: 'unknown_person', subject: 'stranger', email: 'stranger@ontario.ca' });
	});

	it('does not link by an email the provider has not verified', async () => {
		await createUser(t.db, 'trainee05@demo.test');
		expect(await signInAs('unverified')).toEqual(refusal('unknown_person'));
		expect(await identities()).toEqual([]);
	});

	it('never links the break-glass administrator account to the provider', async () => {
		await createUser(t.db, 'admin@demo.test', { is_admin: 1 });
		expect(await signInAs('admin')).toEqual(refusal('unknown_person'));
	});

	it('refuses a disabled account', async () => {
		await t.db.updateTable('users').set({ disabled_at: Date.now() }).where('id', '=', traineeId).execute();
		expect(await signInAs('trainee03')).toEqual(refusal('disabled'));
		expect(await countSessions()).toBe(0);
	});

	it('with just-in-time accounts, makes one for a newcomer, in their language and with no role', async () => {
		const outcome = await signInAs('newcomer', { who: { ...provider, justInTime: true } });
		if (!outcome.ok) throw new Error(`refused: ${outcome.reason}`);
		const user = await t.db.selectFrom('users').selectAll().where('email', '=', 'newcomer@ontario.ca').executeTakeFirstOrThrow();
		expect(user).toMatchObject({ display_name: 'Nour Newcomer', preferred_language: 'fr', is_admin: 0 });
		expect(await t.db.selectFrom('enrolments').select('user_id').where('user_id', '=', user.id).execute()).toEqual([]);
		expect(await audit('user.created')).toHaveLength(1);
	});

	it('refuses an ID token changed on its way (its signature no longer matches the provider’s key)', async () => {
		intercept = { edit: (claims) => ({ ...claims, email: 'admin@demo.test' }), resign: false };
		expect(await signInAs('trainee03')).toEqual(refusal('failed'));
		expect(await countSessions()).toBe(0);
		expect(await identities()).toEqual([]);
		const [refused] = await audit('sso.refused');
		expect(JSON.parse(refused.details)).toMatchObject({ reason: 'invalid_response' });
	});

	const now = () => Math.floor(Date.now() / 1000);
	it.each([
		['expired', (claims: Record<string, unknown>) => ({ ...claims, iat: now() - 7200, exp: now() - 3600 })],
		['for another nonce', (claims: Record<string, unknown>) => ({ ...claims, nonce: 'a-nonce-from-another-sign-in' })],
		['for another application', (claims: Record<string, unknown>) => ({ ...claims, aud: 'another-client' })],
		['from another issuer', (claims: Record<string, unknown>) => ({ ...claims, iss: 'http://localhost:1' })]
	])('refuses an ID token %s, even signed with the provider’s key', async (_case, edit) => {
		intercept = { edit, resign: true };
		expect(await signInAs('trainee03')).toEqual(refusal('failed'));
		expect(await countSessions()).toBe(0);
		expect(await audit('sso.refused')).toHaveLength(1);
	});

	it('refuses an answer with the wrong state, and the sign-in cannot be finished afterwards', async () => {
		const started = await beginSsoSignIn(t.db, provider, { next: null, locale: 'en' });
		const callback = await signInAtProvider(started.url, 'trainee03');
		const forged = new URL(callback);
		forged.searchParams.set('state', 'a-state-of-someone-else');
		expect(await completeSsoSignIn(t.db, provider, started.token, forged)).toEqual(refusal('failed'));
		expect(await completeSsoSignIn(t.db, provider, started.token, callback)).toEqual(refusal('failed', null));
		expect(await countSessions()).toBe(0);
	});

	it('refuses an answer brought back without the browser’s cookie, or after ten minutes', async () => {
		const started = await beginSsoSignIn(t.db, provider, { next: null, locale: 'en' });
		const callback = await signInAtProvider(started.url, 'trainee03');
		expect(await completeSsoSignIn(t.db, provider, undefined, callback)).toEqual(refusal('failed', null));
		expect(await completeSsoSignIn(t.db, provider, started.token, callback, Date.now() + 11 * 60_000)).toEqual(refusal('failed', null));
		expect(await countSessions()).toBe(0);
	});

	it('refuses an answer that is replayed once the sign-in is done', async () => {
		const started = await beginSsoSignIn(t.db, provider, { next: null, locale: 'en' });
		const callback = await signInAtProvider(started.url, 'trainee03');
		expect(await completeSsoSignIn(t.db, provider, started.token, callback)).toMatchObject({ ok: true });
		expect(await completeSsoSignIn(t.db, provider, started.token, callback)).toEqual(refusal('failed', null));
		expect(await countSessions()).toBe(1);
	});

	it('offers the provider’s sign-out address', () => {
		const url = new URL(providerSignOutUrl(provider)!);
		expect(url.origin).toBe(op.issuer);
		expect(url.searchParams.get('client_id')).toBe(CLIENT.clientId);
	});
});
