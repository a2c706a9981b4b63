import { z } from 'zod';
import { formatCount } from '$lib/format';
import { m } from '$lib/paraglide/messages';
import { postRange, imagesOf, type Answer, type AnswerShape } from '../../exercises/answer';
import { MAX_ALT_CHARS, MAX_POST_CHARS, MAX_THREAD_POSTS } from '../../exercises/settings';
import type { Platform } from '../../posts/platforms';
import type { FormErrors } from '../http/forms';

export type AnswerCheck = { ok: true; answer: Answer } | { ok: false; errors: FormErrors };

/**
 * Checks an answer's shape and sizes before anything else reads it: a known platform, the number
 * of posts the task asks for, and text within the hard limits. Errors name the field to fix.
 */
export function validateAnswer(shape: AnswerShape, platforms: Platform[], answer: Answer): AnswerCheck {
	const errors: FormErrors = {};
	if (!platforms.includes(answer.platform)) errors.platform = m.exercise_error_platform();
	const { min, max } = postRange(shape);
	if (answer.posts.length < min || answer.posts.length > max) errors.form = m.exercise_error_post_count({ min, max });
	answer.posts.forEach((post, i) => {
		if ([...post.text].length > MAX_POST_CHARS) errors[`post-${i}`] = m.exercise_error_post_too_long({ max: formatCount(MAX_POST_CHARS) });
		if (post.alts.length > imagesOf(shape, i)) errors.form = m.exercise_error_post_count({ min, max });
		post.alts.forEach((alt, j) => {
			if ([...alt].length > MAX_ALT_CHARS) errors[`alt-${i}-${j}`] = m.exercise_error_alt_too_long({ max: formatCount(MAX_ALT_CHARS) });
		});
	});
	return Object.keys(errors).length ? { ok: false, errors } : { ok: true, answer };
}

/** The composer's fields: platform, post-0, alt-0-0, post-1 … as a browser without JavaScript posts them. */
export function readAnswerForm(form: FormData, defaultPlatform: Platform): Answer {
	const field = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : null;
	};
	const posts = [];
	for (let i = 0; i <= MAX_THREAD_POSTS; i++) {
		const text = field(`post-${i}`);
		if (text === null) break;
		const alts = [];
		for (let j = 0; field(`alt-${i}-${j}`) !== null && j < 10; j++) alts.push(field(`alt-${i}-${j}`)!);
		posts.push({ text, alts });
	}
	return { platform: (field('platform') ?? defaultPlatform) as Platform, posts };
}

/**
 * What a refused answer puts back in the composer: the text as typed, on a platform the composer
 * can show, and no longer than the hard limits (the page checks what it shows; a crafted post of
 * a million characters must not keep the server busy).
 */
export function answerToShow(answer: Answer, platforms: Platform[]): Answer {
	return {
		platform: platforms.includes(answer.platform) ? answer.platform : platforms[0],
		posts: answer.posts.map((post) => ({ text: clip(post.text, MAX_POST_CHARS), alts: post.alts.map((alt) => clip(alt, MAX_ALT_CHARS)) }))
	};
}

const clip = (text: string, max: number) => ([...text].length > max ? [...text].slice(0, max).join('') : text);

/** A refused drill answer as the page shows it again: as typed, up to the hard limit. */
export const drillTextToShow = (text: string) => clip(text, MAX_POST_CHARS);

/** The autosave request's body; sizes are checked afterwards by validateAnswer, with its messages. */
export const draftRequestSchema = z.object({
	platform: z.string().max(20),
	posts: z.array(z.object({ text: z.string().max(MAX_POST_CHARS * 2), alts: z.array(z.string().max(MAX_ALT_CHARS * 2)).max(10) })).max(MAX_THREAD_POSTS + 1),
	clientSavedAt: z.number().int().nonnegative(),
	slot: z.string().max(120).default('')
});

/** The thread buttons without JavaScript: "Add a post" and "Remove the last post" save the draft with one more or one less. */
export function applyThreadIntent(shape: AnswerShape, answer: Answer, intent: FormDataEntryValue | null): Answer {
	const { min, max } = postRange(shape);
	if (intent === 'add_post' && answer.posts.length < max) return { ...answer, posts: [...answer.posts, { text: '', alts: [] }] };
	if (intent === 'remove_post' && answer.posts.length > min) return { ...answer, posts: answer.posts.slice(0, -1) };
	return answer;
}

/** A drill answer's fields. */
export function readDrillForm(form: FormData): { runId: string; injectId: string; text: string } {
	const field = (name: string) => {
		const value = form.get(name);
		return typeof value === 'string' ? value.replace(/\r\n/g, '\n') : '';
	};
	return { runId: field('runId'), injectId: field('injectId'), text: field('answer') };
}
