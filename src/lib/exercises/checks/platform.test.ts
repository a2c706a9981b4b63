import { describe, expect, it } from 'vitest';
import { hashtagCount, length, platformLimits } from './platform';
import { check, english, french } from './testing';

describe('length', () => {
	it('passes a post within the limit, in English and French', () => {
		expect(check(length, 'Flu shots are free at pharmacies. Book at ontario.ca/flu')).toEqual([]);
		expect(check(length, 'Le vaccin contre la grippe est gratuit en pharmacie.', { lang: 'fr' })).toEqual([]);
	});

	it('flags a post over X’s weighted limit and says by how much', () => {
		expect(english(check(length, 'a'.repeat(290)))).toEqual(['X counts 290 of 280 weighted characters (links count 23, most emoji 2): remove 10.']);
		expect(french(check(length, 'é'.repeat(290), { lang: 'fr' }))[0]).toContain('retirez-en 10');
	});

	it('flags a post X calls invalid for an invisible character, naming it, in English and French', () => {
		const text = 'Flu shots are free\uFEFF at pharmacies.';
		expect(english(check(length, text))).toEqual([
			'X refuses any post containing U+FEFF, an invisible character (often pasted from a word processor): remove it.'
		]);
		expect(french(check(length, text, { lang: 'fr' }))).toEqual([
			'X refuse toute publication qui contient U+FEFF, un caractère invisible (souvent collé d’un traitement de texte)\u00a0: retirez-le.'
		]);
		expect(english(check(length, 'a\uFFFE b\uFFFF'))[0]).toContain('U+FFFE, U+FFFF');
		expect(check(length, text, { platform: 'linkedin' })).toEqual([]);
	});

	it('flags an empty post', () => {
		expect(english(check(length, '   '))).toEqual(['This post is empty.']);
	});

	it('holds Bluesky to 3,000 bytes as well as 300 graphemes', () => {
		const messages = english(check(length, '👩‍👩‍👧'.repeat(200), { platform: 'bluesky' }));
		expect(messages).toHaveLength(1);
		expect(messages[0]).toContain('3,000 bytes');
	});
});

describe('platform limits', () => {
	it('flags a sixth hashtag on Instagram, in both languages', () => {
		const text = 'Bonjour #Un #Deux #Trois #Quatre #Cinq #Six';
		expect(english(check(platformLimits, text, { platform: 'instagram' }))).toEqual(['Instagram allows 5 hashtags per post; this one has 6.']);
		expect(french(check(platformLimits, text, { platform: 'instagram' }))).toEqual(['Instagram permet 5 mots-clics par publication; celle-ci en a 6.']);
	});

	it('allows one topic tag on Threads, and five links', () => {
		expect(check(platformLimits, 'Flu season is here #FluSeason', { platform: 'threads' })).toEqual([]);
		expect(check(platformLimits, 'La saison de la grippe commence #Grippe', { lang: 'fr', platform: 'threads' })).toEqual([]);
		expect(check(platformLimits, '#Flu #Grippe', { platform: 'threads' })).toHaveLength(1);
		expect(check(platformLimits, 'a.ca b.ca c.ca d.ca e.ca f.ca', { platform: 'threads' })).toHaveLength(1);
	});

	it('does not apply to X', () => {
		expect(check(platformLimits, '#a #b #c #d #e #f', { platform: 'x' })).toBe('not applicable');
	});
});

describe('hashtag count', () => {
	it('passes up to the scenario’s limit and flags one more', () => {
		expect(check(hashtagCount, 'News #One #Two')).toEqual([]);
		expect(check(hashtagCount, 'Nouvelles #Un #Deux', { lang: 'fr', settings: { hashtagsMax: 1 } })).toHaveLength(1);
		expect(english(check(hashtagCount, 'News #One #Two #Three'))).toEqual(['Use at most 2 hashtags in this exercise; this post has 3.']);
		expect(check(hashtagCount, 'Nouvelles #Un #Deux', { lang: 'fr' })).toEqual([]);
	});

	it('says one hashtag, or none, in words that agree with the number', () => {
		expect(english(check(hashtagCount, 'News #One #Two', { settings: { hashtagsMax: 1 } }))).toEqual([
			'Use at most 1 hashtag in this exercise; this post has 2.'
		]);
		expect(french(check(hashtagCount, 'Nouvelles #Un #Deux', { settings: { hashtagsMax: 1 } }))).toEqual([
			'Utilisez au plus 1 mot-clic dans cet exercice; cette publication en a 2.'
		]);
		expect(english(check(hashtagCount, 'News #One', { settings: { hashtagsMax: 0 } }))).toEqual(['Use no hashtags in this exercise; this post has 1.']);
		expect(french(check(hashtagCount, 'Nouvelles #Un', { settings: { hashtagsMax: 0 } }))).toEqual([
			'N’utilisez aucun mot-clic dans cet exercice; cette publication en a 1.'
		]);
	});
});
