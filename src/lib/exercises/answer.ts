import type { Platform } from '../posts/platforms';
import type { Locale } from '$lib/paraglide/runtime';
import type { PostInput, TaskKind } from './types';

/** What the trainee writes: the platform they chose, and each post's text and alt texts. */
export interface AnswerPost {
	text: string;
	alts: string[];
}
export interface Answer {
	platform: Platform;
	posts: AnswerPost[];
}

/** What a scenario asks for, as far as the shape of an answer goes. */
export interface AnswerShape {
	task: TaskKind;
	language: Locale;
	images: number;
	thread: { min: number; max: number };
}

/** How many posts an answer has: two for a bilingual pair, a range for a thread, else one. */
export function postRange(shape: AnswerShape): { min: number; max: number } {
	if (shape.task === 'bilingual') return { min: 2, max: 2 };
	if (shape.task === 'thread') return shape.thread;
	return { min: 1, max: 1 };
}

/** A bilingual pair is English then French; everything else is in the scenario's language. */
export function langOf(shape: AnswerShape, index: number): Locale {
	if (shape.task === 'bilingual') return index === 0 ? 'en' : 'fr';
	return shape.language;
}

/** The scenario's images go with each post of a bilingual pair, and with the first post otherwise. */
export function imagesOf(shape: AnswerShape, index: number): number {
	return shape.task === 'bilingual' || index === 0 ? shape.images : 0;
}

export function blankAnswer(shape: AnswerShape, platform: Platform): Answer {
	const { min } = postRange(shape);
	return { platform, posts: Array.from({ length: min }, (_, i) => ({ text: '', alts: Array.from({ length: imagesOf(shape, i) }, () => '') })) };
}

export function toPostInputs(shape: AnswerShape, answer: Answer): PostInput[] {
	return answer.posts.map((post, i) => ({
		text: post.text,
		lang: langOf(shape, i),
		alts: Array.from({ length: imagesOf(shape, i) }, (_, j) => post.alts[j] ?? '')
	}));
}

const ALT_PARAGRAPH = /^\s*(?:Alt text|Texte de remplacement)\s*:\s*/i;

/**
 * A model answer as a trainee would enter it: exercise.yaml writes it as the post, then a paragraph
 * "Alt text: …" (« Texte de remplacement : … ») for each image, which goes in the alt text field.
 */
export function modelPost(answer: string): AnswerPost {
	const paragraphs = answer.trim().split(/\n\s*\n/);
	return {
		text: paragraphs
			.filter((p) => !ALT_PARAGRAPH.test(p))
			.join('\n\n')
			.trim(),
		alts: paragraphs.filter((p) => ALT_PARAGRAPH.test(p)).map((p) => p.replace(ALT_PARAGRAPH, '').trim())
	};
}
