import { describe, expect, it } from 'vitest';
import { frenchCounterpart, languageMatch } from './french';
import { check, english, french } from './testing';
import type { PostInput } from '../types';

const en = 'Flu clinics open Monday in every region of the province. Book your appointment at ontario.ca/flu.';
const fr = 'Les cliniques de vaccination ouvrent lundi dans toutes les régions. Prenez rendez-vous à ontario.ca/grippe.';

describe('language match', () => {
	it('flags a “French” post written in English', () => {
		const messages = check(languageMatch, en, { lang: 'fr' });
		expect(french(messages)[0]).toMatch(/^Ce texte en français contient \d phrases? en anglais/);
		expect(english(messages)[0]).toMatch(/^This French text has \d sentences? in English/);
	});

	it('flags French alt text on an English post', () => {
		expect(check(languageMatch, en, { alts: ['Une infirmière vaccine un homme âgé dans une pharmacie.'] })).toHaveLength(1);
	});

	it('passes each language written in itself', () => {
		expect(check(languageMatch, en)).toEqual([]);
		expect(check(languageMatch, fr, { lang: 'fr' })).toEqual([]);
	});
});

describe('French counterpart', () => {
	const pair = (english: string, french: string): PostInput[] => [
		{ text: english, lang: 'en', alts: [] },
		{ text: french, lang: 'fr', alts: [] }
	];
	const run = (posts: PostInput[]) => check(frenchCounterpart, posts[1].text, { lang: 'fr', task: 'bilingual', posts, index: 1 });

	it('flags a missing French version', () => {
		expect(english(run(pair(en, ' ')))).toEqual(['Write the French version: both are published together.']);
	});

	it('flags a copy of the English', () => {
		expect(french(run(pair(en, en)))).toEqual(['La version française est une copie de la version anglaise.']);
	});

	it('flags a French version much shorter than the English', () => {
		expect(run(pair(en, 'Cliniques ouvertes lundi.'))).toHaveLength(1);
	});

	it('passes an equivalent French version, and applies only to bilingual tasks', () => {
		expect(run(pair(en, fr))).toEqual([]);
		expect(check(frenchCounterpart, fr, { lang: 'fr', task: 'compose' })).toBe('not applicable');
	});
});
