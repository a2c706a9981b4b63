/*
 * X's weighted length, as twitter-text 3.1.0's parseTweet() counts it, without twitter-text: the
 * browser counts as the trainee types, and twitter-text (its polyfills, every extractor) was over a
 * third of the composer's JavaScript. Same steps, same patterns (generated into twitter-data.ts):
 * NFC normalization; every link its extractor finds (extractUrlsWithIndices, with or without a
 * scheme) weighs transformedURLLength; every emoji its emoji parser finds weighs defaultWeight; any
 * other character weighs its range's weight or defaultWeight; all divided by scale. Checked against
 * twitter-text's own conformance cases and against parseTweet on random text (x-length.test.ts).
 * Parts derived from twitter-text (Copyright 2018 Twitter, Inc., Apache License 2.0) and
 * punycode.js (Copyright Mathias Bynens, MIT).
 */
import {
	EMOJI,
	EMOJI_FLAGS,
	EXTRACT_URL,
	EXTRACT_URL_FLAGS,
	INVALID_CHARS,
	VALID_ASCII_DOMAIN,
	VALID_ASCII_DOMAIN_FLAGS,
	VALID_TCO_URL,
	VALID_TCO_URL_FLAGS,
	X_CONFIG
} from '../posts/twitter-data';

export interface XConfig {
	maxWeightedTweetLength: number;
	scale: number;
	defaultWeight: number;
	emojiParsingEnabled?: boolean;
	transformedURLLength: number;
	ranges: readonly { start: number; end: number; weight: number }[];
}

/** The fields of twitter-text's parseTweet(). */
export interface XLength {
	weightedLength: number;
	valid: boolean;
	permillage: number;
	validRangeStart: number;
	validRangeEnd: number;
	displayRangeStart: number;
	displayRangeEnd: number;
}

interface Entity {
	text: string;
	start: number;
	/** As twitter-text gives it: a link without a scheme whose domain the extractor shortened ends where its path does. */
	end: number;
}

const extractUrl = new RegExp(EXTRACT_URL, EXTRACT_URL_FLAGS);
const validAsciiDomain = new RegExp(VALID_ASCII_DOMAIN, VALID_ASCII_DOMAIN_FLAGS);
const validTcoUrl = new RegExp(VALID_TCO_URL, VALID_TCO_URL_FLAGS);
const invalidChars = new RegExp(INVALID_CHARS);
const emoji = new RegExp(EMOJI, EMOJI_FLAGS);
const invalidUrlWithoutProtocolPrecedingChars = /[-_./]$/;
const MAX_URL_LENGTH = 4096;
const MAX_TCO_SLUG_LENGTH = 40;
const MAX_DOMAIN_LABEL_LENGTH = 63;

// punycode.js 1.4.1's encoder (RFC 3492), for the length of a label's ASCII form.
const BASE = 36;
const T_MIN = 1;
const T_MAX = 26;
const SKEW = 38;
const DAMP = 700;
const INITIAL_BIAS = 72;
const INITIAL_N = 128;
const MAX_INT = 2147483647;

function adapt(delta: number, numPoints: number, firstTime: boolean): number {
	let k = 0;
	delta = firstTime ? Math.floor(delta / DAMP) : delta >> 1;
	delta += Math.floor(delta / numPoints);
	for (; delta > ((BASE - T_MIN) * T_MAX) >> 1; k += BASE) delta = Math.floor(delta / (BASE - T_MIN));
	return Math.floor(k + ((BASE - T_MIN + 1) * delta) / (delta + SKEW));
}

/** UCS-2 decoding as punycode.js does it: a lone surrogate is a code point of its own. */
function ucs2decode(text: string): number[] {
	const output: number[] = [];
	for (let i = 0; i < text.length;) {
		const value = text.charCodeAt(i++);
		if (value >= 0xd800 && value <= 0xdbff && i < text.length) {
			const extra = text.charCodeAt(i++);
			if ((extra & 0xfc00) === 0xdc00) output.push(((value & 0x3ff) << 10) + (extra & 0x3ff) + 0x10000);
			else {
				output.push(value);
				i--;
			}
		} else output.push(value);
	}
	return output;
}

/** The length of punycode's encode(text): the basic code points, a delimiter, then one digit per digit. */
function punycodeLength(text: string): number {
	const input = ucs2decode(text);
	let n = INITIAL_N;
	let delta = 0;
	let bias = INITIAL_BIAS;
	let length = 0;
	for (const c of input) if (c < 0x80) length++;
	const basicLength = length;
	let handled = basicLength;
	if (basicLength) length++;
	while (handled < input.length) {
		let m = MAX_INT;
		for (const c of input) if (c >= n && c < m) m = c;
		if (m - n > Math.floor((MAX_INT - delta) / (handled + 1))) throw new RangeError('Overflow: input needs wider integers to process');
		delta += (m - n) * (handled + 1);
		n = m;
		for (const c of input) {
			if (c < n && ++delta > MAX_INT) throw new RangeError('Overflow: input needs wider integers to process');
			if (c === n) {
				let q = delta;
				for (let k = BASE; ; k += BASE) {
					const t = k <= bias ? T_MIN : k >= bias + T_MAX ? T_MAX : k - bias;
					if (q < t) break;
					length++;
					q = Math.floor((q - t) / (BASE - t));
				}
				length++;
				bias = adapt(delta, handled + 1, handled === basicLength);
				delta = 0;
				handled++;
			}
		}
		delta++;
		n++;
	}
	return length;
}

