// A real OpenID Provider on loopback for the integration and browser tests: oidc-provider (OpenID
// Certified) with test people, its development login form (any password is accepted: the login
// name is the person), PKCE required, and a signing key the tests also hold, so they can forge
// tokens the way an attacker with a stolen key would (a forged expiry or nonce, correctly signed).
import { generateKeyPairSync, type JsonWebKey } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import Provider from 'oidc-provider';

export interface TestPerson {
	/** The login name typed in the provider's form; also the subject (`sub`). */
	login: string;
	email: string;
	emailVerified?: boolean;
	name: string;
	/** e.g. fr-CA */
	locale?: string;
}

export interface TestClient {
	clientId: string;
	clientSecret: string;
	redirectUris: string[];
}

export interface TestOpenIdProvider {
	/** http://localhost:<port>: the issuer, for OIDC_ISSUER. */
	issuer: string;
	/** The provider's private signing key (RS256), as JWK. */
	signingKey: JsonWebKey & { kid: string };
	close(): Promise<void>;
}

export const TEST_PEOPLE: TestPerson[] = [
	// trainee03 is in the demo and the fixture cohort; the provider knows her in French.
	{ login: 'trainee03', email: 'trainee03@demo.test', emailVerified: true, name: 'Trainee Three (OPS)', locale: 'fr-CA' },
	{ login: 'trainee04', email: 'trainee04@demo.test', emailVerified: true, name: 'Trainee Four', locale: 'en-CA' },
	{ login: 'unverified', email: 'trainee05@demo.test', emailVerified: false, name: 'Not Verified' },
	{ login: 'stranger', email: 'stranger@ontario.ca', emailVerified: true, name: 'Sam Stranger', locale: 'en-CA' },
	{ login: 'newcomer', email: 'newcomer@ontario.ca', emailVerified: true, name: 'Nour Newcomer', locale: 'fr-CA' },
	{ login: 'admin', email: 'admin@demo.test', emailVerified: true, name: 'Alex Admin' },
	// Imported by a roster in the browser test.
	{ login: 'amelie', email: 'amelie.tremblay@ontario.ca', emailVerified: true, name: 'Amélie Tremblay', locale: 'fr-CA' }
];

export async function startOpenIdProvider(options: { port?: number; clients: TestClient[]; people?: TestPerson[] }): Promise<TestOpenIdProvider> {
	const people = new Map((options.people ?? TEST_PEOPLE).map((person) => [person.login, person]));
	const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
	const signingKey = { ...privateKey.export({ format: 'jwk' }), kid: 'test-key', alg: 'RS256', use: 'sig' };

	let provider: Provider | null = null;
	const server: Server = createServer((request, response) => {
		if (provider) provider.callback()(request, response);
		else response.writeHead(503).end();
	});
	await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve));
	const issuer = `http://localhost:${(server.address() as AddressInfo).port}`;

	provider = new Provider(issuer, {
		clients: options.clients.map((client) => ({
			client_id: client.clientId,
			client_secret: client.clientSecret,
			redirect_uris: client.redirectUris,
			post_logout_redirect_uris: [],
			grant_types: ['authorization_code'],
			response_types: ['code'],
			token_endpoint_auth_method: 'client_secret_post'
		})),
		jwks: { keys: [signingKey] },
		cookies: { keys: ['bootcamp-test-provider-only'] },
		pkce: { required: () => true },
		ttl: { Interaction: 600, Session: 3600, Grant: 3600, AccessToken: 600, IdToken: 600, AuthorizationCode: 60 },
		// The claims go in the ID token itself, as Microsoft Entra ID puts them.
		conformIdTokenClaims: false,
		claims: { openid: ['sub'], email: ['email', 'email_verified'], profile: ['name', 'locale'] },
		features: { devInteractions: { enabled: true }, rpInitiatedLogout: { enabled: true } },
		async findAccount(_context: unknown, login: string) {
			const person = people.get(login);
			if (!person) return undefined;
			return {
				accountId: login,
				claims: async () => ({
					sub: login,
					email: person.email,
					email_verified: person.emailVerified ?? false,
					name: person.name,
					...(person.locale ? { locale: person.locale } : {})
				})
			};
		},
		// Consent is granted once signed in (a workforce provider's admin consent), so the tests
		// see only the login form.
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the library's own context
		async loadExistingGrant(context: any) {
			const { oidc } = context;
			const grantId = oidc.result?.consent?.grantId || oidc.session.grantIdFor(oidc.client.clientId);
			if (grantId) return oidc.provider.Grant.find(grantId);
			const grant = new oidc.provider.Grant({ clientId: oidc.client.clientId, accountId: oidc.session.accountId });
			grant.addOIDCScope('openid profile email');
			await grant.save();
			return grant;
		}
	});

	return {
		issuer,
		signingKey,
		close: () =>
			new Promise<void>((resolve) => {
				server.closeAllConnections();
				server.close(() => resolve());
			})
	};
}

/**
 * Signs in at the provider as a browser would, without one: follows the authorization address to
 * the provider's login form, submits it, and returns the address the provider sends the person back
 * to (the callback, with its code and state), without following it.
 */
export async function signInAtProvider(authorizationUrl: URL | string, login: string): Promise<URL> {
	const cookies = new Map<string, string>();
	const request = async (url: URL, init: RequestInit = {}) => {
		const response = await fetch(url, {
			...init,
			redirect: 'manual',
			headers: { ...(init.headers as Record<string, string>), cookie: [...cookies].map(([name, value]) => `${name}=${value}`).join('; ') }
		});
		for (const header of response.headers.getSetCookie()) {
			const [pair] = header.split(';');
			const at = pair.indexOf('=');
			cookies.set(pair.slice(0, at), pair.slice(at + 1));
		}
		return response;
	};
	let url = new URL(authorizationUrl);
	const start = url.origin;
	for (let step = 0; step < 10; step++) {
		const response = await request(url);
		const location = response.headers.get('location');
		if (location) {
			const next = new URL(location, url);
			if (next.origin !== start) return next;
			url = next;
			continue;
		}
		const page = await response.text();
		if (!/name="login"/.test(page)) throw new Error(`the provider answered ${response.status} without its login form: ${page.slice(0, 300)}`);
		const form = new URLSearchParams({ prompt: 'login', login, password: 'any password' });
		const submitted = await request(url, { method: 'POST', body: form, headers: { 'content-type': 'application/x-www-form-urlencoded' } });
		const after = submitted.headers.get('location');
		if (!after) throw new Error(`the provider refused the login form (${submitted.status})`);
		url = new URL(after, url);
	}
	throw new Error('the provider never sent the person back');
}
