// Single sign-on with OpenID Connect: the authorization code flow with PKCE, state and nonce.
// Accounts come from rosters: a person is found by their identity (issuer + subject) once linked,
// and the first time by the verified email a roster recorded. The session is ours (auth/sessions).
import type { Kysely } from 'kysely';
import * as client from 'openid-client';
import type { Locale } from '$lib/paraglide/runtime';
import type { DB } from '../db/schema';
import { writeAudit } from '../audit/log';
import { createSession } from '../auth/sessions';
import { generateToken, hashToken, looksLikeToken } from '../auth/tokens';
import { insertUsers, newUserRow, updateProfile } from '../accounts/repository';
import { personClaims, type PersonClaims } from './claims';
import * as repo from './repository';

export interface SsoProvider {
	configuration: client.Configuration;
	/** `<ORIGIN>/sign-in/oidc/callback`, as registered with the provider. */
	redirectUri: string;
	/** Whether someone no roster knows gets an account (without any role). */
	justInTime: boolean;
	/** The break-glass administrator's email: never linked to a provider's identity. */
	breakGlassEmail: string | null;
}

/** A sign-in started must come back within this long. */
export const ATTEMPT_LIFETIME_MS = 10 * 60_000;
export const SCOPES = 'openid profile email';

/**
 * Starts a sign-in: the checks (state, nonce, PKCE verifier) wait in the database under the hash
 * of a token the browser keeps in a cookie; the person is sent to the provider's address.
 */
export async function beginSsoSignIn(db: Kysely<DB>, provider: SsoProvider, options: { next: string | null; locale: Locale }, now = Date.now()) {
	const token = generateToken();
	const codeVerifier = client.randomPKCECodeVerifier();
	const state = client.randomState();
	const nonce = client.randomNonce();
	await repo.deleteAttemptsExpiredBy(db, now);
	await repo.insertAttempt(db, {
		id: hashToken(token),
		state,
		nonce,
		code_verifier: codeVerifier,
		next: options.next,
		locale: options.locale,
		created_at: now,
		expires_at: now + ATTEMPT_LIFETIME_MS
	});
	const url = client.buildAuthorizationUrl(provider.configuration, {
		redirect_uri: provider.redirectUri,
		scope: SCOPES,
		code_challenge: await client.calculatePKCECodeChallenge(codeVerifier),
		code_challenge_method: 'S256',
		state,
		nonce,
		ui_locales: options.locale === 'fr' ? 'fr-CA fr en-CA' : 'en-CA en fr-CA'
	});
	return { token, url, expiresAt: now + ATTEMPT_LIFETIME_MS };
}

/** Why a sign-in did not happen: the page says what to do about each. */
export type SsoRefusal =
	/** The provider knows the person; no roster here does. */
	| 'unknown_person'
	/** The account exists but is disabled. */
	| 'disabled'
	/** The sign-in could not be trusted or finished (expired, replayed, tampered, cancelled): try again. */
	| 'failed';

export type SsoOutcome =
	| { ok: true; token: string; expiresAt: number; preferredLanguage: Locale; next: string | null }
	/** `locale`: the language the sign-in started in, when its attempt was found. */
	| { ok: false; reason: SsoRefusal; locale?: Locale };

/**
 * Finishes a sign-in from the provider's answer (`callbackUrl`, the address it sent the person
 * back to): the code is exchanged (with the PKCE verifier) and the ID token validated by
 * openid-client: signature from the provider's keys, issuer, audience, expiry, nonce; and state.
 */
export async function completeSsoSignIn(
	db: Kysely<DB>,
	provider: SsoProvider,
	cookieToken: string | undefined,
	callbackUrl: URL,
	now = Date.now()
): Promise<SsoOutcome> {
	const attempt = cookieToken && looksLikeToken(cookieToken) ? await repo.takeAttempt(db, hashToken(cookieToken)) : undefined;
	if (!attempt || attempt.expires_at <= now) {
		await refuse(db, 'no_attempt', {}, now);
		return { ok: false, reason: 'failed' };
	}
	// The provider's answer, read at the registered address whatever host the request came in on.
	const answer = new URL(provider.redirectUri);
	answer.search = callbackUrl.search;
	let claims: Record<string, unknown> | undefined;
	try {
		const tokens = await client.authorizationCodeGrant(provider.configuration, answer, {
			pkceCodeVerifier: attempt.code_verifier,
			expectedState: attempt.state,
			expectedNonce: attempt.nonce,
			idTokenExpected: true
		});
		claims = tokens.claims();
	} catch (cause) {
		await refuse(db, 'invalid_response', { error: errorCode(cause) }, now);
		return { ok: false, reason: 'failed', locale: attempt.locale };
	}
	if (!claims || typeof claims.iss !== 'string' || typeof claims.sub !== 'string') {
		await refuse(db, 'invalid_response', { error: 'no_subject' }, now);
		return { ok: false, reason: 'failed', locale: attempt.locale };
	}
	const outcome = await signInAs(db, provider, { issuer: claims.iss, subject: claims.sub, person: personClaims(claims) }, attempt.next, now);
	return outcome.ok ? outcome : { ...outcome, locale: attempt.locale };
}