/** The length of punycode.toASCII(label), as twitter-text's idna calls it on one label. */
function asciiLabelLength(label: string): number {
	// toASCII maps around an "@" and splits on every dot-like separator.
	const at = label.split('@');
	let length = 0;
	let domain = label;
	if (at.length > 1) {
		length = at[0].length + 1;
		domain = at[1];
	}
	const parts = domain.split(/[\x2E\u3002\uFF0E\uFF61]/);
	length += parts.length - 1;
	for (const part of parts) length += /[^\x20-\x7E]/.test(part) ? 4 + punycodeLength(part) : part.length;
	return length;
}

/** twitter-text's idna.toAscii(domain)'s length, or -1 where it returns nothing. */
function asciiDomainLength(domain: string): number {
	if (domain.substring(0, 4) === 'xn--' && !domain.match(validAsciiDomain)) return -1;
	for (const label of domain.split('.')) {
		const length = asciiLabelLength(label);
		if (length < 1 || length > MAX_DOMAIN_LABEL_LENGTH) return -1;
	}
	return domain.length;
}

function isValidUrl(url: string, protocol: string, domain: string): boolean {
	const ascii = asciiDomainLength(domain);
	if (ascii <= 0) return false;
	return protocol.length + url.length + ascii - domain.length <= MAX_URL_LENGTH;
}

/** twitter-text's extractUrlsWithIndices(text) with its default options (links without a scheme too). */
export function extractXUrls(text: string): Entity[] {
	if (!text || !text.match(/\./)) return [];
	const urls: Entity[] = [];
	extractUrl.lastIndex = 0;
	for (let m = extractUrl.exec(text); m; m = extractUrl.exec(text)) {
		const before = m[2] ?? '';
		let url = m[3] ?? '';
		const protocol = m[4] ?? '';
		const domain = m[5] ?? '';
		const path = m[7] ?? '';
		const endPosition = extractUrl.lastIndex;
		const startPosition = endPosition - url.length;
		if (!isValidUrl(url, protocol || 'https://', domain)) continue;
		if (!protocol) {
			if (before.match(invalidUrlWithoutProtocolPrecedingChars)) continue;
			let lastUrl: Entity | null = null;
			let asciiEndPosition = 0;
			domain.replace(validAsciiDomain, (asciiDomain) => {
				const asciiStartPosition = domain.indexOf(asciiDomain, asciiEndPosition);
				asciiEndPosition = asciiStartPosition + asciiDomain.length;
				lastUrl = { text: asciiDomain, start: startPosition + asciiStartPosition, end: startPosition + asciiEndPosition };
				urls.push(lastUrl);
				return asciiDomain;
			});
			if (lastUrl === null) continue;
			if (path) {
				(lastUrl as Entity).text = url.replace(domain, (lastUrl as Entity).text);
				(lastUrl as Entity).end = endPosition;
			}
		} else {
			const tco = url.match(validTcoUrl);
			if (tco) {
				if (tco[1] && tco[1].length > MAX_TCO_SLUG_LENGTH) continue;
				url = tco[0];
			}
			urls.push({ text: url, start: startPosition, end: startPosition + url.length });
		}
	}
	return urls;
}

function emojiEntities(text: string): Entity[] {
	const found: Entity[] = [];
	emoji.lastIndex = 0;
	for (let m = emoji.exec(text); m; m = emoji.exec(text)) found.push({ text: m[0], start: m.index, end: m.index + m[0].length });
	return found;
}

/** Entities by the index they start at; a later one starting at the same index wins, as in twitter-text. */
function byStart(entities: Entity[]): Map<number, Entity> {
	const map = new Map<number, Entity>();
	for (const entity of entities) map.set(entity.start, entity);
	return map;
}

function characterWeight(code: number, config: XConfig): number {
	for (const range of config.ranges) if (code >= range.start && code <= range.end) return range.weight;
	return config.defaultWeight;
}

/** X's verdict on a post's text: twitter-text's parseTweet(text, config), field for field. */
export function weighXPost(text: string, config: XConfig = X_CONFIG): XLength {
	const { defaultWeight, emojiParsingEnabled, scale, maxWeightedTweetLength, transformedURLLength } = config;
	const normalized = text.normalize();
	const urls = byStart(extractXUrls(normalized));
	const emojis = emojiParsingEnabled ? byStart(emojiEntities(normalized)) : new Map<number, Entity>();
	let weighted = 0;
	let validDisplayIndex = 0;
	let valid = true;
	for (let i = 0; i < normalized.length; i++) {
		const url = urls.get(i);
		const emojiHere = url ? undefined : emojis.get(i);
		if (url) {
			weighted += transformedURLLength * scale;
			i += url.text.length - 1;
		} else if (emojiHere) {
			weighted += defaultWeight;
			i += emojiHere.text.length - 1;
		} else {
			const c = normalized.charCodeAt(i);
			const next = normalized.charCodeAt(i + 1);
			if (i < normalized.length - 1 && c >= 0xd800 && c <= 0xdbff && next >= 0xdc00 && next <= 0xdfff) i++;
			weighted += characterWeight(normalized.charCodeAt(i), config);
		}
		if (valid) valid = !invalidChars.test(normalized.substring(i, i + 1));
		if (valid && weighted <= maxWeightedTweetLength * scale) validDisplayIndex = i;
	}
	const weightedLength = weighted / scale;
	return {
		weightedLength,
		valid: valid && weightedLength > 0 && weightedLength <= maxWeightedTweetLength,
		permillage: Math.floor((weightedLength / maxWeightedTweetLength) * 1000),
		validRangeStart: 0,
		validRangeEnd: validDisplayIndex + text.length - normalized.length,
		displayRangeStart: 0,
		displayRangeEnd: text.length > 0 ? text.length - 1 : 0
	};
}
