import { describe, expect, it } from 'vitest';
import { segment } from './segment';
import { wordList } from './word-list';

const split = (body: string, lang: 'en' | 'fr' = 'en') => segment(body, wordList(lang), lang)?.map((piece) => piece.text) ?? null;

describe('splitting a hashtag into dictionary words', () => {
	it('finds the fewest words in English', () => {
		expect(split('fireban')).toEqual(['fire', 'ban']);
		expect(split('ontariojobs')).toEqual(['ontario', 'jobs']);
		expect(split('getaflushot')).toEqual(['get', 'a', 'flu', 'shot']);
		expect(split('vaccination')).toEqual(['vaccination']);
	});

	it('prefers longer words at a tie: wear a mask, not we ara mask', () => {
		expect(split('wearamask')).toEqual(['wear', 'a', 'mask']);
	});

	it('takes French elisions, and keeps the letters as typed', () => {
		expect(split('emploisdete', 'fr')).toEqual(['emplois', 'd', 'ete']);
		expect(split('emploisdété', 'fr')).toEqual(['emplois', 'd', 'été']);
		expect(split('lechoixdelontario', 'fr')).toEqual(['le', 'choix', 'de', 'l', 'ontario']);
		expect(split('saisondelagrippe', 'fr')).toEqual(['saison', 'de', 'la', 'grippe']);
		expect(split('emploisdete', 'en')).toBeNull();
	});

	it('makes numbers pieces of their own', () => {
		expect(segment('covid19vaccine', wordList('en'), 'en')).toEqual([
			{ text: 'covid', number: false },
			{ text: '19', number: true },
			{ text: 'vaccine', number: false }
		]);
	});

	it('does not cut an unknown name into abbreviations and letters', () => {
		expect(split('kawartha')).toBeNull();
		expect(split('naloxone')).toBeNull();
		expect(split('xyzzy')).toBeNull();
	});

	it('takes time in proportion to the tag’s length', () => {
		const time = (body: string) => {
			const start = performance.now();
			segment(body, wordList('fr'), 'fr');
			return performance.now() - start;
		};
		time('on'.repeat(500));
		const short = Math.max(time('onta'.repeat(250)), 0.05);
		const long = time('onta'.repeat(2500));
		if (long > 5) expect(long / short).toBeLessThan(40);
		expect(split('ontario'.repeat(300))).toHaveLength(300);
	});
});
