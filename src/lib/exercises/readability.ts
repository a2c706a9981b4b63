import { syllable } from './syllables';
import { sentencesIn, wordsIn, wordsOfSentence } from './text';
import { RunMemo } from './memo';

/** Below this many words (a sentence or two) a formula says more about chance than about the writing: Flesch and Björnsson measured samples of 100 words, and in a 17-word post one long word moves LIX by 6 points. */
export const MIN_WORDS_TO_SCORE = 20;
/**
 * A short post (10 to 19 words) is scored too, but only a score far past the target says anything:
 * the checks then ask for this much more than the target (grades for English, LIX points for French,
 * where Björnsson's "very difficult" band starts 10 points past the default target).
 */
export const MIN_WORDS_SHORT = 10;
export const SHORT_MARGIN = { grade: 6, lix: 15 };

export interface Readability {
	words: number;
	sentences: number;
	score: number | null;
}

const syllableCounts = new RunMemo<string, number>();

function syllablesOf(word: string): number {
	const key = word.toLowerCase();
	let count = syllableCounts.get(key);
	if (count === undefined) {
		count = Math.max(1, syllable(key));
		syllableCounts.set(key, count);
	}
	return count;
}

/**
 * What each formula counts in one sentence, remembered by the sentence's text: while someone types,
 * only the sentence under the cursor changes, and a long post is not read again word by word.
 */
interface SentenceCounts {
	/** The sentence's clauses (see clauses()), each one of the formula's sentences. */
	clauses: number;
	/** Syllables for Flesch-Kincaid, long words for LIX. */
	count: number;
}
const gradeCounts = new RunMemo<string, SentenceCounts>();
const lixCounts = new RunMemo<string, SentenceCounts>();

function remembered(memo: RunMemo<string, SentenceCounts>, sentence: string, count: (clause: string) => number): SentenceCounts {
	let counts = memo.get(sentence);
	if (counts === undefined) {
		const parts = clauses(sentence);
		counts = { clauses: parts.length, count: 0 };
		for (const part of parts) counts.count += count(part);
		memo.set(sentence, counts);
	}
	return counts;
}

/**
 * Both formulas end a sentence at a colon as well as a full stop: Björnsson counts "punkt, kolon",
 * and Flesch counted each unit marked off by a period, colon, semicolon, question or exclamation
 * mark. « Groupes communautaires : demandez… » and "Apply by May 15: ontario.ca" are two.
 */
function clauses(sentence: string): string[] {
	// Without a colon or semicolon, the sentence is its one clause (split() would return it alone).
	if (!sentence.includes(':') && !sentence.includes(';')) return /\p{L}/u.test(sentence) ? [sentence] : [];
	return sentence.split(/\s*[:;]\s+/).filter((part) => /\p{L}/u.test(part));
}

/**
 * Flesch-Kincaid grade level (1975): 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
 * Names count as one syllable: "ServiceOntario" or "Pine Narrows Provincial Park" is no harder to
 * read for the people a post is for, as the Dale-Chall formula counts proper names as familiar
 * words; without this, a two-sentence post naming a place reads as "grade 17". A capitalised word
 * first in a sentence may be any word; one in CamelCase ("ServiceOntario centres are closed") is a
 * name there too.
 */
export function fleschKincaidGrade(text: string, minWords = MIN_WORDS_TO_SCORE): Readability {
	const words = wordsIn(text);
	let sentences = 0;
	let syllables = 0;
	for (const sentence of sentencesIn(text)) {
		const counts = remembered(gradeCounts, sentence, clauseSyllables);
		sentences += counts.clauses;
		syllables += counts.count;
	}
	if (words.length < minWords) return { words: words.length, sentences, score: null };
	const score = 0.39 * (words.length / sentences) + 11.8 * (syllables / words.length) - 15.59;
	return { words: words.length, sentences, score: Math.round(score * 10) / 10 };
}

const CAPITAL = /^\p{Lu}/u;
/** A capital after a small letter inside a word (ServiceOntario, eHealth): a name even first in a sentence. */
const CAMEL_CASE = /\p{Ll}\p{Lu}/u;

/** Whether the `i`th word of a clause is a name: capitalised after the first word, or written in CamelCase anywhere. */
const isName = (word: string, i: number) => (i > 0 && CAPITAL.test(word)) || CAMEL_CASE.test(word);

function clauseSyllables(clause: string): number {
	let syllables = 0;
	wordsOfSentence(clause).forEach((word, i) => {
		syllables += isName(word, i) ? 1 : syllablesOf(word);
	});
	return syllables;
}

/**
 * LIX (Björnsson, 1968, Läsbarhet): words per sentence + the percentage of long words. Used for
 * French because it needs no syllable count and has been applied across European languages,
 * French included (Anderson, 1983, "Lix and Rix: variations on a little-known readability index",
 * Journal of Reading 26(6)). Björnsson's bands: under 30 very easy, 30–40 easy, 40–50 medium
 * (newspapers), 50–60 difficult (non-fiction, official texts), over 60 very difficult.
 *
 * A long word: Björnsson counts more than six letters, for Swedish; Anderson kept six for English.
 * French words run longer: in the corpus's good posts, 19.9 % of English words have more than six
 * letters but 28.0 % of French ones, and 17.3 % of French ones more than seven. So a French word is
 * long from eight letters, which puts French posts on the scale the bands were drawn for. An elided
 * article or pronoun (l’, d’, qu’) is not part of the word, a hyphenated imperative or compound
 * counts by its longest part (« Inscrivez-vous » is two short words), and names are not long words,
 * as in fleschKincaidGrade: « l’Ontario » in every other post says nothing about the writing.
 *
 * The default target (DEFAULT_SETTINGS.frenchLixMax) comes from measuring, not from the bands:
 * see settings.ts.
 */
const LONG_FRENCH_WORD = 7;

export function lix(text: string, minWords = MIN_WORDS_TO_SCORE): Readability {
	const words = wordsIn(text);
	let sentences = 0;
	let long = 0;
	for (const sentence of sentencesIn(text)) {
		const counts = remembered(lixCounts, sentence, clauseLongWords);
		sentences += counts.clauses;
		long += counts.count;
	}
	if (words.length < minWords) return { words: words.length, sentences, score: null };
	const score = words.length / sentences + (100 * long) / words.length;
	return { words: words.length, sentences, score: Math.round(score) };
}

function clauseLongWords(clause: string): number {
	let long = 0;
	wordsOfSentence(clause).forEach((word, i) => {
		if (longestPart(word) > LONG_FRENCH_WORD && !isName(word.replace(ELISION, ''), i)) long++;
	});
	return long;
}

const ELISION = /^\p{L}{1,2}['’]/u;
const JOINED = /[-'’]/;

function longestPart(word: string): number {
	// Without an apostrophe or a hyphen, the word is its one part.
	if (!JOINED.test(word)) return word.length;
	let longest = 0;
	for (const part of word.replace(ELISION, '').split(/[-'’]/)) longest = Math.max(longest, part.length);
	return longest;
}
