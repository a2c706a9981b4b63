import { describe, expect, it } from 'vitest';
import { sentenceLanguages, sentencesNotIn } from './language';

describe('sentenceLanguages', () => {
	it('tells English from French sentence by sentence', () => {
		const langs = sentenceLanguages('Flu clinics open Monday across the province. Les cliniques de vaccination ouvrent lundi dans toute la province.');
		expect(langs.map((s) => s.lang)).toEqual(['en', 'fr']);
	});

	it('leaves very short sentences undecided', () => {
		expect(sentenceLanguages('Merci! Thanks!').every((s) => s.lang === 'und')).toBe(true);
	});

	it('does not take a short English sentence with no function word for French', () => {
		expect(sentenceLanguages('Winter tires save lives.').map((s) => s.lang)).toEqual(['und']);
	});

	it('settles short sentences by their function words', () => {
		expect(sentenceLanguages('Le camping reste ouvert. Yes, it is closed. Merci de votre patience. Bring your health card.').map((s) => s.lang)).toEqual([
			'fr',
			'en',
			'fr',
			'en'
		]);
	});

	it('ignores links and hashtags', () => {
		expect(sentenceLanguages('Prenez rendez-vous dès aujourd’hui sur le site ontario.ca/grippe #SantéOntario').map((s) => s.lang)).toEqual(['fr']);
	});
});

describe('sentencesNotIn', () => {
	it('finds an English sentence in a French post', () => {
		expect(sentencesNotIn('fr', 'Les cliniques ouvrent lundi dans toute la province. Book your appointment online before Friday.')).toEqual([
			'Book your appointment online before Friday.'
		]);
	});

	it('finds nothing wrong in a French post that is French', () => {
		expect(sentencesNotIn('fr', 'Les cliniques ouvrent lundi dans toute la province. Réservez votre rendez-vous en ligne avant vendredi.')).toEqual([]);
	});

	it('finds a French sentence in an English post', () => {
		expect(sentencesNotIn('en', 'Clinics open on Monday in every region. Réservez votre rendez-vous en ligne avant vendredi.')).toHaveLength(1);
	});
});
