import { describe, expect, it } from 'vitest';
import { misspellings, suggest } from './spell';
import { wordList } from './word-list';

const en = { own: wordList('en'), other: wordList('fr'), lang: 'en' as const, allowed: () => false };
const fr = { own: wordList('fr'), other: wordList('en'), lang: 'fr' as const, allowed: () => false };
const words = (found: { word: string }[]) => found.map((m) => m.word);

describe('spelling in Canadian English', () => {
	it('finds misspelled words and suggests the word meant', () => {
		expect(misspellings('You will recieve your new card by mail.', en)).toEqual([{ word: 'recieve', suggestions: ['receive', 'relieve'] }]);
		expect(misspellings('The goverment has a plan.', en)[0]).toEqual({ word: 'goverment', suggestions: ['government'] });
	});

	it('gives the Canadian spelling of a US one, even where French has the word (center)', () => {
		expect(misspellings('The color of the center is gray.', en)).toEqual([
			{ word: 'color', suggestions: ['colour'], canadian: 'colour' },
			{ word: 'center', suggestions: ['centre'], canadian: 'centre' },
			{ word: 'gray', suggestions: ['grey'], canadian: 'grey' }
		]);
		expect(misspellings('If you traveled, your favorite defense is here.', en).map((m) => m.canadian)).toEqual(['travelled', 'favourite', 'defence']);
	});

	it('passes Canadian spellings, contractions, possessives, compounds, acronyms and words with digits', () => {
		const text = 'Cash your cheque at the centre. Don’t wait: Ontario’s colour-coded map shows OHIP, COVID-19 and 24/7 clinics for parents’ well-being.';
		expect(misspellings(text, en)).toEqual([]);
	});

	it('leaves names alone: inside a sentence, before another capitalised word, or with no word one letter away', () => {
		expect(misspellings('Leaders from Wiikwemkoong met in Thunder Bay.', en)).toEqual([]);
		expect(misspellings('Kawartha Lakes opens a centre.', en)).toEqual([]);
		expect(misspellings('Wiikwemkoong opens a centre.', en)).toEqual([]);
		expect(misspellings('Watch on YouTube or iPhone.', en)).toEqual([]);
		expect(words(misspellings('Remeber your card.', en))).toEqual(['Remeber']);
	});

	it('leaves the allowed names and terms alone', () => {
		expect(words(misspellings('Tarion protects buyers of new homes.', en))).toEqual(['Tarion']);
		expect(misspellings('Tarion protects buyers of new homes.', { ...en, allowed: (key) => key === 'tarion' })).toEqual([]);
	});

	it('passes words of the other language, as in a bilingual post', () => {
		expect(misspellings('Happy Franco-Ontarian Day! Bonne journée à toutes et à tous!', en)).toEqual([]);
	});

	it('leaves alone the words nothing known is near: new words and names, not typos', () => {
		expect(misspellings('Hairstyling and wildland firefighting are careers too, said Ngũgĩ wa Thiong’o.', en)).toEqual([]);
		expect(misspellings('First responders carry naloxone.', en)).toEqual([]);
	});

	it('looks into the first few unknown words only, as each costs hundreds of look-ups', () => {
		expect(words(misspellings('recieve goverment definately neccessary accomodation', { ...en, suggestFor: 2 }))).toEqual(['recieve', 'goverment']);
	});
});

describe('spelling in French', () => {
	it('finds missing accents and misspelled words, with the accented word as the suggestion', () => {
		expect(misspellings('Les eleves du programe.', fr)).toEqual([
			{ word: 'eleves', suggestions: ['élèves', 'élevés'] },
			{ word: 'programe', suggestions: ['programme', 'programmé', 'prograde'] }
		]);
		expect(misspellings('Ecoles fermées.', fr)).toEqual([{ word: 'Ecoles', suggestions: ['Écoles'] }]);
	});

	it('checks the word after an elision, and keeps the apostrophe as typed', () => {
		expect(misspellings('L’ecole est fermée.', fr)).toEqual([{ word: 'L’ecole', suggestions: ['L’école'] }]);
		expect(misspellings('Aujourd’hui, l’école est fermée. Qu’il pleuve ou non, jusqu’à demain!', fr)).toEqual([]);
	});

	it('passes Canadian French words, compounds and oe for œ', () => {
		expect(misspellings('Magasinez local cette fin de semaine : courriel, infolettre, dépanneur, rendez-vous, soeurs et cœurs.', fr)).toEqual([]);
		expect(misspellings('Textez-nous ou prenez un égoportrait.', fr)).toEqual([]);
	});

	it('flags an English word that is not French', () => {
		expect(words(misspellings('Le gouvernment annonce un programme.', fr))).toEqual(['gouvernment']);
	});
});

describe('suggestions', () => {
	it('come from the same letters with accents or capitals first, then one edit away', () => {
		expect(suggest('ontario', wordList('en'))).toEqual(['Ontario']);
		expect(suggest('benfits', wordList('en'))[0]).toBe('benefits');
		expect(suggest('zzqxv', wordList('en'))).toEqual([]);
	});
});
