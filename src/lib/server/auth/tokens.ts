import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';

/** A session or invitation token: 160 random bits, base32. Only its hash is stored. */
export function generateToken(): string {
	const bytes = new Uint8Array(20);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}

/** The stored form of a token: hex SHA-256, so a leaked database holds no usable token. */
export function hashToken(token: string): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

/** Tokens we issue are 32 base32 characters; anything else is rejected before a lookup. */
export function looksLikeToken(value: string): boolean {
	return /^[a-z2-7]{32}$/.test(value);
}
