import { describe, expect, it } from 'vitest';
import { opensInPreferredLanguage } from './language';

const french = '/fr/invitation/abc';
const plain = { pageLocale: 'en' as const, remembered: undefined, cameFrom: null };

describe('opensInPreferredLanguage', () => {
	it('sends a French-preferring person from an address without a language to the French page', () => {
		expect(opensInPreferredLanguage(plain, 'fr', french)).toBe(true);
		expect(opensInPreferredLanguage({ ...plain, remembered: 'fr' }, 'fr', french)).toBe(true);
	});

	it('leaves English-preferring people, and French addresses, where they are', () => {
		expect(opensInPreferredLanguage(plain, 'en', french)).toBe(false);
		expect(opensInPreferredLanguage({ ...plain, pageLocale: 'fr' }, 'fr', french)).toBe(false);
	});

	it('respects a person who chose English: with the language switch, or from the French page itself', () => {
		expect(opensInPreferredLanguage({ ...plain, remembered: 'en' }, 'fr', french)).toBe(false);
		expect(opensInPreferredLanguage({ ...plain, cameFrom: french }, 'fr', french)).toBe(false);
	});
});
