import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { ADVERSARIAL_UNITS, adversarialText } from './adversarial';
import { countPost } from './counting';
import { extractXUrls, weighXPost, type XConfig, type XLength } from './x-length';

// twitter-text's own conformance cases for parseTweet (fixtures/twitter-validate.yml, Apache 2.0),
// run against the counter the browser uses, with the configuration twitter-text's own test runner
// (js/test/conformance.html) gives each section.
interface Case {
	description: string;
	text: string;
	expected: Partial<XLength>;
}
const conformance = parse(readFileSync(new URL('./fixtures/twitter-validate.yml', import.meta.url), 'utf8')).tests as Record<string, Case[]>;
const configs = (twitterText as unknown as { configs: Record<string, XConfig> }).configs;
const SECTIONS: [string, XConfig | undefined][] = [
	['WeightedTweetsCounterTest', configs.version2],
	['WeightedTweetsWithDiscountedEmojiCounterTest', configs.version3],
	['UnicodeDirectionalMarkerCounterTest', undefined]
];

describe('twitter-text’s conformance cases (validate.yml)', () => {
	it('has every weighted-length section, each with cases', () => {
		expect(Object.keys(conformance).sort()).toEqual(SECTIONS.map(([name]) => name).sort());
		for (const [name] of SECTIONS) expect(conformance[name].length).toBeGreaterThan(0);
	});

	describe.each(SECTIONS)('%s', (name, config) => {
		it.each(conformance[name].map((c) => [c.description, c] as const))('%s', (_, { text, expected }) => {
			const got = weighXPost(text, config);
			// Every field the case gives, as the conformance runner compares them.
			expect(Object.fromEntries(Object.keys(expected).map((key) => [key, got[key as keyof XLength]]))).toEqual(expected);
		});
	});

	// The version X counts today is the one the composer shows: its count and its verdict.
	it.each(conformance.WeightedTweetsWithDiscountedEmojiCounterTest.map((c) => [c.description, c] as const))(
		'the composer counts and judges as the case says: %s',
		(_, { text, expected }) => {
			const count = countPost('x', text);
			expect(count.used).toBe(expected.weightedLength);
			expect(count.postable).toBe(expected.valid);
			expect(count.over).toBe(expected.weightedLength! > 280);
		}
	);
});

// Pieces that make, break and neighbour links, emoji and weighted characters, joined at random.
const PIECES = [
	'a',
	'Z',
	'1',
	' ',
	'\n',
	'.',
	'..',
	'-',
	'_',
	'/',
	':',
	'?',
	'=',
	'&',
	'#',
	'@',
	'$',
	'(',
	')',
	',',
	'!',
	'é',
	'e\u0301',
	'A\u030A',
	'ﬁ',
	'ſ',
	'K',
	'のの',
	'ᐊᐃ',
	'한국어',
	'\u2019',
	'\u2014',
	'\u2033',
	'\u202A',
	'\u2066',
	'\uFEFF',
	'\uFFFE',
	'\uFFFF',
	'\uD83D',
	'\uDE00',
	'\u200D',
	'\uFE0F',
	'😀',
	'👍🏽',
	'👩‍👩‍👧',
	'🏳️‍🌈',
	'🇨🇦',
	'❤️',
	'❤',
	'#️⃣',
	'1️⃣',
	'©',
	'™',
	'𝐁𝐨𝐥𝐝',
	'🫠',
	'http://',
	'https://',
	'HTTPS://',
	'www.',
	'ontario.ca',
	'ONTARIO.CA',
	'goo.gl/x',
	't.co/abc123',
	'https://t.co/abcdefghijklmnopqrstuvwxyz0123456789abcdef',
	'example.com/path?q=1&r=2',
	'example.com:8080',
	'a.b.c.d.com',
	'xn--',
	'xn--bcher-kva.de',
	'bücher.de',
	'foobar.پاکستان',
	'例え.テスト',
	'ドメイン名例.jp',
	'.com',
	'.ca',
	'.co.uk',
	'.онлайн',
	'。',
	'．',
	'user@example.com',
	'@gov',
	'#tag',
	'$TSLA',
	'l'.repeat(63),
	'l'.repeat(64),
	'ü'.repeat(30),
	'(wiki)',
	'/',
	'!',
	'"'
];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 30 }).map((pieces) => pieces.join(''));
const parseTweet = (text: string, config?: XConfig) => twitterText.parseTweet(text, config as never);

describe('X’s weighted length, against twitter-text’s parseTweet', () => {
	it('gives every field parseTweet gives, on text made of links, emoji and weighted characters', () => {
		fc.assert(
			fc.property(texts, (text) => {
				expect(weighXPost(text)).toEqual(parseTweet(text));
			}),
			{ numRuns: 4000 }
		);
	});

	it('does so with the previous configuration too (emoji weighed as their characters)', () => {
		fc.assert(
			fc.property(texts, (text) => {
				expect(weighXPost(text, configs.version2)).toEqual(parseTweet(text, configs.version2));
			}),
			{ numRuns: 1000 }
		);
	});

	it('does so on any string of UTF-16 code units and of code points', () => {
		fc.assert(
			fc.property(
				fc.oneof(
					fc.string({ unit: 'binary', maxLength: 60 }),
					fc.string({ unit: 'grapheme', maxLength: 60 }),
					fc.string({ unit: 'binary-ascii', maxLength: 60 })
				),
				(text) => {
					expect(weighXPost(text)).toEqual(parseTweet(text));
				}
			),
			{ numRuns: 3000 }
		);
	});

	it('finds the same links as twitter-text’s extractor, at the same places', () => {
		fc.assert(
			fc.property(texts, (text) => {
				const ours = extractXUrls(text).map(({ text, start, end }) => ({ url: text, indices: [start, end] }));
				expect(ours).toEqual(twitterText.extractUrlsWithIndices(text));
			}),
			{ numRuns: 3000 }
		);
	});

	it('counts long posts, long labels and long links as parseTweet does', () => {
		const cases = [
			'a'.repeat(280),
			'a'.repeat(281),
			'é'.repeat(300),
			'の'.repeat(141),
			'😀'.repeat(141),
			`https://${'a'.repeat(63)}.com`,
			`https://${'a'.repeat(64)}.com`,
			`https://${'ü'.repeat(40)}.com`,
			`https://${'ü'.repeat(60)}.com`,
			`https://example.com/${'p'.repeat(4090)}`,
			`https://example.com/${'p'.repeat(4060)}`,
			`${'a.'.repeat(300)}com`,
			`Flu clinics open today: ontario.ca/flu and https://t.co/${'x'.repeat(41)} ${'👩‍👩‍👧'.repeat(5)}`
		];
		for (const text of cases) expect(weighXPost(text), text.slice(0, 40)).toEqual(parseTweet(text));
	});

	// The crafted texts of adversarial.ts, at a length twitter-text's quadratic link finder gets through.
	it.each(Object.keys(ADVERSARIAL_UNITS))('counts the crafted text “%s” as parseTweet does', (name) => {
		const text = adversarialText(name, 1500);
		expect(weighXPost(text)).toEqual(parseTweet(text));
	});
});
