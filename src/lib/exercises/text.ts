import { tokenizePost, type PostToken } from '../posts/tokens';

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });
// One emoji as people see it: a pictograph with its variation selector or skin tone, joined
// (ZWJ) to others (👩‍💻), a flag (two regional indicators), or a keycap (1️⃣). ©, ® and ™ are
// pictographs to Unicode but plain symbols in a post.
const EMOJI =
	/(?:(?![©®™])\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?(?:\u200D\p{Extended_Pictographic}(?:\uFE0F|\p{Emoji_Modifier})?)*)|\p{Regional_Indicator}{2}|[#*0-9]\uFE0F?\u20E3/gu;
// The lookbehind starts a match only where a run of address characters starts: without it, a long
// run with no @ is rescanned from every position (quadratic: 10,000 letters took half a second).
const EMAIL = /(?<![\w.+-])[\w.+-]+@[\w-]+(?:\.[\w-]+)+/g;

/** Lower case without accents, for matching words whatever their spelling: "Santé" → "sante". */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function graphemeCount(text: string): number {
	// Without combining marks, joiners, emoji or CR LF, every code point is a grapheme: skip the slow segmenter.
	if (!/[\u0300-\u036F\u0483-\uFFFF\r]|[\uD800-\uDFFF]/.test(text)) return [...text].length;
	let count = 0;
	for (const _ of graphemes.segment(text)) count++;
	return count;
}

export interface Link {
	value: string;
	host: string;
	index: number;
}

/** What the checks read of a post, worked out once per text however many checks ask. */
interface Analysis {
	tokens: PostToken[];
	links: Link[];
	hashtags: string[];
	emoji: { value: string; index: number }[];
	prose: string;
	sentences: string[];
	words: string[];
}

const analyses = new Map<string, Analysis>();
const MAX_ANALYSES = 24;

function hostOf(href: string, value: string): string {
	try {
		return new URL(href).hostname.toLowerCase().replace(/^www\./, '');
	} catch {
		return value.toLowerCase();
	}
}

function analyse(text: string): Analysis {
	const cached = analyses.get(text);
	if (cached) return cached;
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
	const analysis: Analysis = {
		tokens,
		links,
		hashtags,
		emoji: [...text.matchAll(EMOJI)].map((m) => ({ value: m[0], index: m.index })),
		prose,
		sentences,
		words: sentences.flatMap(wordsOf)
	};
	if (analyses.size >= MAX_ANALYSES) analyses.delete(analyses.keys().next().value!);
	analyses.set(text, analysis);
	return analysis;
}

/** Forgets every worked-out text: for the benchmark of a cold run. */
export function forgetAnalyses(): void {
	analyses.clear();
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
	return prose
		.split(/\n+|(?<=[.!?…])\s+/)
		.map((s) => s.trim())
		.filter((s) => /\p{L}/u.test(s));
}

export function wordsOf(prose: string): string[] {
	return prose.match(/\p{L}[\p{L}\p{M}’'-]*/gu) ?? [];
}

/** "exactly this" → a short quotation for a message. */
export function quote(text: string, max = 60): string {
	const flat = text.replace(/\s+/g, ' ').trim();
	return `“${flat.length > max ? flat.slice(0, max - 1).trimEnd() + '…' : flat}”`;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether `phrase` occurs in `text` as whole words, ignoring case and accents. */
export function containsPhrase(text: string, phrase: string): boolean {
	const pattern = escapeRegExp(fold(phrase.trim())).replace(/\s+/g, '\\s+');
	return new RegExp(`(?<![\\p{L}\\p{N}])${pattern}(?![\\p{L}\\p{N}])`, 'u').test(fold(text));
}

/** A matcher for a fixed list of phrases, compiled once: returns those found, folded. */
export function phraseFinder(phrases: string[]): (text: string) => string[] {
	const alternation = phrases
		.map((p) => escapeRegExp(fold(p)).replace(/\s+/g, '\\s+'))
		.sort((a, b) => b.length - a.length)
		.join('|');
	const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${alternation})(?![\\p{L}\\p{N}])`, 'gu');
	return (text) => [...new Set(fold(text).replace(/[’']/g, ' ').match(pattern) ?? [])];
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
