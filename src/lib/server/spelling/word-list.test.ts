import { describe, expect, it } from 'vitest';
import { keyOf } from './keys';
import { serialize } from './prepare';
import { WordList, wordList } from './word-list';

describe('a prepared word list', () => {
	const list = new WordList(serialize(['école', 'Ontario', 'colour', 'élève', 'élevé', 'cœur', "aujourd'hui", 'col']));

	it('finds every spelling filed under a word’s key, whatever its accents and capitals', () => {
		expect(list.forms('ecole')).toEqual(['école']);
		expect(list.forms('ÉCOLE')).toEqual(['école']);
		expect(list.forms('ontario')).toEqual(['Ontario']);
		expect(list.forms('eleve')?.sort()).toEqual(['élevé', 'élève']);
		expect(list.forms('coeur')).toEqual(['cœur']);
		expect(list.forms("aujourd'hui")).toEqual(["aujourd'hui"]);
		expect(list.forms('color')).toBeNull();
		expect(list.forms('zzz')).toBeNull();
		expect(list.forms('')).toBeNull();
	});

	it('narrows to the keys that start with a prefix, as hashtag splitting walks them', () => {
		const lo = list.lowerBound('co');
		expect(list.startsWith(lo, 'co')).toBe(true);
		expect(list.isKey(lo, 'co')).toBe(false);
		const col = list.lowerBound('col', lo);
		expect(list.isKey(col, 'col')).toBe(true);
		expect(list.startsWith(list.lowerBound('cz'), 'cz')).toBe(false);
	});

	it('files keys without accents, ligatures or curly apostrophes', () => {
		expect(keyOf('Œuvre')).toBe('oeuvre');
		expect(keyOf('Aujourd’hui')).toBe("aujourd'hui");
		expect(keyOf('été')).toBe('ete');
	});
});

describe('the Hunspell dictionaries, prepared', () => {
	it('hold Canadian English: colour, centre, cheque, not the US color and center', () => {
		const en = wordList('en');
		for (const word of ['colour', 'centre', 'cheque', 'licence', 'organize', 'travelled']) expect(en.forms(word), word).toContain(word);
		expect(en.forms('color')).toBeNull();
		expect(en.forms('center')).toBeNull();
		expect(en.size).toBeGreaterThan(100_000);
	});

	it('hold French with its accents and Canadian words, without the elided forms', () => {
		const fr = wordList('fr');
		for (const word of ['été', 'courriel', 'magasiner', 'infolettre', 'aînés', "aujourd'hui"]) expect(fr.forms(word), word).toContain(word);
		expect(fr.forms("l'école")).toBeNull();
		expect(fr.size).toBeGreaterThan(400_000);
	});
});
