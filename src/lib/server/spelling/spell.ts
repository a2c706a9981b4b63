import { keyOf, normalForm } from './keys';
import { SUPPLEMENT } from './supplement';
import type { WordList } from './word-list';

export interface Misspelling {
	word: string;
	/** Up to three words the dictionary knows, best first; empty when none is one edit away. */
	suggestions: string[];
	/** The Canadian spelling, when the word is its US spelling (color → colour). */
	canadian?: string;
}

export interface SpellOptions {
	/** The post's language's dictionary, then the other one: a French name in an English post passes. */
	own: WordList;
	other: WordList;
	lang: 'en' | 'fr';
	/** Whether a key is a name or term to leave alone (the course's names, the scenario's terms). */
	allowed: (key: string) => boolean;
	/** How many unknown words are looked into: a suggestion costs up to a few hundred look-ups. */
	suggestFor?: number;
}

// A word: letters, digits, and apostrophes or hyphens between letters (l’école, rendez-vous).
const WORD = /[\p{L}\p{N}](?:[\p{L}\p{M}\p{N}]|['’-](?=\p{L}))*/gu;
const ELISION = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)'/i;
const ALPHABET = "abcdefghijklmnopqrstuvwxyz'-";
const MAX_SUGGESTIONS = 3;

const isUpper = (word: string) => word === word.toUpperCase() && word !== word.toLowerCase();
const capitalised = (word: string) => /^\p{Lu}/u.test(word);
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** Whether the list accepts the word as written: "école", "École", "ÉCOLE" and "coeur", not "ecole" or "ontario". */
function accepts(list: WordList, word: string): boolean {
	let forms = list.forms(word);
	if (!forms) return false;
	if (forms.includes(word)) return true;
	// "soeur" for "sœur": the ligature is missing from most keyboards, and the OQLF tolerates oe.
	if (/oe/i.test(word)) forms = forms.map((f) => f.replace(/œ/g, 'oe').replace(/Œ/g, 'Oe'));
	if (forms.includes(word)) return true;
	const lower = word.toLowerCase();
	if (capitalised(word) && forms.some((f) => f === lower || capitalise(f) === word)) return true;
	return isUpper(word) && forms.some((f) => f.toUpperCase() === word);
}

/** Whether the word is right: as a whole, without an elision or a possessive, or each part of a compound. */
function known(word: string, lists: WordList[]): boolean {
	if (lists.some((list) => accepts(list, word))) return true;
	const elided = ELISION.exec(word);
	if (elided) return known(word.slice(elided[0].length), lists);
	const possessive = /^(.+?)(?:'s|s')$/i.exec(word);
	if (possessive) return known(possessive[1] + (word.endsWith("s'") ? 's' : ''), lists);
	if (word.includes('-')) return word.split('-').every((part) => part.length < 2 || known(part, lists));
	return false;
}

// US spellings and the Canadian ones Canadian Press and the Canada.ca style guide use (The Canadian
// Style, the Canadian Oxford Dictionary): colour, centre, travelled, catalogue, defence, grey.
const US_TO_CANADIAN: [RegExp, string][] = [
	[/or(s|ed|ing|ful|ite|ites|able)?$/, 'our$1'],
	[/er(s|ed)?$/, 're$1'],
	[/([aeiou])l(ed|ing|er|ers)$/, '$1ll$2'],
	[/og(s)?$/, 'ogue$1'],
	[/ense(s)?$/, 'ence$1'],
	[/^gray/, 'grey']
];

/** The Canadian spelling of a US one the English list lacks (the French list has "center"). */
function canadianOf(word: string, list: WordList): string | undefined {
	const lower = word.toLowerCase();
	if (list.forms(lower)?.includes(lower)) return undefined;
	for (const [us, canadian] of US_TO_CANADIAN) {
		if (!us.test(lower)) continue;
		const spelled = lower.replace(us, canadian);
		if (list.formsOfKey(spelled)?.includes(spelled)) return capitalised(word) ? capitalise(spelled) : spelled;
	}
	return undefined;
}

/**
 * Keys one edit away that the list holds, swaps first (recieve → receive, center → centre), then
 * insertions, deletions and replacements. Edits at position i keep the key's first i letters, so
 * once no key starts with them no later edit can match: most of the 60 edits a letter allows are
 * never looked up.
 */
function oneEditAway(key: string, list: WordList): string[] {
	const found: [string, number][] = [];
	const has = (candidate: string, rank: number, lo: number, hi: number) => {
		if (candidate !== key && list.isKey(list.lowerBound(candidate, lo, hi), candidate)) found.push([candidate, rank]);
	};
	let lo = 0;
	let hi = list.size;
	for (let i = 0; i <= key.length; i++) {
		const head = key.slice(0, i);
		if (i) {
			lo = list.lowerBound(head, lo, hi);
			hi = list.lowerBound(head + '\uffff', lo, hi);
			if (lo >= hi) break;
		}
		const tail = key.slice(i);
		if (i + 1 < key.length) has(head + key[i + 1] + key[i] + key.slice(i + 2), 0, lo, hi);
		for (const c of ALPHABET) has(head + c + tail, 1, lo, hi);
		if (i < key.length) has(head + key.slice(i + 1), 2, lo, hi);
		if (i < key.length) for (const c of ALPHABET) if (c !== key[i]) has(head + c + key.slice(i + 1), 3, lo, hi);
	}
	return [...new Set(found.sort((a, b) => a[1] - b[1]).map(([candidate]) => candidate))];
}

const suggested = new Map<string, string[]>();
const MAX_SUGGESTED = 2000;

/** What the trainee may have meant: the same letters with accents or capitals, else one edit away. */
export function suggest(word: string, list: WordList): string[] {
	const elided = ELISION.exec(word);
	if (elided) return suggest(word.slice(elided[0].length), list).map((rest) => elided[0] + rest);
	let result = suggested.get(word);
	if (result) return result;
	const found = new Set<string>();
	const key = keyOf(word);
	for (const form of list.formsOfKey(key) ?? []) if (!isUpper(form) || isUpper(word)) found.add(form);
	// Every short word is one edit from a dozen others ("wa" from "aw", "wad", "wag"): no guesses there.
	if (!found.size && key.length > 3)
		for (const candidate of oneEditAway(key, list)) for (const form of list.formsOfKey(candidate)!) if (!isUpper(form)) found.add(form);
	const lowerFirst = !capitalised(word);
	result = [...found]
		.filter((form) => form !== word)
		.sort((a, b) => Number(lowerFirst && capitalised(a)) - Number(lowerFirst && capitalised(b)))
		.slice(0, MAX_SUGGESTIONS)
		.map((form) => (capitalised(word) ? capitalise(form) : form));
	if (suggested.size >= MAX_SUGGESTED) suggested.delete(suggested.keys().next().value!);
	suggested.set(word, result);
	return result;
}

const verdicts = new Map<string, true | string | false>();
const MAX_VERDICTS = 20_000;

/**
 * Whether a word is right (true), the US spelling of a Canadian one (that one), or unknown (false).
 * Remembered: the same words come back in every post and at every pause in typing.
 */
function verdictOn(word: string, { own, other, lang }: SpellOptions): true | string | false {
	const memo = lang + word;
	let verdict = verdicts.get(memo);
	if (verdict !== undefined) return verdict;
	if (accepts(own, word) || SUPPLEMENT[lang].has(word.toLowerCase())) verdict = true;
	else verdict = (lang === 'en' && canadianOf(word, own)) || known(word, [own, other]);
	if (verdicts.size >= MAX_VERDICTS) verdicts.delete(verdicts.keys().next().value!);
	verdicts.set(memo, verdict);
	return verdict;
}

/** Forgets the words judged and the suggestions made, to measure a run on words never seen. */
export function forgetSuggestions(): void {
	suggested.clear();
	verdicts.clear();
}

/** Whether the word starts a sentence (or a line): only there is a capital letter no sign of a name. */
function startsSentence(text: string, index: number): boolean {
	const before = text.slice(Math.max(0, index - 12), index);
	if (/\n[\s«“"(\-•–—*]*$/.test(before)) return true;
	const trimmed = text.slice(Math.max(0, index - 40), index).replace(/[\s«“"(\-•–—*\u00A0]+$/, '');
	return (index < 40 && trimmed === '') || /[.!?…:]$/.test(trimmed);
}

/**
 * The words of `prose` neither dictionary (nor the supplement) knows but with a known word one edit
 * away, or the same letters with other accents or capitals: "goverment", "ecole", "color". Left alone:
 * acronyms (OHIP), words with digits, capitals inside a word (ServiceOntario, iPhone), the allowed
 * names, names (a capitalised word inside a sentence, or starting one before another capitalised
 * word: Kawartha Lakes), and words nothing known is near (Wiikwemkoong, hairstyling): a false alarm
 * on a name or a new word teaches people to ignore the check, and typos are mostly one edit away.
 * Only the first `suggestFor` unknown words are looked into, to bound the time.
 */
export function misspellings(prose: string, options: SpellOptions): Misspelling[] {
	const { own, allowed, suggestFor = 8 } = options;
	const found: Misspelling[] = [];
	const seen = new Set<string>();
	let suggestedFor = 0;
	for (const match of prose.matchAll(WORD)) {
		if (seen.has(match[0])) continue;
		seen.add(match[0]);
		const word = normalForm(match[0]);
		// Digits, one letter, or the mathematical letters of fancy text (its own check).
		if (/[\d\u{1D400}-\u{1D7FF}]/u.test(word) || word.length < 2) continue;
		if (isUpper(word.replace(/['-]/g, '')) || /\p{Ll}\p{Lu}/u.test(word)) continue;
		const name = capitalised(word);
		if (name && (!startsSentence(prose, match.index) || /^\s+\p{Lu}/u.test(prose.slice(match.index + match[0].length)))) continue;
		const verdict = verdictOn(word, options);
		if (verdict === true) continue;
		const key = keyOf(word);
		if (allowed(key) || key.split(/['-]/).every(allowed)) continue;
		if (verdict) {
			found.push({ word: match[0], suggestions: [verdict], canadian: verdict });
			continue;
		}
		// A word no dictionary word is near is more often a gap in the dictionary (hairstyling,
		// wildland) or a name than a typo, and typos are mostly one edit from the word meant.
		if (suggestedFor++ >= suggestFor) break;
		const curly = match[0].includes('’');
		const suggestions = suggest(word, own).map((s) => (curly ? s.replace(/'/g, '’') : s));
		if (suggestions.length) found.push({ word: match[0], suggestions });
	}
	return found;
}
