import { tokenizePost } from '../posts/tokens';
import { RunMemo } from './memo';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
// One emoji as people see it: a pictograph with its variation selector or skin tone, joined
// (ZWJ) to others (👩‍💻), a flag (two regional indicators), or a keycap (1️⃣). ©, ® and ™ are
// pictographs to Unicode but plain symbols in a post.
const EMOJI =
	/(?:(?![©®™])\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*)|\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3/gu;
// The lookbehind starts a match only where a run of address characters starts: without it, a long
// run with no @ is rescanned from every position (quadratic: 10,000 letters took half a second).
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

const folded = new RunMemo<string, string>();

/**
 * Characters that NFD leaves as they are and that are not combining marks: ASCII, the rest of Latin-1
 * before À (the first letter with a canonical decomposition; the first mark is U+0300), dashes, curly
 * quotes and the ellipsis. A text of only these folds to its lower case.
 */
const UNCHANGED_BY_NFD = new Set([0x2013, 0x2014, 0x2018, 0x2019, 0x201c, 0x201d, 0x2026]);
function foldsToLowerCase(text: string): boolean {
	for (let i = 0; i < text.length; i++) {
		const c = text.charCodeAt(i);
		if (c >= 0xc0 && !UNCHANGED_BY_NFD.has(c)) return false;
	}
	return true;
}
const foldNow = (text: string) => (foldsToLowerCase(text) ? text.toLowerCase() : text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase());

/** Lower case without accents, for matching words whatever their spelling: "Santé" → "sante". */
export function fold(text: string): string {
	// A dozen checks fold the same post: remember the last few long texts.
	if (text.length < 64) return foldNow(text);
	let result = folded.get(text);
	if (result === undefined) {
		result = foldNow(text);
		folded.set(text, result);
	}
	return result;
}

/**
 * Graphemes, counted by the segmenter a piece at a time: V8's segmenter takes time in proportion to
 * the whole text for every grapheme it steps over (quadratic: 10,000 emoji took 70 ms, 16,000 took
 * 300). A break the segmenter finds before a piece's last grapheme is a true break, since the rules
 * look one code point ahead and only back to the previous break; so each piece starts at the last
 * grapheme of the one before, and the count is the same as in one pass.
 */
export function graphemeCount(text: string, piece = 128): number {
	// Without combining marks, joiners, emoji or CR LF, every code point is a grapheme: skip the slow segmenter.
	if (!/[\u0300-\u036F\u0483-\uFFFF\r]|[\uD800-\uDFFF]/.test(text)) return [...text].length;
	let count = 0;
	let start = 0;
	let size = piece;
	while (start < text.length) {
		let end = Math.min(text.length, start + size);
		// Never cut a surrogate pair: the segmenter must see the whole code point after a break.
		if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
		let found = 0;
		let last = 0;
		for (const { index } of graphemes.segment(text.slice(start, end))) {
			found++;
			last = index;
		}
		if (end === text.length) return count + found;
		if (found < 2) {
			// One grapheme fills the piece (a letter under a thousand accents): take a bigger piece.
			size *= 2;
			continue;
		}
		count += found - 1;
		start += last;
		size = piece;
	}
	return count;
}

export interface Link {
	value: string;
	host: string;
	index: number;
}

/** What the checks read of a post, worked out once per text however many checks ask. */
interface Analysis {
	links: Link[];
	hashtags: string[];
	emoji: { value: string; index: number }[];
	prose: string;
	sentences: string[];
	words: string[];
}

const analyses = new RunMemo<string, Analysis>();

function hostOf(href: string, value: string): string {
	try {
		return new URL(href).hostname.toLowerCase().replace(/^www\./, '');
	} catch {
		return value.toLowerCase();
	}
}

/**
 * Where a text can be cut into pieces that are read on their own, each but the first starting with the
 * white space it is cut at: a line break, or white space after a full stop, question or exclamation
 * mark. No link, address, hashtag, mention or emoji holds white space or ends with . ? or !, and the
 * tokenizer looks only at the character before a token, so every token lies inside one piece and
 * starts there as it does in the whole text; and each cut is also where sentencesOf() splits. So the
 * analysis of the whole text is the pieces' analyses put end to end (analysis.test.ts checks it).
 * ("…" is not a cut: a link with https:// may end with it.)
 */
// A match starts at the line break, or at the mark before the white space (a lookbehind, tried at every
// character, was slow): the cut is at the white space.
const CUT = /\n|[.!?]\s/g;

// While someone types, only the piece under the cursor changes: remember the others.
const pieces = new RunMemo<string, Analysis>();

function analyse(text: string): Analysis {
	const cached = analyses.get(text);
	if (cached) return cached;
	let analysis: Analysis;
	const cuts = [0];
	CUT.lastIndex = 0;
	for (let m = CUT.exec(text); m; m = CUT.exec(text)) {
		const at = m[0] === '\n' ? m.index : m.index + 1;
		if (at > 0) cuts.push(at);
	}
	if (cuts.length === 1) analysis = analysePiece(text);
	else {
		analysis = { links: [], hashtags: [], emoji: [], prose: '', sentences: [], words: [] };
		cuts.push(text.length);
		for (let i = 0; i + 1 < cuts.length; i++) {
			const at = cuts[i];
			const piece = text.slice(at, cuts[i + 1]);
			let part = pieces.get(piece);
			if (part === undefined) {
				part = analysePiece(piece);
				pieces.set(piece, part);
			}
			for (const link of part.links) analysis.links.push(at ? { ...link, index: link.index + at } : link);
			for (const e of part.emoji) analysis.emoji.push(at ? { value: e.value, index: e.index + at } : e);
			// Loops, not push(...part.words): a spread call copies its arguments (33 KB a keystroke on 2,200 characters).
			for (const tag of part.hashtags) analysis.hashtags.push(tag);
			analysis.prose += part.prose;
			for (const sentence of part.sentences) analysis.sentences.push(sentence);
			for (const word of part.words) analysis.words.push(word);
		}
	}
	analyses.set(text, analysis);
	return analysis;
}

