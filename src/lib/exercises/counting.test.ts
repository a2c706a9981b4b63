import { describe, expect, it } from 'vitest';
import { countPost } from './counting';

describe('countPost', () => {
	it('X counts any link as 23 and an emoji as 2', () => {
		expect(countPost('x', 'Hi https://www.ontario.ca/page/flu-clinics-near-you-this-fall').used).toBe(3 + 23);
		expect(countPost('x', '🫠').used).toBe(2);
		expect(countPost('x', 'Bonjour à tous').used).toBe(14);
	});

	it('X weighs most non-Latin characters 2', () => {
		expect(countPost('x', 'ᐊᐃᓐᓇ').used).toBe(8);
	});

	it('X is over at 281 weighted characters, not at 280', () => {
		expect(countPost('x', 'a'.repeat(280)).over).toBe(false);
		expect(countPost('x', 'a'.repeat(281)).over).toBe(true);
	});

	it('Bluesky counts graphemes and caps bytes at 3,000', () => {
		const family = '👩‍👩‍👧';
		expect(countPost('bluesky', family.repeat(10))).toMatchObject({ used: 10, unit: 'graphemes', over: false });
		expect(countPost('bluesky', 'é'.repeat(301)).over).toBe(true);
		const heavy = countPost('bluesky', family.repeat(200));
		expect(heavy.used).toBe(200);
		expect(heavy.bytes!.used).toBeGreaterThan(3000);
		expect(heavy.over).toBe(true);
	});

	it('the others count characters against their own limit', () => {
		expect(countPost('threads', 'a'.repeat(500))).toMatchObject({ used: 500, limit: 500, over: false });
		expect(countPost('instagram', 'a'.repeat(2201)).over).toBe(true);
		expect(countPost('linkedin', 'é'.repeat(3000)).over).toBe(false);
		expect(countPost('facebook', 'a'.repeat(63207)).over).toBe(true);
	});

	it('X calls a post with U+FFFE, U+FEFF or U+FFFF invalid whatever its length, as parseTweet does', () => {
		expect(countPost('x', 'Flu clinics open\uFEFF today')).toMatchObject({ over: false, invalidCharacters: ['U+FEFF'] });
		expect(countPost('x', '\uFFFEa\uFFFF').invalidCharacters).toEqual(['U+FFFE', 'U+FFFF']);
		expect(countPost('x', 'Flu clinics open today').invalidCharacters).toEqual([]);
		expect(countPost('bluesky', 'Flu\uFEFF').invalidCharacters).toEqual([]);
	});

	it('a post X would refuse is not postable, for its characters as for its length, as parseTweet().valid says', () => {
		expect(countPost('x', 'Flu clinics open today').postable).toBe(true);
		expect(countPost('x', 'Flu clinics open\uFEFF today').postable).toBe(false);
		expect(countPost('x', 'a'.repeat(281)).postable).toBe(false);
		expect(countPost('x', '').postable).toBe(false);
		expect(countPost('threads', 'a'.repeat(500)).postable).toBe(true);
		expect(countPost('threads', 'a'.repeat(501)).postable).toBe(false);
		expect(countPost('bluesky', '👩‍👩‍👧'.repeat(200)).postable).toBe(false);
	});
});
