import type { Cookies } from '@sveltejs/kit';

/** The token of a single sign-on in progress (its checks wait in sso_attempts under the token's hash). */
const SSO_COOKIE = 'bootcamp_sso';
// Only the sign-in's own addresses see it. Lax, because the provider sends the person back with a
// top-level GET from its own site.
const options = (secure: boolean) => ({ path: '/sign-in/oidc', httpOnly: true, sameSite: 'lax' as const, secure });

export function setSsoCookie(cookies: Cookies, token: string, expiresAt: number, secure: boolean): void {
	cookies.set(SSO_COOKIE, token, { ...options(secure), expires: new Date(expiresAt) });
}

/** Reads the token and forgets it: a sign-in is finished once, whatever its outcome. */
export function takeSsoCookie(cookies: Cookies, secure: boolean): string | undefined {
	const token = cookies.get(SSO_COOKIE);
	if (token !== undefined) cookies.delete(SSO_COOKIE, options(secure));
	return token;
}
