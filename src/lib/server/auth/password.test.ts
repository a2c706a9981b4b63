import { describe, expect, it } from 'vitest';
import { hashPassword, verifyPassword } from './password';

describe('passwords', () => {
	it('are stored as argon2id hashes that accept only the same password', async () => {
		const stored = await hashPassword('correct horse battery');
		expect(stored).toMatch(/^\$argon2id\$/);
		expect(stored).not.toContain('correct horse battery');
		expect(await verifyPassword(stored, 'correct horse battery')).toBe(true);
		expect(await verifyPassword(stored, 'Correct horse battery')).toBe(false);
		expect(await verifyPassword(stored, '')).toBe(false);
	});

	it('hash the same password differently each time', async () => {
		expect(await hashPassword('same password')).not.toBe(await hashPassword('same password'));
	});

	it('refuse, rather than fail, when there is no usable stored hash', async () => {
		expect(await verifyPassword(null, 'decoy password that matches nothing')).toBe(false);
		expect(await verifyPassword(null, '')).toBe(false);
		expect(await verifyPassword('not a hash', 'anything')).toBe(false);
	});
});
