import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseForm } from './forms';

const schema = z.object({ email: z.string().min(1, 'Enter your email'), password: z.string().min(10, 'Too short') });

describe('parseForm', () => {
	it('returns the typed data when valid', () => {
		const form = new FormData();
		form.set('email', 'a@b.ca');
		form.set('password', 'long enough!');
		expect(parseForm(schema, form)).toEqual({ ok: true, data: { email: 'a@b.ca', password: 'long enough!' } });
	});

	it('gives one message per field and never echoes the password', () => {
		const form = new FormData();
		form.set('email', '');
		form.set('password', 'short');
		const result = parseForm(schema, form);
		expect(result).toEqual({ ok: false, errors: { email: 'Enter your email', password: 'Too short' }, values: { email: '' } });
	});
});
