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

describe('language match: names, fragments and bilingual posts', () => {
	it('does not take the name of a French event or an English program for a stray sentence', () => {
		expect(check(languageMatch, 'The Festival franco-ontarien returns to Ottawa this June. Bring the family for free concerts.')).toEqual([]);
		expect(check(languageMatch, 'Visit the Ontario booth at the Salon du livre de Toronto this weekend.')).toEqual([]);
		expect(check(languageMatch, 'Le programme Ontario Works offre une aide financière aux personnes qui en ont besoin.', { lang: 'fr' })).toEqual([]);
	});

	it('catches short English fragments in a French post, and French ones in an English post', () => {
		expect(english(check(languageMatch, 'Les cliniques ouvrent lundi dans toutes les régions. Learn more: ontario.ca/grippe', { lang: 'fr' }))[0]).toContain(
			'“Learn more:”'
		);
		expect(check(languageMatch, 'Une vague de chaleur arrive. Buvez de l’eau. Stay safe.', { lang: 'fr' })).toHaveLength(1);
		expect(check(languageMatch, 'Clinics open Monday across the province. Pour en savoir plus : ontario.ca/grippe')).toHaveLength(1);
	});

	const bilingual =
		'Le 25 septembre, c’est le Jour des Franco-Ontariens. Bonne fête à toutes les communautés francophones!\nSeptember 25 is Franco-Ontarian Day. We celebrate francophone communities across Ontario!';

	it('accepts a bilingual post whose two versions are complete and visible, as module 5 recommends', () => {
		expect(check(languageMatch, bilingual, { platform: 'facebook' })).toEqual([]);
		expect(check(languageMatch, bilingual, { lang: 'fr', platform: 'facebook' })).toEqual([]);
	});

	it('flags the second language hidden behind the fold, a one-line summary, and a bilingual text in the bilingual task or a reply', () => {
		const long = `${'We are hiring bilingual client service representatives in Sudbury, Ottawa and Toronto to serve people across Ontario in English and French every day. '.repeat(2)}\nNous recrutons des préposées et préposés bilingues au service à la clientèle à Sudbury, à Ottawa et à Toronto pour servir la population en français et en anglais. Nous recrutons des préposées et préposés bilingues au service à la clientèle à Sudbury.`;
		expect(english(check(languageMatch, long, { platform: 'linkedin' }))[0]).toMatch(/^The French version starts after character \d+, and LinkedIn folds/);
		expect(check(languageMatch, long, { platform: 'x' })).toEqual([]);
		expect(
			check(
				languageMatch,
				'Ontario is investing in new trail signs and bridges across the north. Municipalities can apply until June 27.\nEn français : une subvention pour les sentiers du Nord.'
			)
		).toHaveLength(1);
		expect(check(languageMatch, bilingual, { task: 'bilingual', platform: 'facebook' })).toHaveLength(1);
		expect(check(languageMatch, bilingual, { task: 'reply', platform: 'facebook' })).toHaveLength(1);
	});
});
