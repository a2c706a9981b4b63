import { describe, expect, it } from 'vitest';
import { loadWrittenCorpus } from '../../../tests/checks/corpus';
import { forgetRuns } from './memo';
import { analysePiece, emojiIn, hashtagsIn, sentencesOf, linksIn, proseOf, sentencesIn, wordsIn } from './text';

/** What analyse() gives, through the accessors the checks use. */
const analysed = (text: string) => ({
	links: linksIn(text),
	hashtags: hashtagsIn(text),
	emoji: emojiIn(text),
	prose: proseOf(text),
	sentences: sentencesIn(text),
	words: wordsIn(text)
});

// Pieces that sit at the edges of the cuts: links ending a sentence, addresses, tags, emoji, ellipses.
const PARTS = [
	'Apply at ontario.ca/apply.',
	'Visit https://www.ontario.ca/page/flu?lang=en…',
	'https://x.ca/a!',
	'Email us at info@ontario.ca.',
	'#FluSeason!',
	'@ONThealth?',
	'💉',
	'🇨🇦',
	'1️⃣',
	'👩‍💻.',
	'Santé Ontario.',
	'Élan.ca est là.',
	'goo.gl/x?',
	'e.g.',
	'Call 1-866-797-0007.',
	'Done',
	'«Bonjour.»',
	'a.b.c.',
	'é.ca'
];
const SPACES = [' ', '  ', '\n', '\n\n', ' \n', '\u00A0', '\t', '', '. ', '! ', '? ', '\u2009', '\u202F', '\u3000', '\r\n', '\u2028'];

function* texts(seed: number, count: number) {
	let x = seed;
	const next = (n: number) => {
		x = (x * 1103515245 + 12345) % 2147483648;
		return x % n;
	};
	for (let i = 0; i < count; i++) {
		let text = '';
		const parts = 1 + next(12);
		for (let j = 0; j < parts; j++) text += PARTS[next(PARTS.length)] + SPACES[next(SPACES.length)];
		yield text;
	}
}

describe('the analysis put together from pieces', () => {
	it('is the analysis of the whole text, on 5,000 texts built from the hardest pieces', () => {
		for (const text of texts(7, 5000)) {
			forgetRuns();
			expect(analysed(text), JSON.stringify(text)).toEqual(analysePiece(text));
		}
	});

	it('is the analysis of the whole text on every post of the corpus, memos warm or cold', () => {
		const posts = loadWrittenCorpus().flatMap((item) => [item.text, ...item.alts, item.french ?? '']);
		expect(posts.length).toBeGreaterThan(900);
		for (const text of posts) expect(analysed(text)).toEqual(analysePiece(text));
		forgetRuns();
		for (const text of posts.reverse()) expect(analysed(text)).toEqual(analysePiece(text));
	});

	it('reads a link that ends a sentence, and the sentence after it, as the whole text does', () => {
		const text = 'Apply at ontario.ca/apply. Deadline is May 15!\nQuestions? Email info@ontario.ca. 💉';
		expect(linksIn(text).map((l) => [l.value, l.index])).toEqual([['ontario.ca/apply', 9]]);
		expect(sentencesIn(text)).toEqual(['Apply at  .', 'Deadline is May 15!', 'Questions?', 'Email  .']);
		expect(emojiIn(text)).toEqual([{ value: '💉', index: text.indexOf('💉') }]);
	});

	it('splits sentences as prose.split(/\\n+|(?<=[.!?…])\\s+/) did, trimmed, on the corpus and 5,000 built texts', () => {
		const reference = (prose: string) =>
			prose
				.split(/\n+|(?<=[.!?…])\s+/)
				.map((s) => s.trim())
				.filter((s) => /\p{L}/u.test(s));
		const posts = [
			...loadWrittenCorpus().flatMap((item) => [item.text, ...item.alts, item.french ?? '']),
			...texts(11, 5000),
			'a.\n \nb',
			'…  x',
			'?!\n\n. y…z',
			'\n\nStart. End.'
		];
		for (const text of posts) expect(sentencesOf(text), JSON.stringify(text)).toEqual(reference(text));
	});
});
