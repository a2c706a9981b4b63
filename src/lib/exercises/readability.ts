import { syllable } from 'syllable';
import { sentencesIn, wordsIn } from './text';

/** Below this many words a formula says more about chance than about the writing. */
export const MIN_WORDS_TO_SCORE = 10;

export interface Readability {
	words: number;
	sentences: number;
	score: number | null;
}

const syllableCounts = new Map<string, number>();
const MAX_REMEMBERED = 10_000;

function syllablesOf(word: string): number {
	const key = word.toLowerCase();
	let count = syllableCounts.get(key);
	if (count === undefined) {
		count = Math.max(1, syllable(key));
		if (syllableCounts.size >= MAX_REMEMBERED) syllableCounts.clear();
		syllableCounts.set(key, count);
	}
	return count;
}

export function forgetSyllables(): void {
	syllableCounts.clear();
}

/** Flesch-Kincaid grade level (1975): 0.39 × words per sentence + 11.8 × syllables per word − 15.59. */
export function fleschKincaidGrade(text: string): Readability {
	const sentences = sentencesIn(text);
	const words = wordsIn(text);
	if (words.length < MIN_WORDS_TO_SCORE) return { words: words.length, sentences: sentences.length, score: null };
	const syllables = words.reduce((sum, word) => sum + syllablesOf(word), 0);
	const score = 0.39 * (words.length / sentences.length) + 11.8 * (syllables / words.length) - 15.59;
	return { words: words.length, sentences: sentences.length, score: Math.round(score * 10) / 10 };
}

/**
 * LIX (Björnsson, 1968), used for French because it needs no syllable count: words per
 * sentence + the percentage of words longer than six letters. Under 35 is easy; over 55, hard.
 */
export function lix(text: string): Readability {
	const sentences = sentencesIn(text);
	const words = wordsIn(text);
	if (words.length < MIN_WORDS_TO_SCORE) return { words: words.length, sentences: sentences.length, score: null };
	// Elided articles (l', d', qu') are not part of a word's length.
	const long = words.filter((w) => w.replace(/^\p{L}{1,2}['’]/u, '').replace(/[-'’]/g, '').length > 6).length;
	const score = words.length / sentences.length + (100 * long) / words.length;
	return { words: words.length, sentences: sentences.length, score: Math.round(score) };
}
