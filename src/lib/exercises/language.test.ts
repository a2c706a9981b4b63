import { francAll } from 'franc-min';
import { describe, expect, it } from 'vitest';
import { loadCourseCorpus } from '../../../tests/checks/course-examples';
import { loadWrittenCorpus } from '../../../tests/checks/corpus';
import { englishOrFrench, sentenceLanguages, sentencesNotIn, wordsWithoutNames } from './language';
import { sentencesIn } from './text';

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

describe('englishOrFrench, franc restricted to English and French without its script scan', () => {
	it('gives franc’s exact verdict and scores on every sentence of the corpus and the course, whole and without names', () => {
		const items = [...loadWrittenCorpus(), ...loadCourseCorpus().items];
		const texts = items.flatMap((item) => [item.text, item.french ?? '', ...item.more, ...item.alts, ...item.frenchAlts]);
		const samples = [...new Set(texts.flatMap((text) => sentencesIn(text).flatMap((sentence) => [sentence, wordsWithoutNames(sentence).join(' ')])))];
		expect(samples.length).toBeGreaterThan(3000);
		const differ = samples.filter(
			(sample) => JSON.stringify(englishOrFrench(sample)) !== JSON.stringify(francAll(sample, { only: ['eng', 'fra'], minLength: 10 }))
		);
		expect(differ).toEqual([]);
	}, 60_000);

	it('agrees with franc on short, other-script, mixed, symbol-laden and very long text', () => {
		const samples = [
			'',
			'Merci bien',
			'Thank you!',
			'ᐊᐃᓐᖓᐃ ᑕᑯᓐᓇᕋᓱᒃᑕᕗᑦ Ontario',
			'Привет мир hello world',
			'Здравствуйте друзья мои',
			'多伦多 安大略省 Ontario health',
			"l'Ontario aujourd’hui Inscrivez-vous",
			'a b c d e f g h',
			'1234567890 !!! ??? $$$',
			'Ça été ÉTÉ Œuvre œuvre naïve',
			'the the the the the the the the',
			'word '.repeat(600),
			'mot français '.repeat(300),
			// Counted as numbers or as strings: spaces of every kind, a lower case longer than its capital,
			// Greek capital sigma (its lower case depends on its place), the apostrophe franc's model holds.
			'Rendez\u00a0vous\u2009aux   cliniques\t\nde l’Ontario',
			'İstanbul İzmir and the Ministry of Health',
			'ΣΟΦΟΣ and the Ontario public service today',
			'Ÿ ÿ Ā ā ſ ǅ ǆ and the English words here',
			'  leading and trailing spaces in a sentence   ',
			'aujourd’hui l’école qu’il d’abord s’il n’est'
		];
		for (const sample of samples) expect(englishOrFrench(sample), sample).toEqual(francAll(sample, { only: ['eng', 'fra'], minLength: 10 }));
	});
});
