import { describe, expect, it } from 'vitest';
import en from '../../messages/en.json';
import fr from '../../messages/fr.json';

type Messages = Record<string, string>;
const messagesOf = (file: Messages) => Object.fromEntries(Object.entries(file).filter(([key]) => key !== '$schema'));
const english: Messages = messagesOf(en);
const french: Messages = messagesOf(fr);
const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort();

describe('messages', () => {
	it('French and English have exactly the same keys', () => {
		expect(Object.keys(french).sort()).toEqual(Object.keys(english).sort());
	});

	it('no message is empty', () => {
		for (const [locale, messages] of [
			['en', english],
			['fr', french]
		] as const) {
			for (const [key, text] of Object.entries(messages)) {
				expect(typeof text === 'string' && text.trim().length > 0, `${locale}.${key}`).toBe(true);
			}
		}
	});

	it('each French message fills in the same values as its English one', () => {
		for (const key of Object.keys(english)) {
			expect(placeholders(french[key] ?? ''), key).toEqual(placeholders(english[key]));
		}
	});

	it('almost every message is actually translated', () => {
		const keys = Object.keys(english);
		const untranslated = keys.filter((key) => french[key] === english[key]);
		expect(untranslated.length / keys.length, `same in both: ${untranslated.join(', ')}`).toBeLessThanOrEqual(0.1);
	});
});
