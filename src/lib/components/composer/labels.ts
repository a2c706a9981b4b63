import { m } from '$lib/paraglide/messages';
import type { TaskKind } from '$lib/exercises/types';

/** What the composer and the reports call each post of an answer. */
export function postLabels(task: TaskKind, count: number): string[] {
	return Array.from({ length: count }, (_, i) => {
		if (task === 'bilingual') return i === 0 ? m.exercise_post_english() : m.exercise_post_french();
		if (task === 'thread') return m.exercise_post_thread({ number: i + 1, total: count });
		if (task === 'reply') return m.exercise_post_reply();
		return m.exercise_post_compose();
	});
}
