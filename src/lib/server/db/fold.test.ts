import { describe, expect, it } from 'vitest';
import { collate, containsPattern, fold } from './fold';

describe('fold', () => {
	it('drops accents and case', () => {
		expect(fold('Émilie')).toBe('emilie');
		expect(fold('EMILIE')).toBe('emilie');
		expect(fold('François Côté-Lévesque')).toBe('francois cote-levesque');
		expect(fold('é')).toBe(fold('e'));
	});

	it('folds the decomposed and composed forms alike', () => {
		expect(fold('E\u0301milie')).toBe(fold('\u00c9milie'));
	});

	it('keeps letters that are not accented forms', () => {
		expect(fold('Œuvre straße')).toBe('œuvre straße');
	});
});

describe('containsPattern', () => {
	it('escapes the LIKE wildcards and the escape character itself', () => {
		expect(containsPattern('a_b%c\\d')).toBe('%a\\_b\\%c\\\\d%');
	});

	it('folds what is searched', () => {
		expect(containsPattern('  Émi ')).toBe('%  emi %');
	});
});

describe('collate', () => {
	const names = ['Jasmine', 'Zoé', 'Émilie', 'emma', 'Éric'];

	it('sorts in French collation with accented capitals where their letter belongs', () => {
		expect(collate(names, (n) => n, 'fr')).toEqual(['Émilie', 'emma', 'Éric', 'Jasmine', 'Zoé']);
	});

	it('sorts in English collation too', () => {
		expect(collate(names, (n) => n, 'en')).toEqual(['Émilie', 'emma', 'Éric', 'Jasmine', 'Zoé']);
	});
});
