// What a provider's ID token may tell us about a person, read once here (pure: no database).
import type { Locale } from '$lib/paraglide/runtime';
import type { SignInMethods } from '../config';

export interface PersonClaims {
	/** The email, only when the provider vouches for it; null otherwise. */
	verifiedEmail: string | null;
	/** A name to show, or null when the token carries none worth showing. */
	name: string | null;
	/** The person's language at the provider, when it is one of ours. */
	language: Locale | null;
}

const MAX_NAME_LENGTH = 200;
// eslint-disable-next-line no-control-regex -- refusing control characters is the point
const controlCharacters = /[\u0000-\u001f\u007f-\u009f]/g;

const truthy = (value: unknown) => value === true || value === 'true' || value === 1 || value === '1';
const text = (value: unknown) => (typeof value === 'string' ? value.replace(controlCharacters, ' ').replace(/\s+/g, ' ').trim() : '');

/**
 * Standard providers say `email_verified: true`. Microsoft Entra ID sends no `email_verified`; its
 * optional claim `xms_edov` says the email's domain is verified by the tenant, the only case in which
 * an Entra email may find an account (an unverified email there can be set by anyone with a tenant).
 */
function verifiedEmail(claims: Record<string, unknown>): string | null {
	const email = text(claims.email).toLowerCase();
	if (!email || email.length > 254 || !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email)) return null;
	return truthy(claims.email_verified) || truthy(claims.xms_edov) ? email : null;
}

function name(claims: Record<string, unknown>): string | null {
	const full = text(claims.name) || [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
	return full && full.length <= MAX_NAME_LENGTH ? full : null;
}

/** `locale` (OpenID Connect) or Entra's `xms_pl` (the user's preferred language): fr-CA → fr. */
function language(claims: Record<string, unknown>): Locale | null {
	for (const value of [claims.locale, claims.xms_pl]) {
		const tag = text(value).toLowerCase();
		if (/^fr(\b|[-_])/.test(tag)) return 'fr';
		if (/^en(\b|[-_])/.test(tag)) return 'en';
	}
	return null;
}

/** Roles never come from here: they are the rosters' and administrators' to give. */
export function personClaims(claims: Record<string, unknown>): PersonClaims {
	return { verifiedEmail: verifiedEmail(claims), name: name(claims), language: language(claims) };
}

/**
 * Whether a password may be used (to sign in, or to ask for a reset) for this email. With
 * SIGN_IN=sso only the break-glass account keeps it, and only while it is an administrator's.
 */
export function passwordAllowed(methods: SignInMethods, breakGlassEmail: string | null, email: string, isAdmin: boolean): boolean {
	if (methods !== 'sso') return true;
	return breakGlassEmail !== null && email.trim().toLowerCase() === breakGlassEmail && isAdmin;
}
