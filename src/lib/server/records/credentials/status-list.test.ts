import { gunzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { encodeStatusList, isSetInStatusList, STATUS_LIST_LENGTH } from './status-list';

describe('bitstring status list', () => {
	it('is 16 KiB of zero bits when nothing is revoked', () => {
		const encoded = encodeStatusList([]);
		expect(encoded.startsWith('u')).toBe(true);
		const bytes = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
		expect(bytes.length).toBe(STATUS_LIST_LENGTH / 8);
		expect(bytes.every((b) => b === 0)).toBe(true);
	});

	it('sets exactly the revoked positions, index 0 being the left-most bit', () => {
		const encoded = encodeStatusList([0, 9, 131_071]);
		const bytes = gunzipSync(Buffer.from(encoded.slice(1), 'base64url'));
		expect(bytes[0]).toBe(0b1000_0000);
		expect(bytes[1]).toBe(0b0100_0000);
		expect(bytes[bytes.length - 1]).toBe(0b0000_0001);
		for (const index of [0, 9, 131_071]) expect(isSetInStatusList(encoded, index)).toBe(true);
		for (const index of [1, 8, 10, 131_070]) expect(isSetInStatusList(encoded, index)).toBe(false);
	});

	it('refuses a position outside the list', () => {
		expect(() => encodeStatusList([STATUS_LIST_LENGTH])).toThrow(RangeError);
		expect(() => encodeStatusList([-1])).toThrow(RangeError);
	});
});