interface Identity {
	issuer: string;
	subject: string;
	person: PersonClaims;
}

type Account = NonNullable<Awaited<ReturnType<typeof repo.userByEmail>>>;

async function signInAs(db: Kysely<DB>, provider: SsoProvider, identity: Identity, next: string | null, now: number): Promise<SsoOutcome> {
	const { issuer, subject, person } = identity;
	const audited = { issuer, subject, email: person.verifiedEmail };
	return db.transaction().execute(async (trx) => {
		let account: Account | undefined = await repo.userOfIdentity(trx, issuer, subject);
		let linked = false;
		if (!account) {
			account = await accountToLink(trx, provider, identity);
			if (!account && provider.justInTime && person.verifiedEmail) account = await createAccount(trx, identity, now);
			if (!account) {
				await refuse(trx, 'unknown_person', audited, now);
				return { ok: false, reason: 'unknown_person' } as const;
			}
			linked = true;
		}
		if (account.disabled_at !== null) {
			await refuse(trx, 'disabled', audited, now, account.id);
			return { ok: false, reason: 'disabled' } as const;
		}
		if (linked) {
			await repo.insertIdentity(trx, { issuer, subject, userId: account.id, now });
			await writeAudit(trx, { actorId: account.id, action: 'sso.linked', subjectUserId: account.id, details: audited }, now);
		} else {
			await repo.touchIdentity(trx, issuer, subject, now);
		}
		const changes = await refreshFromClaims(trx, account, person, now);
		await repo.markFirstSignIn(trx, account.id, now);
		await writeAudit(trx, { actorId: account.id, action: 'sso.signed_in', subjectUserId: account.id, details: { issuer, subject, ...changes } }, now);
		const token = generateToken();
		const session = await createSession(trx, token, account.id, now);
		return { ok: true, token, expiresAt: session.expiresAt, preferredLanguage: person.language ?? account.preferred_language, next } as const;
	});
}

/**
 * The account a first sign-in links to: the one with the provider's verified email, unless it is
 * the break-glass account (which stays password-only) or already linked to someone else at this
 * provider (an email can pass from one person to another; a subject does not).
 */
async function accountToLink(db: Kysely<DB>, provider: SsoProvider, { issuer, person }: Identity): Promise<Account | undefined> {
	if (!person.verifiedEmail || person.verifiedEmail === provider.breakGlassEmail) return undefined;
	const account = await repo.userByEmail(db, person.verifiedEmail);
	if (!account || (await repo.hasIdentityAt(db, account.id, issuer))) return undefined;
	return account;
}

/** Just-in-time: an account with the provider's name and language, and no role (a roster gives those). */
async function createAccount(db: Kysely<DB>, { person }: Identity, now: number): Promise<Account> {
	const email = person.verifiedEmail!;
	const row = newUserRow({ email, display_name: person.name ?? email.split('@')[0], preferred_language: person.language ?? 'en' }, now);
	await insertUsers(db, [row]);
	await writeAudit(db, { actorId: row.id, action: 'user.created', subjectUserId: row.id, details: { via: 'sso', email } }, now);
	return { id: row.id, email, display_name: row.display_name, preferred_language: row.preferred_language, is_admin: 0, disabled_at: null };
}

/** Name and language follow the provider; what changed goes into the audit entry. */
async function refreshFromClaims(db: Kysely<DB>, account: Account, person: PersonClaims, now: number) {
	const changes: { display_name?: string; preferred_language?: Locale } = {};
	if (person.name && person.name !== account.display_name) changes.display_name = person.name;
	if (person.language && person.language !== account.preferred_language) changes.preferred_language = person.language;
	if (Object.keys(changes).length === 0) return {};
	await updateProfile(db, account.id, changes, now);
	return { changed: changes, before: { display_name: account.display_name, preferred_language: account.preferred_language } };
}

async function refuse(db: Kysely<DB>, reason: string, details: Record<string, unknown>, now: number, userId: string | null = null): Promise<void> {
	await writeAudit(db, { actorId: null, action: 'sso.refused', subjectUserId: userId, details: { reason, ...details } }, now);
}

/** openid-client's error code (e.g. OAUTH_JWT_CLAIM_COMPARISON_FAILED), or the provider's `error`. */
function errorCode(cause: unknown): string {
	if (cause && typeof cause === 'object') {
		const { code, error } = cause as { code?: unknown; error?: unknown };
		if (typeof error === 'string') return error.slice(0, 100);
		if (typeof code === 'string') return code.slice(0, 100);
	}
	return 'unknown';
}

/** The provider's sign-out address, for someone who signed in with it; null where it offers none. */
export function providerSignOutUrl(provider: SsoProvider): string | null {
	if (!provider.configuration.serverMetadata().end_session_endpoint) return null;
	return client.buildEndSessionUrl(provider.configuration, { client_id: provider.configuration.clientMetadata().client_id }).href;
}

export const signedInWithSso = (db: Kysely<DB>, userId: string): Promise<boolean> => repo.hasAnyIdentity(db, userId);
