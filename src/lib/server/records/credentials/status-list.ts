import { gunzipSync, gzipSync } from 'node:zlib';

/** The smallest list the Bitstring Status List spec allows (16 KiB), so one index reveals little. */
export const STATUS_LIST_LENGTH = 131_072;

/**
 * A Bitstring Status List's `encodedList`: bit i set when the credential at index i is revoked,
 * index 0 being the left-most bit of the first byte; gzipped, base64url, multibase prefix "u".
 */
export function encodeStatusList(setIndexes: number[], length = STATUS_LIST_LENGTH): string {
	const bytes = new Uint8Array(length / 8);
	for (const index of setIndexes) {
		if (!Number.isInteger(index) || index < 0 || index >= length) throw new RangeError(`status list index ${index} is outside 0–${length - 1}`);
		bytes[index >> 3] |= 0x80 >> (index & 7);
	}
	return 'u' + gzipSync(bytes).toString('base64url');
}

export function isSetInStatusList(encodedList: string, index: number): boolean {
	if (!encodedList.startsWith('u')) throw new Error('an encodedList starts with the multibase prefix "u"');
	const bytes = gunzipSync(Buffer.from(encodedList.slice(1), 'base64url'));
	return (bytes[index >> 3] & (0x80 >> (index & 7))) !== 0;
}
