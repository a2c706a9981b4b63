import { LATIN_ACCENT_CHARS, TLDS as TWITTER_TLDS, VALID_URL_PATH, VALID_URL_QUERY_CHARS, VALID_URL_QUERY_ENDING_CHARS } from './twitter-data';

export type PostToken =
	{ type: 'text'; value: string } | { type: 'link'; value: string; href: string } | { type: 'hashtag'; value: string } | { type: 'mention'; value: string };

// URLs with or without a scheme (ontario.ca/page), #hashtags and @mentions, as the platforms style them.
// Email addresses are matched first so their parts are not taken for a mention or a link.
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
const LINK = String.raw`https?:\/\/[^\s<]+[^\s<.,:;"')\]!?]`;
const HASHTAG = String.raw`(?<![\w&])#[\p{L}\p{N}_]+`;
const MENTION = String.raw`(?<![\w])@[A-Za-z0-9_.]*[A-Za-z0-9_]`;

// The rule: the leftmost of an address, a link with a scheme, a link without one (below), a hashtag
// and a mention, the first one listed when two start together, as one alternation would find. Each is
// searched for on its own, which gives the same tokens and lets a search skip what cannot match.
const emailAt = new RegExp(EMAIL, 'iuy');
// Where an address can start: not after another address character (that start was tried already).
const emailFrom = new RegExp(`(?<![\\w.+-])${EMAIL}`, 'giu');
const urlFrom = new RegExp(LINK, 'giu');
const hashtagFrom = new RegExp(HASHTAG, 'giu');
const mentionFrom = new RegExp(MENTION, 'giu');
const isEmailChar = /[\w.+-]/iu;

/*
 * Links without a scheme, found as twitter-text's extractor finds them (extractUrlsWithIndices), with
 * its lists of every top-level domain, so goo.gl/x and lnkd.in/x are links and "e.g." or "1.5 km" are
 * not. Its extractor itself is not used: its pattern retries every start in a long run of "a.a.a."
 * (quadratic: 10,000 characters took seconds). Here each run of labels and dots is read once, by its
 * rules (validUrlPrecedingChars, validDomain, validAsciiDomain, validUrlPath):
 * - a link may start at a label character that follows none of A-Z a-z 0-9 @ $ #;
 * - then come dotted labels (letters, digits, Latin accented letters, inner hyphens), as many as can
 *   end in one of twitter-text's top-level domains, which no [0-9a-z@+-] may follow;
 * - then a port, a path and a query made of twitter-text's URL characters (a port or a query right after
 *   the domain is part of the link here; twitter-text skips them);
 * - the first such match counts; it is not a link, and the search goes on after it, when the character
 *   before it is - _ . or /.
 * Underscores, which no host name may contain, end a run here; twitter-text takes them in subdomains.
 */
