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
