import type { Locale } from '$lib/paraglide/runtime';

/** The Svelte context key under which the server hands a lesson its language and files. */
export const LESSON_ASSETS = 'bootcamp:lesson-assets';

export interface LessonAssets {
	resolve: (relative: string) => string | undefined;
	/** An image's intrinsic width and height in pixels, where its file says (SVG drawings). */
	size?: (relative: string) => { width: number; height: number } | undefined;
	locale: Locale;
}
