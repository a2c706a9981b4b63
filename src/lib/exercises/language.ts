import { francAll } from 'franc-min';
import type { Locale } from '$lib/paraglide/runtime';
import { sentencesIn, wordsOf } from './text';

const CODES = { eng: 'en', fra: 'fr' } as const;
/** Below this many words, trigrams alone say little: "Winter tires save lives." reads as French to them. */
const MIN_WORDS_FOR_TRIGRAMS = 6;
/** How close the runner-up's trigram score may come before we call it undecided. */
const MARGIN = 0.7;

// Function words settle short sentences that trigrams cannot: words that are both English and
// French ("a", "on", "son", "plus") are left out.
const ENGLISH = new Set(
	'the and is are was were be been will to of for with at from by your you our we they this that these those it its not can has have had before after until what when where how why who which if or but there their all about here now'.split(
		' '
	)
);
const FRENCH = new Set(
	'le la les des du de et est sont à au aux pour avec votre vos vous nous notre nos une dans sur par ce cette ces qui que pas mais ou où il elle ils elles être été sera très aussi leur leurs'.split(
		' '
	)
);
const ELIDED = /^[ldqnjcs]['’]/;

function functionWordLean(words: string[]): number {
	let lean = 0;
	for (const word of words) {
		const w = word.toLowerCase();
		if (ENGLISH.has(w)) lean++;
		else if (FRENCH.has(w) || ELIDED.test(w)) lean--;
	}
	return lean;
}

export interface SentenceLanguage {
	sentence: string;
	lang: Locale | 'und';
}

// While someone types, only the sentence under the cursor changes: remember the others.
const known = new Map<string, Locale | 'und'>();
const MAX_KNOWN = 2000;

function languageOf(sentence: string): Locale | 'und' {
	const cached = known.get(sentence);
	if (cached) return cached;
	const words = wordsOf(sentence);
	const lean = functionWordLean(words);
	let lang: Locale | 'und' = 'und';
	if (Math.abs(lean) >= 2) lang = lean > 0 ? 'en' : 'fr';
	else {
		const [best, second] = francAll(sentence, { only: ['eng', 'fra'], minLength: 10 });
		const trigrams = best && best[0] !== 'und' ? CODES[best[0] as keyof typeof CODES] : 'und';
		// One function word decides only with the trigrams' agreement; none, only a clear trigram verdict on a longer sentence.
		if (lean !== 0) lang = trigrams === (lean > 0 ? 'en' : 'fr') ? trigrams : 'und';
		else if (words.length >= MIN_WORDS_FOR_TRIGRAMS && !(second && second[1] > MARGIN)) lang = trigrams;
	}
	if (known.size >= MAX_KNOWN) known.clear();
	known.set(sentence, lang);
	return lang;
}

/** The language of each sentence, English or French only: function words, then trigrams (franc, restricted to eng/fra). */
export function sentenceLanguages(text: string): SentenceLanguage[] {
	return sentencesIn(text).map((sentence) => ({ sentence, lang: languageOf(sentence) }));
}

/** The sentences that read as the other language. */
export function sentencesNotIn(lang: Locale, text: string): string[] {
	return sentenceLanguages(text)
		.filter((s) => s.lang !== 'und' && s.lang !== lang)
		.map((s) => s.sentence);
}

export function forgetLanguages(): void {
	known.clear();
}
