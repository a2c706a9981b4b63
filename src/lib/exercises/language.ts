import { francAll } from 'franc-min';
import { data as TRIGRAM_DATA } from 'franc-min/data.js';
import type { Locale } from '$lib/paraglide/runtime';
import { fold, sentencesIn, wordsOf, wordsOfSentence } from './text';
import { RunMemo } from './memo';

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

// Names are not sentences: "the Festival franco-ontarien", « Jour des Franco-Ontariens » or
// "Ontario Trillium Foundation" in a post of the other language is a proper noun, not a stray
// sentence. Quoted titles go whole; a run of capitalised words goes with the little words that
// join its parts ("Salon du livre de Toronto" leaves only "livre").
const QUOTED = /«[^«»\n]*»|“[^“”\n]*”|"[^"\n]*"/g;
const JOINERS = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'of', 'the', 'and', 'et', 'for', 'pour', 'en', 'sur', 'à', 'on', 'in', 'd', 'l']);
const CAPITALISED = /^[\p{Lu}]/u;
// An elided article or pronoun (l’, d’, qu’…): the word's capital is the one after it.
const ELIDED_LETTER = /^\p{L}['’]/u;
// Regular expressions are constants here, and replace() runs only where it changes something: a regex
// literal in a loop is a new object each time, and the checks run on every keystroke.
const withoutElision = (word: string) => (ELIDED_LETTER.test(word) ? word.replace(ELIDED_LETTER, '') : word);
const TRAILING_APOSTROPHE = /['’]$/;

/** The words of a sentence without its quoted titles and proper names. */
export function wordsWithoutNames(sentence: string): string[] {
	const unquoted = sentence.replace(QUOTED, ' ');
	const words = unquoted === sentence ? wordsOfSentence(sentence) : wordsOf(unquoted);
	const kept: string[] = [];
	for (let i = 0; i < words.length; i++) {
		const word = words[i];
		const capital = CAPITALISED.test(withoutElision(word));
		// The first word of a sentence is capitalised anyway: it is a name only when the next word is too.
		const name = capital && (i > 0 || (words.length > 1 && CAPITALISED.test(words[1]) && !ENGLISH.has(word.toLowerCase()) && !FRENCH.has(word.toLowerCase())));
		if (name) {
			// Swallow the joiners that lead to another capitalised word.
			let j = i + 1;
			while (j < words.length) {
				let k = j;
				while (k < words.length && JOINERS.has(words[k].toLowerCase().replace(TRAILING_APOSTROPHE, ''))) k++;
				if (k < words.length && CAPITALISED.test(withoutElision(words[k]))) j = k + 1;
				else break;
			}
			i = j - 1;
			continue;
		}
		kept.push(word);
	}
	return kept;
}

export interface SentenceLanguage {
	sentence: string;
	lang: Locale | 'und';
	/** Words left once names and quoted titles are set aside, and every word. */
	words: number;
	allWords: number;
}

// franc, restricted to English and French, computes the same two distances more cheaply. franc first
// finds the script most of the text is written in (some twenty patterns run over it) and then scores
// trigrams against every language of that script kept by `only`: when more than half the text is
// plain Latin letters (a-z, À-ÿ, all in franc's Latin pattern), no other script can outnumber Latin,
// so the scan is skipped; the trigrams are franc's (trigram-utils: symbols and digits U+0021-U+0040
// to spaces, white space collapsed, trimmed, lower case, padded with a space), counted without being
// sorted, since a sum does not depend on order. Any other text goes to franc itself.
// language.test.ts compares the two on every sentence of the course and the corpus.
const TRIGRAM_MODELS = (['eng', 'fra'] as const).map((code) => {
	const model = new Map<string, number>();
	// As franc, a trigram listed twice keeps its better rank.
	TRIGRAM_DATA.Latin[code].split('|').forEach((trigram, rank) => model.has(trigram) || model.set(trigram, rank));
	return [code, model] as const;
});

/*
 * The same models keyed by numbers: three characters of ten bits each, a small integer V8 keeps
 * unboxed. Counting a sentence's trigrams as strings made a string and a map entry for each (80 KB for
 * 280 characters, a third of a run's garbage); as numbers, one typed array is sorted and read in runs.
 * The models use characters below U+03FF and ’, given the last code; a text with any other character
 * (or one whose lower case is longer) is counted as strings, as before.
 */
const APOSTROPHE_CODE = 0x3ff;
const codeOf = (c: number) => (c === 0x2019 ? APOSTROPHE_CODE : c < APOSTROPHE_CODE ? c : -1);
const trigramKey = (a: number, b: number, c: number) => (a << 20) | (b << 10) | c;
const NUMERIC_MODELS = TRIGRAM_MODELS.map(([code, model]) => {
	const numeric = new Map<number, number>();
	for (const [trigram, rank] of model)
		numeric.set(trigramKey(codeOf(trigram.charCodeAt(0)), codeOf(trigram.charCodeAt(1)), codeOf(trigram.charCodeAt(2))), rank);
	return [code, numeric] as const;
});
/**
 * Each code's lower case (a character under U+03FF lower-cased to one such character), or -1. Σ is left
 * out: its lower case depends on where it stands in a word.
 */
const LOWER = Int16Array.from({ length: APOSTROPHE_CODE }, (_, c) => {
	if (c === 0x3a3) return -1;
	const lower = String.fromCharCode(c).toLowerCase();
	return lower.length === 1 && lower.charCodeAt(0) < APOSTROPHE_CODE ? lower.charCodeAt(0) : -1;
});
const SPACE = 0x20;
/** White space below U+03FF, as \s matches it. */
const isSpace = (c: number) => (c >= 0x09 && c <= 0x0d) || c === SPACE || c === 0xa0;

/**
 * franc's cleaned text (symbols and digits to spaces, white space collapsed, trimmed, lower case,
 * padded with a space) as codes, or null when a character has no code.
 */
function cleanedCodes(value: string): Int16Array | null {
	const codes = new Int16Array(value.length + 2);
	let n = 0;
	codes[n++] = SPACE;
	for (let i = 0; i < value.length; i++) {
		const raw = value.charCodeAt(i);
		let c = codeOf(raw);
		if (c < 0) return null;
		if (c !== APOSTROPHE_CODE) {
			if ((c >= 0x21 && c <= 0x40) || isSpace(c)) c = SPACE;
			else if ((c = LOWER[c]) < 0) return null;
		}
		if (c === SPACE && codes[n - 1] === SPACE) continue;
		codes[n++] = c;
	}
	if (codes[n - 1] !== SPACE) codes[n++] = SPACE;
	return codes.subarray(0, n);
}

/** The distance of the text's trigrams to each model, counted as numbers; null when it cannot be. */
function numericDistances(value: string): [string, number][] | null {
	const codes = cleanedCodes(value);
	if (!codes) return null;
	if (codes.length < 3) return NUMERIC_MODELS.map(([code]) => [code, 0]);
	const keys = new Int32Array(codes.length - 2);
	for (let i = 0; i < keys.length; i++) keys[i] = trigramKey(codes[i], codes[i + 1], codes[i + 2]);
	keys.sort();
	return NUMERIC_MODELS.map(([code, model]) => {
		let distance = 0;
		for (let i = 0; i < keys.length;) {
			let j = i + 1;
			while (j < keys.length && keys[j] === keys[i]) j++;
			const rank = model.get(keys[i]);
			distance += rank === undefined ? FRANC_MAX_DIFFERENCE : Math.abs(j - i - rank - 1);
			i = j;
		}
		return [code, distance];
	});
}

const FRANC_MIN_LENGTH = 10;
const FRANC_MAX_LENGTH = 2048;
const FRANC_MAX_DIFFERENCE = 300;
/** A-Z, a-z, À-Ö, Ø-ö, ø-ÿ. */
const isPlainLatin = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0xc0 && c <= 0xff && c !== 0xd7 && c !== 0xf7);

/** What `francAll(value, { only: ['eng', 'fra'], minLength: 10 })` returns, worked out faster. */
export function englishOrFrench(value: string): [string, number][] {
	if (value.length < FRANC_MIN_LENGTH) return [['und', 1]];
	value = value.slice(0, FRANC_MAX_LENGTH);
	let latin = 0;
	for (let i = 0; i < value.length; i++) if (isPlainLatin(value.charCodeAt(i))) latin++;
	if (latin * 2 <= value.length) return francAll(value, { only: ['eng', 'fra'], minLength: FRANC_MIN_LENGTH });
	const distances = numericDistances(value) ?? stringDistances(value);
	distances.sort((a, b) => a[1] - b[1]);
	const min = distances[0][1];
	const max = value.length * FRANC_MAX_DIFFERENCE - min;
	for (const d of distances) d[1] = 1 - (d[1] - min) / max || 0;
	return distances;
}

/** The distances counted with strings, as franc counts them (for a text with characters outside the models'). */
function stringDistances(value: string): [string, number][] {
	const padded =
		' ' +
		value
			.replace(/[\u0021-\u0040]+/g, ' ')
			.replace(/\s+/g, ' ')
			.trim()
			.toLowerCase() +
		' ';
	const counts = new Map<string, number>();
	for (let i = 0; i + 3 <= padded.length; i++) {
		const trigram = padded.slice(i, i + 3);
		counts.set(trigram, (counts.get(trigram) ?? 0) + 1);
	}
	return TRIGRAM_MODELS.map(([code, model]) => {
		let distance = 0;
		for (const [trigram, count] of counts) {
			const rank = model.get(trigram);
			distance += rank === undefined ? FRANC_MAX_DIFFERENCE : Math.abs(count - rank - 1);
		}
		return [code, distance];
	});
}

// While someone types, only the sentence under the cursor changes: remember the others.
type Judged = Omit<SentenceLanguage, 'sentence'>;
const known = new RunMemo<string, Judged>();

function languageOf(sentence: string): Judged {
	const cached = known.get(sentence);
	if (cached) return cached;
	const words = wordsWithoutNames(sentence);
	const lean = functionWordLean(words);
	let lang: Locale | 'und' = 'und';
	if (Math.abs(lean) >= 2) lang = lean > 0 ? 'en' : 'fr';
	else if (words.length >= 2) {
		const rest = words.join(' ');
		const [best, second] = englishOrFrench(rest);
		const trigrams = best && best[0] !== 'und' ? CODES[best[0] as keyof typeof CODES] : 'und';
		// One function word decides only with the trigrams' agreement; none, only a clear trigram verdict on a longer sentence.
		if (lean !== 0) lang = trigrams === (lean > 0 ? 'en' : 'fr') ? trigrams : 'und';
		else if (words.length >= MIN_WORDS_FOR_TRIGRAMS && !(second && second[1] > MARGIN)) lang = trigrams;
	}
	const result = { lang, words: words.length, allWords: wordsOfSentence(sentence).length };
	known.set(sentence, result);
	return result;
}

/** The language of each sentence, English or French only: function words, then trigrams (franc, restricted to eng/fra). */
export function sentenceLanguages(text: string): SentenceLanguage[] {
	return sentencesIn(text).map((sentence) => ({ sentence, ...languageOf(sentence) }));
}

// The short calls to action and sign-offs that a translator leaves in the source language: too
// short for trigrams or function words, so they are known by name. "Merci" and "Thanks" are not
// here: a bilingual thank-you is a courtesy, not a mistake.
const ENGLISH_FRAGMENTS = [
	'apply',
	'register',
	'subscribe',
	'follow us',
	'visit',
	'call',
	'watch',
	'learn more',
	'read more',
	'find out more',
	'find out how',
	'learn how',
	'more info',
	'more information',
	'more details',
	'details here',
	'click here',
	'tap here',
	'click the link',
	'link in bio',
	'apply now',
	'apply today',
	'apply online',
	'apply here',
	'register now',
	'register today',
	'sign up',
	'sign up now',
	'sign up today',
	'book now',
	'book today',
	'book online',
	'stay safe',
	'be safe',
	'stay tuned',
	'stay informed',
	'stay cool',
	'stay warm',
	"don't miss it",
	'dont miss it',
	'see you there',
	'join us',
	'get started',
	'save the date',
	'share this',
	'spread the word',
	'watch now',
	'reminder',
	'update',
	'deadline',
	'breaking'
];
const FRENCH_FRAGMENTS = [
	'postulez',
	'visitez',
	'appelez',
	'abonnez-vous',
	'suivez-nous',
	'reservez',
	'en savoir plus',
	'pour en savoir plus',
	'plus de details',
	'plus d information',
	'plus d informations',
	'pour plus de renseignements',
	'renseignements',
	'cliquez ici',
	'lien dans la bio',
	'postulez maintenant',
	'postulez des maintenant',
	'inscrivez-vous',
	'inscrivez-vous maintenant',
	'inscrivez-vous des maintenant',
	'reservez maintenant',
	'reservez des maintenant',
	'restez en securite',
	'soyez prudents',
	'soyez prudentes',
	'soyez prudentes et prudents',
	'a bientot',
	'rappel',
	'mise a jour',
	'date limite',
	'venez en grand nombre',
	'on vous attend',
	'nous vous attendons',
	'au plaisir de vous voir',
	'soyez des notres',
	'bonne fin de semaine'
];
const FRAGMENTS: Record<Locale, { list: string[]; own: Set<string> }> = {
	// Fragments in English that give a French post away, and French ones in an English post.
	fr: { list: ENGLISH_FRAGMENTS, own: FRENCH },
	en: { list: FRENCH_FRAGMENTS, own: ENGLISH }
};
const normalise = (text: string) =>
	fold(text)
		.replace(/[’']/g, ' ')
		.replace(/[^\p{L}\p{N}\s-]/gu, ' ')
		.replace(/\s+/g, ' ')
		.trim();
/** At most this many words may follow the fragment ("Apply now at", the link gone). */
const FRAGMENT_TAIL = 3;

/** Whether a sentence too short to judge is one of the other language's stock fragments. */
export function isStrayFragment(sentence: string, postLang: Locale): boolean {
	const { list, own } = FRAGMENTS[postLang];
	const flat = normalise(sentence);
	const words = flat.split(' ');
	for (const fragment of list) {
		if (flat !== fragment && !flat.startsWith(fragment + ' ')) continue;
		const tail = words.slice(fragment.split(' ').length);
		if (tail.length <= FRAGMENT_TAIL && !tail.some((w) => own.has(w))) return true;
	}
	return false;
}

export interface LanguageBlock {
	lang: Locale;
	sentences: string[];
	words: number;
}

/** Consecutive sentences of the same language; an undecided one joins the block it sits in. */
export function languageBlocks(text: string): LanguageBlock[] {
	const blocks: LanguageBlock[] = [];
	const before: SentenceLanguage[] = [];
	for (const s of sentenceLanguages(text)) {
		const last = blocks.at(-1);
		// An undecided sentence joins its block, unless it is one of the other language's stock fragments ("Apply at").
		const lang = s.lang === 'und' && last && isStrayFragment(s.sentence, last.lang) ? (last.lang === 'en' ? 'fr' : 'en') : s.lang;
		if (lang === 'und') {
			if (last) {
				last.sentences.push(s.sentence);
				last.words += s.allWords;
			} else before.push(s);
		} else if (last?.lang === lang) {
			last.sentences.push(s.sentence);
			last.words += s.allWords;
		} else blocks.push({ lang, sentences: [s.sentence], words: s.allWords });
	}
	if (blocks.length && before.length) {
		blocks[0].sentences.unshift(...before.map((s) => s.sentence));
		blocks[0].words += before.reduce((sum, s) => sum + s.allWords, 0);
	}
	return blocks;
}

/** The sentences that read as the other language, with the other language's stock fragments. */
export function sentencesNotIn(lang: Locale, text: string): string[] {
	return sentenceLanguages(text)
		.filter((s) => (s.lang === 'und' ? isStrayFragment(s.sentence, lang) : s.lang !== lang))
		.map((s) => s.sentence);
}

/**
 * A post written in both languages on purpose (module 5, "One bilingual post") gives each version
 * in full: the French has at least 60 % of the English's words (the share the French-counterpart
 * check asks of a separate French post), the English at least half the French's (French runs
 * 15 to 20 % longer than English), and each at least a sentence's worth.
 */
const FRENCH_SHARE = 0.6;
const ENGLISH_SHARE = 0.5;
const BILINGUAL_MIN_WORDS = 5;

export interface LanguageMix {
	blocks: LanguageBlock[];
	words: Record<Locale, number>;
	/** One block in each language, each complete: a bilingual post rather than stray sentences. */
	bilingual: boolean;
}

// The readability checks and language_match all ask for the same post's mix: work it out once.
const mixes = new RunMemo<string, LanguageMix>();

/** The language blocks of a text, remembered for the last few texts (the result is shared: do not change it). */
export function languageMix(text: string): LanguageMix {
	let mix = mixes.get(text);
	if (mix === undefined) {
		mix = mixOf(text);
		mixes.set(text, mix);
	}
	return mix;
}

function mixOf(text: string): LanguageMix {
	const blocks = languageBlocks(text);
	const words = { en: 0, fr: 0 };
	for (const block of blocks) words[block.lang] += block.words;
	// One block in each language: English then French, or French then English.
	const bilingual =
		blocks.length === 2 && Math.min(words.en, words.fr) >= BILINGUAL_MIN_WORDS && words.fr >= words.en * FRENCH_SHARE && words.en >= words.fr * ENGLISH_SHARE;
	return { blocks, words, bilingual };
}

/** The text a reader of `lang` reads: in a bilingual post, only the sentences in that language. */
export function textIn(lang: Locale, text: string): string {
	const mix = languageMix(text);
	if (!mix.bilingual) return text;
	return mix.blocks
		.filter((b) => b.lang === lang)
		.flatMap((b) => b.sentences)
		.join('\n');
}