/** The analysis of one text read whole (a piece, or a text without cuts). */
export function analysePiece(text: string): Analysis {
	const tokens = tokenizePost(text);
	const links: Link[] = [];
	const hashtags: string[] = [];
	let at = 0;
	let prose = '';
	for (const token of tokens) {
		if (token.type === 'link') links.push({ value: token.value, host: hostOf(token.href, token.value), index: at });
		if (token.type === 'hashtag') hashtags.push(token.value);
		prose += token.type === 'text' ? token.value.replace(EMAIL, ' ') : ' ';
		at += token.value.length;
	}
	prose = prose.replace(EMOJI, ' ');
	const sentences = sentencesOf(prose);
	return {
		links,
		hashtags,
		emoji: [...text.matchAll(EMOJI)].map((m) => ({ value: m[0], index: m.index })),
		prose,
		sentences,
		words: sentences.flatMap(wordsOfSentence)
	};
}

/** Each emoji with where it starts: 👍🏽 and 👩‍💻 count once. */
export const emojiIn = (text: string) => analyse(text).emoji;
/** Links as the preview styles them (with or without https://), with their host name. */
export const linksIn = (text: string) => analyse(text).links;
export const hashtagsIn = (text: string) => analyse(text).hashtags;
/** The words a reader reads: without links, email addresses, hashtags, mentions and emoji. */
export const proseOf = (text: string) => analyse(text).prose;
/** The sentences of a post's prose. */
export const sentencesIn = (text: string) => analyse(text).sentences;
export const wordsIn = (text: string) => analyse(text).words;

/** Sentences: lines, then full stops, question and exclamation marks. */
export function sentencesOf(prose: string): string[] {
	const sentences: string[] = [];
	const keep = (part: string) => {
		const sentence = part.trim();
		if (HAS_LETTER.test(sentence)) sentences.push(sentence);
	};
	// The breaks of prose.split(/\n+|(?<=[.!?…])\s+/), without a lookbehind (tried at every character, it
	// made this a quarter of a check run): a break starts at a line break or after the mark. Where the
	// two differ, they differ in white space only, which trim() takes away.
	let from = 0;
	SENTENCE_BREAK.lastIndex = 0;
	for (let m = SENTENCE_BREAK.exec(prose); m; m = SENTENCE_BREAK.exec(prose)) {
		keep(prose.slice(from, m[0][0] === '\n' ? m.index : m.index + 1));
		from = SENTENCE_BREAK.lastIndex;
	}
	keep(prose.slice(from));
	return sentences;
}
const SENTENCE_BREAK = /\n+|[.!?…]\s+/g;
const HAS_LETTER = /\p{L}/u;

export function wordsOf(prose: string): string[] {
	return prose.match(WORD) ?? [];
}
const WORD = /\p{L}[\p{L}\p{M}’'-]*/gu;

// The analysis, the language of each sentence and the readability formulas all read a sentence's
// words: find them once.
const sentenceWords = new RunMemo<string, readonly string[]>();

/** wordsOf(sentence), remembered for the sentences of the last texts (the result is shared: do not change it). */
export function wordsOfSentence(sentence: string): readonly string[] {
	let words = sentenceWords.get(sentence);
	if (words === undefined) {
		words = wordsOf(sentence);
		sentenceWords.set(sentence, words);
	}
	return words;
}

/** "exactly this" → a short quotation for a message. */
export function quote(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return `“${flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat}”`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `phrase` occurs in `text` as whole words, ignoring case and accents. */
export function containsPhrase(text: string, phrase: string): boolean {
	let pattern = phrasePatterns.get(phrase);
	if (pattern === undefined) {
		const words = escapeRegExp(fold(phrase.trim())).replace(/\s+/g, '\\s+');
		pattern = new RegExp(`(?<![\\p{L}\\p{N}])${words}(?![\\p{L}\\p{N}])`, 'u');
		if (phrasePatterns.size >= MAX_PHRASES) phrasePatterns.clear();
		phrasePatterns.set(phrase, pattern);
	}
	return pattern.test(fold(text));
}
// The key terms of the scenarios being written, each compiled once (not on every keystroke).
const phrasePatterns = new Map<string, RegExp>();
const MAX_PHRASES = 200;

/**
 * A matcher for a fixed list of phrases, compiled once: returns those found, folded. Apostrophes, and
 * the characters `spaces` lists, read as spaces. The text is folded first (a post's fold is shared by the
 * checks), then changed: folding leaves punctuation as it is, so the order does not matter.
 */
export function phraseFinder(phrases: string[], spaces = `’'`): (text: string) => string[] {
	const alternation = phrases
		.map((p) => escapeRegExp(fold(p)).replace(/\s+/g, '\\s+'))
		.sort((a, b) => b.length - a.length)
		.join('|');
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');
	const asSpace = new RegExp(`[${escapeRegExp(spaces).replace(/-/g, '\\-')}]`, 'g');
	return (text) => {
		const found = fold(text).replace(asSpace, ' ').match(pattern);
		return found ? [...new Set(found)] : [];
	};
}

export function luhnValid(digits: string): boolean {
	let sum = 0;
	for (let i = 0; i < digits.length; i++) {
		let d = Number(digits[digits.length - 1 - i]);
		if (i % 2 === 1) {
			d *= 2;
			if (d > 9) d -= 9;
		}
		sum += d;
	}
	return sum % 10 === 0;
}
