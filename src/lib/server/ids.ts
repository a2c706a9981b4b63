import { encodeBase32LowerCaseNoPadding } from '@oslojs/encoding';

/** A random, unguessable id: 120 bits in 24 base32 characters. */
export function newId(): string {
	const bytes = new Uint8Array(15);
	crypto.getRandomValues(bytes);
	return encodeBase32LowerCaseNoPadding(bytes);
}
