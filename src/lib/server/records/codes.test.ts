import { describe, expect, it } from 'vitest';
import { CODE_ALPHABET, newRecordCode, normaliseRecordCode } from './codes';

describe('record codes', () => {
	it('look like BC-7K3M-Q9XD and use no look-alike characters', () => {
		for (let i = 0; i < 200; i++) {
			const code = newRecordCode();
			expect(code).toMatch(/^BC-[2-9A-HJKMNP-TW-Z]{4}-[2-9A-HJKMNP-TW-Z]{4}$/);
			expect(code.slice(3)).not.toMatch(/[01OILUV]/);
		}
	});

	it('draw every symbol of the alphabet', () => {
		const seen = new Set<string>();
		for (let i = 0; i < 500; i++) for (const c of newRecordCode().slice(3).replace('-', '')) seen.add(c);
		expect(seen.size).toBe(CODE_ALPHABET.length);
	});

	it('accept what a person types: any case, spaces, missing dashes or prefix', () => {
		for (const typed of ['BC-7K3M-Q9XD', 'bc-7k3m-q9xd', ' bc 7k3m q9xd ', '7K3MQ9XD', 'BC7K3MQ9XD', '7k3m–q9xd']) {
			expect(normaliseRecordCode(typed), typed).toBe('BC-7K3M-Q9XD');
		}
	});

	it('refuse anything that cannot be a code', () => {
		for (const typed of ['', 'BC-7K3M', 'BC-7K3M-Q9XD-AAAA', 'BC-0K3M-Q9XD', 'BC-IK3M-Q9XD', '<script>', 'BC-7K3M-Q9X!']) {
			expect(normaliseRecordCode(typed), typed).toBeNull();
		}
	});
});
