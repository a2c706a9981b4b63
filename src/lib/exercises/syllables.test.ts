import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { syllable as library } from 'syllable';
import { problematic } from 'syllable/problematic.js';
import { describe, expect, it } from 'vitest';
import { COMMON_WORDS, syllable } from './syllables';

const require = createRequire(import.meta.url);
/** The words of a Hunspell dictionary, without their affix flags. */
const stems = (pkg: string) =>
	readFileSync(join(dirname(require.resolve(pkg)), 'index.dic'), 'utf8')
		.split('\n')
		.slice(1)
		.map((line) => line.split('/')[0].trim())
		.filter(Boolean);

/** Each word with the endings that pluralize's singular rules and syllable's own patterns read. */
const inflected = (words: string[]) =>
	words.flatMap((word) => {
		const w = word.toLowerCase();
		return [word, w, `${w}s`, `${w}es`, `${w.replace(/y$/, 'ies')}`, `${w}ed`, `${w}ing`, `${w.replace(/(?:us|um|on|a)$/, 'a')}`, `${w}ren`, `${w}ices`];
	});

describe('syllable, the copy that skips work', () => {
	it('counts exactly as the syllable library on every Canadian English dictionary word and its inflections', () => {
		const words = [...new Set(inflected([...stems('dictionary-en-ca'), ...Object.keys(problematic), 'people', 'peoples', 'children', 'teeth', 'mice']))];
		expect(words.length).toBeGreaterThan(300_000);
		const differ = words.filter((word) => syllable(word) !== library(word));
		expect(differ).toEqual([]);
	}, 120_000);

	it('counts exactly as the library on French words, accents, apostrophes and hyphens', () => {
		const words = [
			...stems('dictionary-fr').filter((_, i) => i % 4 === 0),
			"l'Ontario",
			'aujourd’hui',
			'Inscrivez-vous',
			'ServiceOntario',
			'Health811',
			'café',
			'CAFÉS',
			'naïve'
		];
		const differ = words.filter((word) => syllable(word) !== library(word));
		expect(differ).toEqual([]);
	}, 120_000);

	it('knows the frequent words in advance with the counts the library gives them', () => {
		const table = COMMON_WORDS.flatMap((words, i) => words.split(' ').map((word) => ({ word, count: i + 1 })));
		expect(table.length).toBeGreaterThan(500);
		expect(table.filter(({ word, count }) => library(word) !== count)).toEqual([]);
		expect(table.filter(({ word }) => !/^[a-z]{3,}$/.test(word))).toEqual([]);
		expect(syllable('community')).toBe(4);
	});

	it('finds the problematic words through their plurals, as the library does', () => {
		expect(syllable('recipes')).toBe(3);
		expect(syllable('coyotes')).toBe(3);
		expect(syllable('queues')).toBe(1);
		expect(syllable('shorelines')).toBe(2);
	});
});
