export type PostToken =
	{ type: 'text'; value: string } | { type: 'link'; value: string; href: string } | { type: 'hashtag'; value: string } | { type: 'mention'; value: string };

// URLs with or without a scheme (ontario.ca/page), #hashtags and @mentions, as the platforms style them.
// Email addresses are matched first so their parts are not taken for a mention or a link.
const EMAIL = String.raw`[\w.+-]+@[\w-]+(?:\.[\w-]+)+`;
const LINK = String.raw`https?:\/\/[^\s<]+[^\s<.,:;"')\]!?]`;
const BARE = String.raw`\b(?:[a-z0-9-]+\.)+(?:ca|com|org|net|gov|io|ly|co|info)(?:\/[^\s<]*[^\s<.,:;"')\]!?])?`;
const HASHTAG = String.raw`(?<![\w&])#[\p{L}\p{N}_]+`;
const MENTION = String.raw`(?<![\w])@[A-Za-z0-9_.]*[A-Za-z0-9_]`;

// The rule: the leftmost match of any of these, the first one listed when two start together, as
// the one alternation /(EMAIL)|(LINK)|(BARE)|(HASHTAG)|(MENTION)/giu would find. Each is searched
// for on its own, which gives the same tokens and lets a search skip what cannot match: an address
// or a bare domain that fails at one start in a run of letters and dots fails at every later start
// in that run, so the run is skipped instead of rescanned from each position (quadratic: the
// alternation took a second on 'a.'.repeat(5000)).
const emailAt = new RegExp(EMAIL, 'iuy');
// Where an address can start: not after another address character (that start was tried already).
const emailFrom = new RegExp(`(?<![\\w.+-])${EMAIL}`, 'giu');
const bareAt = new RegExp(BARE, 'iuy');
const bareCandidate = /\b[a-z0-9-]/giu;
// Labels and single dots from a start: every later start in it can only reach dots this one reached.
const bareRun = /(?:[a-z0-9-]|(?<!\.)\.)*/iuy;
const urlFrom = new RegExp(LINK, 'giu');
const hashtagFrom = new RegExp(HASHTAG, 'giu');
const mentionFrom = new RegExp(MENTION, 'giu');
const isEmailChar = /[\w.+-]/iu;

interface Found {
	index: number;
	value: string;
}
const NONE: Found = { index: Infinity, value: '' };

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

function bareSearch(text: string, from: number): Found {
	let at = from;
	for (;;) {
		bareCandidate.lastIndex = at;
		const candidate = bareCandidate.exec(text);
		if (!candidate) return NONE;
		const found = stickyAt(bareAt, text, candidate.index);
		if (found) return found;
		bareRun.lastIndex = candidate.index;
		bareRun.exec(text);
		at = Math.max(bareRun.lastIndex, candidate.index + 1);
	}
}

const searches: ((text: string, from: number) => Found)[] = [
	emailSearch,
	(text, from) => searchFrom(urlFrom, text, from),
	bareSearch,
	(text, from) => searchFrom(hashtagFrom, text, from),
	(text, from) => searchFrom(mentionFrom, text, from)
];
const TYPES = ['email', 'url', 'bare', 'hashtag', 'mention'] as const;

/** Splits a post's text into the pieces a platform styles differently. */
export function tokenizePost(text: string): PostToken[] {
	const tokens: PostToken[] = [];
	// The next match of each alternative at or after `last`; still valid while it starts at or after `last`.
	const next: Found[] = searches.map((search) => search(text, 0));
	let last = 0;
	for (;;) {
		let best = -1;
		for (let i = 0; i < next.length; i++) {
			if (next[i].index < last) next[i] = searches[i](text, last);
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
