import { describe, expect, it } from 'vitest';
import { containsPhrase, emojiIn, fold, graphemeCount, hashtagsIn, linksIn, luhnValid, proseOf, sentencesIn, wordsOf } from './text';

describe('text helpers', () => {
	it('folds case and accents', () => {
		expect(fold('Santé ÉLÈVES')).toBe('sante eleves');
	});

	it('folds every character it takes a shortcut for as the full rule does (NFD, marks removed, lower case)', () => {
		const full = (text: string) => text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
		const characters = [...Array(0xc0).keys(), 0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026].map((c) => String.fromCharCode(c));
		for (const text of [...characters, characters.join(''), 'Flu Shots – “Free” at ONTARIO’S pharmacies…'])
			expect(fold(text), text.codePointAt(0)!.toString(16)).toBe(full(text));
		// Letters with accents, marks and emoji with a variation selector still go through the full rule.
		expect(fold('Œuvre CAFÉ é ❤️ x')).toBe(full('Œuvre CAFÉ é ❤️ x'));
		expect(fold('❤️')).toBe('❤');
	});

	it('counts a skin-toned emoji and a family as one grapheme each', () => {
		expect(graphemeCount('👍🏽👩‍👩‍👧')).toBe(2);
		expect(emojiIn('Bravo 👍🏽 and 👩‍💻 © 2026 🇨🇦 1️⃣').map((e) => e.value)).toEqual(['👍🏽', '👩‍💻', '🇨🇦', '1️⃣']);
		expect(graphemeCount('Santé, élèves')).toBe(13);
	});

	it('finds links with and without a scheme, with their host', () => {
		expect(linksIn('See https://www.ontario.ca/flu and bit.ly/x').map((l) => l.host)).toEqual(['ontario.ca', 'bit.ly']);
	});

	it('finds hashtags in both languages', () => {
		expect(hashtagsIn('Vaccins #SantéOntario #flu')).toEqual(['#SantéOntario', '#flu']);
	});

	it('keeps only the prose, split into sentences and words', () => {
		const post = 'Get your shot today! Book at ontario.ca/flu 💉 #FluSeason\nClinics open Monday.';
		expect(sentencesIn(post)).toEqual(['Get your shot today!', 'Book at', 'Clinics open Monday.']);
		expect(proseOf('Write to info@ontario.ca 🇨🇦')).toBe('Write to    ');
		expect(wordsOf("L'école n'ouvre pas")).toEqual(["L'école", "n'ouvre", 'pas']);
	});

	it('matches whole phrases whatever the case and accents', () => {
		expect(containsPhrase('Cliniques de VACCINATION contre la grippe', 'vaccination')).toBe(true);
		expect(containsPhrase('revaccinations', 'vaccination')).toBe(false);
	});

	it('applies the Luhn check', () => {
		expect(luhnValid('046454286')).toBe(true);
		expect(luhnValid('046454287')).toBe(false);
	});
});
