import { keyOf } from './keys';
import type { WordList } from './word-list';

/**
 * Words of one or two letters that may stand in a hashtag: the dictionaries also hold abbreviations
 * and letters ("ka", "ha", "b"), which would cut any unknown name into pieces.
 */
const SHORT_WORDS = {
	en: new Set('a am an as at be by do go he if in is it me my no of oh ok on or so to up us we'.split(' ')),
	// Not te, me, té, dé: #EmploisDÉté, not #EmploisDeTe.
	fr: new Set('à au ce ça de du en et il je la là le ma ne ni on ou où sa se si ta tu un va vu y'.split(' ').map(keyOf))
};
/** French elisions, written without the apostrophe in a hashtag: #EmploisDÉté. */
const ELISIONS = new Set(['c', 'd', 'j', 'l', 'm', 'n', 's', 't', 'qu', 'jusqu', 'lorsqu', 'puisqu']);
const VOWEL_OR_H = /^[aeiouyh]/;
/** Rare words that would take the place of common ones: "delà" (only in au-delà) in #SemaineDeLaSécurité. */
const NOT_PIECES = new Set(['dela']);

/**
 * Whether a dictionary word may be a piece of a hashtag: short words from the list above, words of
 * three letters the dictionary has in lower case, and longer words, names (Ontario) and acronyms
 * (COVID): otherwise an unknown word (#naloxone) falls into abbreviations such as NAL.
 */
function fitsTag(key: string, forms: string[], lang: 'en' | 'fr'): boolean {
	if (key.length <= 2) return SHORT_WORDS[lang].has(key);
	if (NOT_PIECES.has(key)) return false;
	return key.length >= 4 || forms.some((form) => form === form.toLowerCase());
}
const MAX_WORD = 24;
const DIGITS = /\d+/y;

/** A piece of a hashtag: its letters as typed, and whether it is a number. */
export interface Piece {
	text: string;
	number: boolean;
}

/**
 * The fewest dictionary words that make up a hashtag's body ("emploisdete" → emplois, d, ete), from
 * the language's list (French also takes elisions), or null. Numbers are pieces of their own. Linear in the body's length: each
 * position tries at most MAX_WORD ends, and stops as soon as no key starts with the letters so far.
 */
export function segment(body: string, list: WordList, lang: 'en' | 'fr'): Piece[] | null {
	const chars = [...body.normalize('NFC')];
	// Where each character's key starts in the key of the whole body ("œ" files as "oe").
	const keys = chars.map((c) => keyOf(c));
	const key = keys.join('');
	const charAt: number[] = [];
	let position = 0;
	keys.forEach((k, i) => {
		charAt[position] = i;
		position += k.length;
	});
	charAt[key.length] = chars.length;
	// Fewest pieces up to each position, then the longest pieces (the largest sum of squared
	// lengths: "wearamask" is wear a mask, not we ara mask); and where the last piece starts.
	const fewest = new Array<number>(key.length + 1).fill(Infinity);
	const squares = new Array<number>(key.length + 1).fill(0);
	const from = new Array<number>(key.length + 1).fill(0);
	fewest[0] = 0;
	for (let start = 0; start < key.length; start++) {
		if (fewest[start] === Infinity || charAt[start] === undefined) continue;
		const reach = (end: number, elision = false) => {
			if (charAt[end] === undefined) return;
			// An elision counts a little more than a word: #SaisonDeLaGrippe, not #SaisonDeLAgrippe.
			const count = fewest[start] + (elision ? 1.5 : 1);
			const square = squares[start] + (end - start) ** 2;
			if (count < fewest[end] || (count === fewest[end] && square > squares[end])) {
				fewest[end] = count;
				squares[end] = square;
				from[end] = start;
			}
		};
		DIGITS.lastIndex = start;
		const digits = DIGITS.exec(key)?.[0];
		if (digits) {
			reach(start + digits.length);
			continue;
		}
		let lo = 0;
		let hi = list.size;
		for (let end = start + 1; end <= Math.min(key.length, start + MAX_WORD); end++) {
			const prefix = key.slice(start, end);
			lo = list.lowerBound(prefix, lo, hi);
			if (!list.startsWith(lo, prefix)) break;
			hi = list.lowerBound(prefix + '\uffff', lo, hi);
			if (lang === 'fr' && ELISIONS.has(prefix) && VOWEL_OR_H.test(key.charAt(end))) reach(end, true);
			else if (list.isKey(lo, prefix) && fitsTag(prefix, list.formsAt(lo), lang)) reach(end);
		}
	}
	if (fewest[key.length] === Infinity) return null;
	const pieces: Piece[] = [];
	for (let end = key.length; end > 0; end = from[end]) {
		const text = chars.slice(charAt[from[end]], charAt[end]).join('');
		pieces.push({ text, number: /^\d+$/.test(text) });
	}
	return pieces.reverse();
}
