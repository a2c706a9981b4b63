import type { Platform } from '../posts/platforms';
import { graphemeCount } from './text';
import { weighXPost } from './x-length';

/** Text limits as each platform states them (shared/DOMAIN.md). */
export const TEXT_LIMITS: Record<Platform, number> = {
	x: 280,
	bluesky: 300,
	threads: 500,
	instagram: 2200,
	facebook: 63206,
	linkedin: 3000
};
export const BLUESKY_MAX_BYTES = 3000;

/** Alt text limits: X and Bluesky publish theirs; elsewhere we hold alt text to X's 1,000. */
export const ALT_LIMITS: Record<Platform, number> = {
	x: 1000,
	bluesky: 2000,
	threads: 1000,
	instagram: 1000,
	facebook: 1000,
	linkedin: 1000
};

/** Hard hashtag and link limits of the platforms that have them. */
export const HASHTAG_LIMITS: Partial<Record<Platform, number>> = { instagram: 5, threads: 1 };
export const LINK_LIMITS: Partial<Record<Platform, number>> = { threads: 5 };

export type CountUnit = 'weighted' | 'graphemes' | 'characters';

export interface PostCount {
	used: number;
	limit: number;
	unit: CountUnit;
	bytes?: { used: number; limit: number };
	over: boolean;
	/** Characters the platform refuses in any post, as `U+FEFF`; X has three. */
	invalidCharacters: string[];
	/** Whether the platform would publish it: X's own verdict (twitter-text's parseTweet().valid); elsewhere, not empty and not over. */
	postable: boolean;
}

/** twitter-text's own list (invalidChars): parseTweet() calls a post containing any of them invalid. */
const X_INVALID_CHARACTERS = ['\uFFFE', '\uFEFF', '\uFFFF'];

const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

const utf8 = new TextEncoder();

/**
 * The length the platform itself would show: X weighs most non-Latin characters and emoji 2
 * and every link 23 (twitter-text's parseTweet, counted by x-length.ts); Bluesky counts graphemes and caps bytes; the others count
 * characters (code points).
 */
export function countPost(platform: Platform, text: string): PostCount {
	const limit = TEXT_LIMITS[platform];
	if (platform === 'x') {
		const parsed = weighXPost(text);
		const invalidCharacters = parsed.valid ? [] : X_INVALID_CHARACTERS.filter((c) => text.includes(c)).map(codePoint);
		return { used: parsed.weightedLength, limit, unit: 'weighted', over: parsed.weightedLength > limit, invalidCharacters, postable: parsed.valid };
	}
	if (platform === 'bluesky') {
		const used = graphemeCount(text);
		const bytes = utf8.encode(text).length;
		const over = used > limit || bytes > BLUESKY_MAX_BYTES;
		return { used, limit, unit: 'graphemes', bytes: { used: bytes, limit: BLUESKY_MAX_BYTES }, over, invalidCharacters: [], postable: used > 0 && !over };
	}
	const used = [...text].length;
	return { used, limit, unit: 'characters', over: used > limit, invalidCharacters: [], postable: used > 0 && used <= limit };
}
