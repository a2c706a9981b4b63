import { getContext } from 'svelte';
import { LESSON_ASSETS, type LessonAssets } from '$lib/content/lesson';

/**
 * The lesson being rendered: its language and the addresses of the files beside it. Lookups
 * throw, so a broken lesson never renders half-right.
 */
export function lessonContext() {
	const assets = getContext<LessonAssets | undefined>(LESSON_ASSETS);
	return {
		locale: assets?.locale ?? 'en',
		url(relative: string): string {
			const url = assets?.resolve(relative);
			if (!url) throw new Error(`Lesson file not found: ${relative}`);
			return url;
		},
		/** The width and height the <img> carries, so the page keeps its room while it loads. */
		size(relative: string) {
			return assets?.size?.(relative);
		}
	};
}

/** Refuses to render an image or video that some readers could not perceive. */
export function required(value: string | undefined, what: string): string {
	if (!value?.trim()) throw new Error(`${what} is missing`);
	return value;
}
