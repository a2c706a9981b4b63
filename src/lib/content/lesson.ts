import type { Locale } from '$lib/paraglide/runtime';

/** The Svelte context key under which the server hands a lesson its language and files. */
export const LESSON_ASSETS = 'bootcamp:lesson-assets';

export interface LessonAssets {
	resolve: (relative: string) => string | undefined;
	locale: Locale;
}
