import type { Platform } from './platforms';

/** Where each platform folds long text behind "See more" in its feed (desktop), if it does. */
export const FOLD_AT: Partial<Record<Platform, number>> = { facebook: 477, linkedin: 210, instagram: 125 };

export const HANDLE_FORMAT: Record<Platform, (handle: string) => string> = {
	x: (h) => `@${h}`,
	facebook: () => '',
	instagram: (h) => h.toLowerCase(),
	linkedin: () => '',
	threads: (h) => h.toLowerCase(),
	bluesky: (h) => `@${h.toLowerCase()}.bsky.social`
};

/** The text up to the fold, cut at a word boundary, or null when it all shows. */
export function foldText(platform: Platform, text: string): string | null {
	const limit = FOLD_AT[platform];
	if (!limit || [...text].length <= limit) return null;
	const head = [...text].slice(0, limit).join('');
	const space = head.lastIndexOf(' ');
	return (space > limit * 0.6 ? head.slice(0, space) : head).trimEnd();
}
