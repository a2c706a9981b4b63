import { MAX_POST_CHARS } from './settings';

/**
 * Post texts crafted to make text patterns backtrack or loops rescan: long runs without spaces,
 * separators every other character, thousands of links, hashtags, emoji, sentences or lines.
 * Each is cut to `chars` code points (the server accepts up to MAX_POST_CHARS).
 */
export const ADVERSARIAL_UNITS: Record<string, string> = {
	letters: 'a',
	'letters, dots': 'a.',
	'letters, spaces': 'a ',
	'letters, hyphens': 'a-',
	'letters, at signs': 'a@',
	'at signs, letters, dots': '@a.',
	'hashes, letters': '#a',
	'hash, one long tag': 'on',
	'http://': 'http://',
	'http://a.': 'http://a.',
	domains: 'a.ca ',
	'domains, no spaces': 'a.ca',
	emails: 'a@b.ca ',
	'digits, spaces': '1 ',
	digits: '1',
	'digits, hyphens': '123-',
	'mixed case': 'Aa',
	emoji: '😀',
	'emoji, spaces': '😀 ',
	'emoji in words': 'a😀',
	'ZWJ emoji': '👩‍💻',
	flags: '🇨🇦',
	'fancy letters': '𝐚',
	'fancy letters, spaces': '𝐚 ',
	newlines: '\n',
	'letters, newlines': 'a\n',
	sentences: 'Go. ',
	'asks, no details': 'send ',
	'asks and nouns': 'please send your comment ',
	'your, no asks': 'your ',
	'here before links': 'here a.ca ',
	click: 'click ',
	accents: 'é',
	'combining accents': 'e\u0301',
	'long word': 'abcdefghij',
	'carriage returns': 'a\r',
	'french elisions': "l'a ",
	'party names': 'ontario liberal ',
	'phrase stems': 'progressive ',
	'invisible characters': 'a\uFEFF',
	'words of hashtag': '#ontariojobs ',
	dots: '.',
	hyphens: '-',
	'plus signs, letters': '+a',
	'asks and details': 'send us your address ',
	'street addresses': '12 Main St ',
	'postal codes': 'K1A 0B1 ',
	'groups of digits': '123 456 789 '
};

/** The first `chars` code points of `unit` repeated. */
export function repeatTo(unit: string, chars: number): string {
	const points = [...unit];
	const out: string[] = [];
	for (let i = 0; i < chars; i++) out.push(points[i % points.length]);
	return out.join('');
}

/** The one-word hashtag unit starts with a hash so the whole post is a single long tag. */
export function adversarialText(name: string, chars = MAX_POST_CHARS): string {
	const unit = ADVERSARIAL_UNITS[name];
	return name === 'hash, one long tag' ? '#' + repeatTo(unit, chars - 1) : repeatTo(unit, chars);
}
