import { describe, expect, it } from 'vitest';
import { generateToken, hashToken, looksLikeToken } from './tokens';

describe('session tokens', () => {
	it('are 32 base32 characters and differ each time', () => {
		const tokens = new Set(Array.from({ length: 1000 }, generateToken));
		expect(tokens.size).toBe(1000);
		for (const token of tokens) expect(looksLikeToken(token)).toBe(true);
	});

	it('are stored as their SHA-256, never as themselves', () => {
		const token = generateToken();
		const stored = hashToken(token);
		expect(stored).toMatch(/^[0-9a-f]{64}$/);
		expect(stored).not.toContain(token);
		expect(hashToken(token)).toBe(stored);
	});

	it('hash to the known SHA-256 value', () => {
		expect(hashToken('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
	});

	it('rejects values that cannot be tokens', () => {
		expect(looksLikeToken('')).toBe(false);
		expect(looksLikeToken('A'.repeat(32))).toBe(false);
		expect(looksLikeToken('a'.repeat(31))).toBe(false);
		expect(looksLikeToken("' or 1=1 --aaaaaaaaaaaaaaaaaaaaa")).toBe(false);
	});
});
