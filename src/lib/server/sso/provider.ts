// The configured OpenID Provider: its metadata (discovery) and keys, fetched once per process and
// kept, through openid-client (OpenID Certified) rather than hand-written token handling.
import * as client from 'openid-client';
import { signInConfig, siteOrigin, type SsoSettings } from '../config';
import { providerSignOutUrl, type SsoProvider } from './service';

/** Where the provider sends people back: register exactly this address with it. */
export const CALLBACK_PATH = '/sign-in/oidc/callback';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Discovers the provider. ID token signatures are checked against the provider's published keys
 * (enableNonRepudiationChecks) on top of TLS. Plain http is allowed only on this machine, for a
 * provider in the tests.
 */
export async function discoverProvider(settings: SsoSettings, options: { customFetch?: client.CustomFetch } = {}): Promise<client.Configuration> {
	const issuer = new URL(settings.issuer);
	const execute = [client.enableNonRepudiationChecks];
	if (issuer.protocol === 'http:' && loopbackHosts.has(issuer.hostname)) execute.push(client.allowInsecureRequests);
	const request: client.DiscoveryRequestOptions = { execute };
	if (options.customFetch) request[client.customFetch] = options.customFetch;
	const configuration = await client.discovery(issuer, settings.clientId, settings.clientSecret, undefined, request);
	if (options.customFetch) configuration[client.customFetch] = options.customFetch;
	return configuration;
}

let discovered: { key: string; configuration: Promise<client.Configuration> } | null = null;

/** The provider configured by OIDC_*, discovered on first use; a failed discovery is tried again next time. */
export async function configuredProvider(): Promise<SsoProvider | null> {
	const config = signInConfig();
	if (!config.sso) return null;
	const key = JSON.stringify(config.sso);
	if (discovered?.key !== key) {
		const configuration = discoverProvider(config.sso);
		discovered = { key, configuration };
		configuration.catch(() => {
			if (discovered?.configuration === configuration) discovered = null;
		});
	}
	return {
		configuration: await discovered.configuration,
		redirectUri: siteOrigin() + CALLBACK_PATH,
		justInTime: config.justInTime,
		breakGlassEmail: config.breakGlassEmail
	};
}

/** The button's name for the provider's account in this language; null when single sign-on is off. */
export function ssoLabel(locale: 'en' | 'fr'): string | null {
	const { sso } = signInConfig();
	if (!sso) return null;
	return sso.label?.[locale] ?? null;
}

export interface SignInChoices {
	/** The provider's button, first; null without single sign-on. */
	sso: { label: string } | null;
	/** Whether the password form shows: not with SIGN_IN=sso, except on the break-glass address. */
	passwordForm: boolean;
	/** SIGN_IN=sso and the break-glass address (`/sign-in?break-glass`). */
	breakGlass: boolean;
	/** After signing out someone who signed in with the provider: its own sign-out address, where it has one. */
	providerSignOut: string | null;
}

/** What the sign-in page offers. Only the provider's sign-out address may need its metadata (fetched once). */
export async function signInChoices(options: { label: string; breakGlass: boolean; signedOutOfSso: boolean }): Promise<SignInChoices> {
	const { methods } = signInConfig();
	const breakGlass = methods === 'sso' && options.breakGlass;
	let providerSignOut: string | null = null;
	if (methods !== 'password' && options.signedOutOfSso) {
		const provider = await configuredProvider().catch(() => null);
		providerSignOut = provider ? providerSignOutUrl(provider) : null;
	}
	return { sso: methods === 'password' ? null : { label: options.label }, passwordForm: methods !== 'sso' || breakGlass, breakGlass, providerSignOut };
}

/**
 * With SIGN_IN=sso, the provider's label (passwords are off but for the break-glass account, the
 * `email` given if it is that account's); null otherwise.
 */
export function passwordsOffFor(locale: 'en' | 'fr', defaultLabel: string, email?: string): string | null {
	const { methods, breakGlassEmail } = signInConfig();
	if (methods !== 'sso' || (email !== undefined && email.trim().toLowerCase() === breakGlassEmail)) return null;
	return ssoLabel(locale) ?? defaultLabel;
}