// twitter-text's patterns come from twitter-data.ts, generated from it: the browser does not load twitter-text.
const TLDS = new Set(TWITTER_TLDS.filter((tld) => /^[a-z0-9-]+$/.test(tld)));
const ACCENTS = LATIN_ACCENT_CHARS;
const LABEL = `a-z0-9${ACCENTS}`;
const runChar = new RegExp(`[${LABEL}.-]`, 'i');
const isLabelChar = new RegExp(`^[${LABEL}]$`, 'i');
const noStartAfter = /[A-Za-z0-9@$#＠＃]/;
const notLinkAfter = /[-_./]/;
const queryChars = VALID_URL_QUERY_CHARS;
const queryEnd = VALID_URL_QUERY_ENDING_CHARS;
/** After the domain: a port, a path (balanced parentheses only) and a query, without closing punctuation. */
const pathAt = new RegExp(`(?::[0-9]+)?(?:\\/(?:${VALID_URL_PATH})*)?(?:\\?${queryChars}*${queryEnd})?`, 'iy');

interface Found {
	index: number;
	value: string;
}
const NONE: Found = { index: Infinity, value: '' };

/** Where the top-level domain at the start of `label` ends, or -1: it ends before none of [0-9a-z@+-]. */
function tldEnd(label: string, after: string): number {
	const end = label.search(/[^a-z0-9-]/i);
	const tld = end < 0 ? label : label.slice(0, end);
	// Punycode (xn--…) has no such condition.
	if (/^xn--[a-z0-9-]+$/i.test(tld)) return tld.length;
	if (!TLDS.has(tld.toLowerCase())) return -1;
	return end >= 0 || !/[@+＠]/.test(after) ? tld.length : -1;
}

/** The first link in the run text[start, end), or where to search on (past a match that is no link). */
function linkInRun(text: string, start: number, end: number): Found | number {
	const labels = text.slice(start, end).split('.');
	const starts: number[] = [];
	for (let i = 0, at = start; i < labels.length; at += labels[i].length + 1, i++) starts.push(at);
	// through[i]: where the longest domain ends whose labels after label i are labels i+1, i+2...
	// (-1: none). A label in a domain starts and ends with a letter or a digit.
	const endsWell = labels.map((label) => label.length > 0 && isLabelChar.test(label[label.length - 1]));
	const through = new Array<number>(labels.length).fill(-1);
	let any = false;
	for (let i = labels.length - 1; i > 0; i--) {
		const tld = tldEnd(labels[i], i < labels.length - 1 ? '.' : (text[end] ?? ''));
		const middle = endsWell[i] && isLabelChar.test(labels[i][0]);
		through[i - 1] = middle && through[i] >= 0 ? through[i] : tld >= 0 ? starts[i] + tld : -1;
		any ||= through[i - 1] >= 0;
	}
	if (!any) return end;
	let i = 0;
	for (let at = start; at < end; at++) {
		while (at > starts[i] + labels[i].length) i++;
		const before = at > 0 ? text[at - 1] : '';
		if (!isLabelChar.test(text[at]) || noStartAfter.test(before) || !endsWell[i] || through[i] < 0) continue;
		let linkEnd = through[i];
		if (/[/?:]/.test(text[linkEnd] ?? '')) {
			pathAt.lastIndex = linkEnd;
			pathAt.exec(text);
			linkEnd = pathAt.lastIndex;
		}
		if (notLinkAfter.test(before)) {
			if (linkEnd >= end) return linkEnd;
			at = linkEnd - 1;
			continue;
		}
		// At the very start, twitter-text takes an accented first letter for the character before the link.
		const from = at === 0 && isLabelChar.test(text[1] ?? '') && !/[a-z0-9]/i.test(text[0]) ? 1 : at;
		return { index: from, value: text.slice(from, linkEnd) };
	}
	return end;
}

/** Whether the character at `at` belongs in a run of labels and dots (runFrom's characters). */
function inRun(text: string, at: number): boolean {
	const c = text.charCodeAt(at);
	if (c < 0x80) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 46 || c === 45;
	return runChar.test(text[at]);
}

/**
 * Every link without a scheme in the text, as twitter-text's extractor reads the whole text, in order.
 * Only a run with a dot followed by another run character can hold a domain, so the search goes from dot
 * to dot and reads the run around each: the words between dots are never matched one by one (a match
 * per word was most of what a check run allocated).
 */
function bareLinks(text: string): Found[] {
	const links: Found[] = [];
	let from = 0;
	for (let dot = text.indexOf('.', from); dot >= 0; dot = text.indexOf('.', from)) {
		// The run around the dot, as runFrom would find it searching from `from`.
		let start = dot;
		while (start > from && inRun(text, start - 1)) start--;
		let end = dot + 1;
		while (end < text.length && inRun(text, end)) end++;
		let dotted = false;
		for (let at = text.indexOf('.', start); at >= 0 && at + 1 < end; at = text.indexOf('.', at + 1))
			if (text[at + 1] !== '.') {
				dotted = true;
				break;
			}
		if (!dotted) {
			from = end;
			continue;
		}
		const found = linkInRun(text, start, end);
		if (typeof found === 'number') from = Math.max(found, end);
		else {
			links.push(found);
			from = found.index + found.value.length;
		}
	}
	return links;
}

function stickyAt(pattern: RegExp, text: string, at: number): Found | null {
	pattern.lastIndex = at;
	const m = pattern.exec(text);
	return m ? { index: at, value: m[0] } : null;
}

function searchFrom(pattern: RegExp, text: string, from: number): Found {
	pattern.lastIndex = from;
	const m = pattern.exec(text);
	return m ? { index: m.index, value: m[0] } : NONE;
}

function emailSearch(text: string, from: number): Found {
	// Inside a run whose earlier starts were never tried (a token ended here): try this start itself.
	if (from > 0 && isEmailChar.test(text[from - 1]) && isEmailChar.test(text[from] ?? '')) {
		const here = stickyAt(emailAt, text, from);
		if (here) return here;
	}
	return searchFrom(emailFrom, text, from);
}

/** The searches, in the order the rule lists them, for one text: each finds its next match at or after `from`. */
function searchesFor(text: string): ((from: number) => Found)[] {
	// Links without a scheme are those of the whole text (one that a token before it overlaps is dropped,
	// as X drops overlapping entities): found once, then looked up.
	const bare = bareLinks(text);
	let nextBare = 0;
	return [
		(from) => emailSearch(text, from),
		(from) => searchFrom(urlFrom, text, from),
		(from) => {
			while (nextBare < bare.length && bare[nextBare].index < from) nextBare++;
			return bare[nextBare] ?? NONE;
		},
		(from) => searchFrom(hashtagFrom, text, from),
		(from) => searchFrom(mentionFrom, text, from)
	];
}
const TYPES = ['email', 'url', 'bare', 'hashtag', 'mention'] as const;

/** Splits a post's text into the pieces a platform styles differently. */
export function tokenizePost(text: string): PostToken[] {
	const tokens: PostToken[] = [];
	// The next match of each alternative at or after `last`; still valid while it starts at or after `last`.
	const searches = searchesFor(text);
	const next: Found[] = searches.map((search) => search(0));
	let last = 0;
	for (;;) {
		let best = -1;
		for (let i = 0; i < next.length; i++) {
			if (next[i].index < last) next[i] = searches[i](last);
			if (next[i].index !== Infinity && (best < 0 || next[i].index < next[best].index)) best = i;
		}
		if (best < 0) break;
		const { index, value } = next[best];
		if (index > last) tokens.push({ type: 'text', value: text.slice(last, index) });
		const type = TYPES[best];
		if (type === 'email') tokens.push({ type: 'text', value });
		else if (type === 'url') tokens.push({ type: 'link', value, href: value });
		else if (type === 'bare') tokens.push({ type: 'link', value, href: `https://${value}` });
		else tokens.push({ type, value });
		last = index + value.length;
	}
	if (last < text.length) tokens.push({ type: 'text', value: text.slice(last) });
	return tokens;
}

const minorWords = new Set(['of', 'the', 'and', 'for', 'de', 'du', 'des', 'la', 'le', 'les', 'et', 'pour']);

/** Up to two initials for an avatar: "Ontario Health" → "OH", "Ministère de la Santé de l'Ontario" → "MO". */
export function initials(name: string): string {
	const words = name
		.trim()
		.split(/\s+/)
		.map((w) => w.replace(/^[ldLD]['’]/, ''))
		.filter((w) => /\p{L}/u.test(w) && !minorWords.has(w.toLowerCase()));
	return (words.length > 1 ? words[0][0] + words[words.length - 1][0] : (words[0] ?? '?').slice(0, 2)).toUpperCase();
}
