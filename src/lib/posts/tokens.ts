export type PostToken =
	| { type: 'text'; value: string }
	| { type: 'link'; value: string; href: string }
	| { type: 'hashtag'; value: string }
	| { type: 'mention'; value: string };

// URLs with or without a scheme (ontario.ca/page), #hashtags and @mentions, as the platforms style them.
// Email addresses are matched first so their parts are not taken for a mention or a link.
const pattern = /([\w.+-]+@[\w-]+(?:\.[\w-]+)+)|(https?:\/\/[^\s<]+[^\s<.,:;"')\]!?])|(\b(?:[a-z0-9-]+\.)+(?:ca|com|org|net|gov|io|ly|co|info)(?:\/[^\s<]*[^\s<.,:;"')\]!?])?)|((?<![\w&])#[\p{L}\p{N}_]+)|((?<![\w])@[A-Za-z0-9_.]*[A-Za-z0-9_])/giu;

/** Splits a post's text into the pieces a platform styles differently. */
export function tokenizePost(text: string): PostToken[] {
	const tokens: PostToken[] = [];
	let last = 0;
	for (const match of text.matchAll(pattern)) {
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
