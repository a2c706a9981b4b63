import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { tokenizePost, type PostToken } from '../posts/tokens';

// The tokenizer as it was, one alternation: the new one must split every text the same way.
const original = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(https?:\/\/[^\s<]+[^\s<.,:;"')\]!?])|(\b(?:[a-z0-9-]+\.)+(?:ca|com|org|net|gov|io|ly|co|info)(?:\/[^\s<]*[^\s<.,:;"')\]!?])?)|((?<![\w&])#[\p{L}\p{N}_]+)|((?<![\w])@[A-Za-z0-9_.]*[A-Za-z0-9_])/giu;
function referenceTokenize(text: string): PostToken[] {
	const tokens: PostToken[] = [];
	let last = 0;
	for (const match of text.matchAll(original)) {
		if (match.index > last) tokens.push({ type: 'text', value: text.slice(last, match.index) });
		const [value, email, url, bare, hashtag] = match;
		if (email) tokens.push({ type: 'text', value });
		else if (url) tokens.push({ type: 'link', value, href: value });
		else if (bare) tokens.push({ type: 'link', value, href: `https://${value}` });
		else if (hashtag) tokens.push({ type: 'hashtag', value });
		else tokens.push({ type: 'mention', value });
		last = match.index + value.length;
	}
	if (last < text.length) tokens.push({ type: 'text', value: text.slice(last) });
	return tokens;
}

// Pieces that start, continue or break addresses, links, hashtags and mentions.
const PIECES = ['a', 'B', 'z', '1', '_', '-', '+', '.', '..', '@', '#', '&', '/', ':', ' ', '\n', ',', '!', '<', ')', 'é', 'ſ', 'K', '😀', 'ca', 'com', 'io', 'http', 'https://', 'www.', 'ontario.ca', 'x@y.ca', '#Tag', '@Gov'];
const texts = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((pieces) => pieces.join(''));

describe('the post tokenizer', () => {
	it('splits any text exactly as the single alternation did', () => {
		fc.assert(
			fc.property(texts, (text) => {
				expect(tokenizePost(text)).toEqual(referenceTokenize(text));
			}),
			{ numRuns: 3000 }
		);
	});
});
