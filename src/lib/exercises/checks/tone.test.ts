import { describe, expect, it } from 'vitest';
import { partisan, profanity } from './tone';
import { check, english } from './testing';

describe('partisan wording', () => {
	it('flags party names, campaign wording and a leader’s name for the government', () => {
		expect(english(check(partisan, 'The Ford government is delivering for you. Vote for progress!'))[0]).toContain('“ford government”');
		expect(check(partisan, 'Thanks to the Ontario Liberals for their support')).toHaveLength(1);
		expect(check(partisan, 'Le gouvernement Ford agit. Votez pour le changement!', { lang: 'fr' })).toHaveLength(1);
		expect(check(partisan, 'Le NPD propose', { lang: 'fr' })).toHaveLength(1);
	});

	it('passes neutral government wording', () => {
		expect(check(partisan, 'The Ontario government is opening new flu clinics.')).toEqual([]);
		expect(check(partisan, 'Le gouvernement de l’Ontario ouvre de nouvelles cliniques.', { lang: 'fr' })).toEqual([]);
		expect(check(partisan, 'Ford Drive is closed for repairs.')).toEqual([]);
	});
});

describe('profanity', () => {
	it('flags English and French profanity, whatever the case and accents', () => {
		expect(check(profanity, 'This is BULLSHIT')).toHaveLength(1);
		expect(check(profanity, 'Quelle merde, tabarnak', { lang: 'fr' })[0]).toEqual({
			en: 'Remove the profanity (2 words).',
			fr: 'Retirez les jurons (2 mots).'
		});
		expect(check(profanity, 'Fine text', { alts: ['What the fuck'] })).toHaveLength(1);
	});

	it('does not flag words that merely contain one', () => {
		expect(check(profanity, 'Scunthorpe, cocktail, Dickens, assess, grassland')).toEqual([]);
		expect(check(profanity, 'Les merdeurs? Non: la mer déborde, le bordereau arrive.', { lang: 'fr' })).toEqual([]);
	});
});

describe('partisan slogans, self-praise and attacks', () => {
	it('flags slogans and self-praise whatever the punctuation, in both languages', () => {
		expect(check(partisan, 'Promise made, promise kept. Gas prices are down.')).toHaveLength(1);
		expect(check(partisan, 'Promesse faite, promesse tenue : la taxe baisse.', { lang: 'fr' })).toHaveLength(1);
		expect(check(partisan, 'Our government is delivering 500 new child care spaces.')).toHaveLength(1);
		expect(check(partisan, 'Unlike the previous government, we are fixing the roads.')).toHaveLength(1);
		expect(check(partisan, 'Notre gouvernement livre la marchandise.', { lang: 'fr' })).toHaveLength(1);
		expect(check(partisan, 'Unemployment fell in May. #ONpoli')).toHaveLength(1);
	});

	it('lets a contest vote pass, but not a vote for a party', () => {
		expect(check(partisan, 'Our photo contest finalists are in! Vote for your favourite photo by Friday.')).toEqual([]);
		expect(check(partisan, 'Votez pour votre photo préférée d’ici vendredi.', { lang: 'fr' })).toEqual([]);
		expect(check(partisan, 'Cast your vote for the new trail name.')).toEqual([]);
		expect(check(partisan, 'Photo contest results soon. Vote for the team that built the highway.')).toHaveLength(1);
	});

	it('does not flag a minister in their government role', () => {
		expect(check(partisan, 'Today the Minister of Health opened the new emergency department.')).toEqual([]);
	});
});
