import { define, t } from '../../exercises/checks/define';
import { hashtagsIn, proseOf } from '../../exercises/text';
import type { CheckDefinition, CheckSettings, Localized } from '../../exercises/types';
import { keyOf } from '../spelling/keys';
import { courseNames, loadCourseNames, namesIn } from '../spelling/names';
import { segment } from '../spelling/segment';
import { misspellings, type Misspelling } from '../spelling/spell';
import { loadWordList, wordList, type WordList } from '../spelling/word-list';
import { setImmediate as nextTurn } from 'node:timers/promises';

type Lang = 'en' | 'fr';
const otherOf = (lang: Lang): Lang => (lang === 'fr' ? 'en' : 'fr');
const capitalise = (word: string) => word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
/** Longer than this, a tag in capitals is not an acronym (#OHIP, #COVID) but shouting words (#FIREBAN). */
const ACRONYM_MAX = 5;

const tags = new Map<string, string | null>();
const MAX_TAGS = 500;

/** Forgets the hashtags seen, to measure a run on text never seen. */
export function forgetTags(): void {
	tags.clear();
}

/** How a hashtag would read in CamelCase, or null when it is one word, an acronym or already mixed case. */
export function camelCase(tag: string, lang: Lang): string | null {
	const memo = `${lang}${tag}`;
	let camel = tags.get(memo);
	if (camel === undefined) {
		camel = camelCaseOf(tag, lang);
		// A tag stays the same over many keystrokes while the post around it changes.
		if (tags.size >= MAX_TAGS) tags.delete(tags.keys().next().value!);
		tags.set(memo, camel);
	}
	return camel;
}

function camelCaseOf(tag: string, lang: Lang): string | null {
	const body = tag.slice(1).normalize('NFC');
	// #fire_ban already shows its words apart.
	if (body.includes('_')) return null;
	const letters = body.replace(/\d/g, '');
	if (!letters) return null;
	const rest = [...letters].slice(1).join('');
	const upper = letters === letters.toUpperCase();
	// #ontariojobs, #Ontariojobs and #FIREBAN read as one word; #OntarioJobs is fine already.
	if (!upper && rest !== rest.toLowerCase()) return null;
	if (upper && [...letters].length <= ACRONYM_MAX) return null;
	const own = wordList(lang);
	const other = wordList(otherOf(lang));
	if (own.forms(body) || other.forms(body)) return null;
	const pieces = segment(body, own, lang) ?? segment(body, other, otherOf(lang));
	if (!pieces || pieces.filter((piece) => !piece.number).length < 2) return null;
	return '#' + pieces.map((piece) => (piece.number ? piece.text : capitalise(spelled(piece.text, [own, other])))).join('');
}

/** The piece as written if the first dictionary that has it spells it so, else its only accented spelling: "ete" → "été". */
function spelled(piece: string, lists: WordList[]): string {
	const lower = piece.toLowerCase();
	const forms = lists.map((list) => list.forms(lower)).find(Boolean);
	if (!forms || forms.some((f) => f.toLowerCase() === lower)) return lower;
	const spellings = new Set(forms.map((f) => f.toLowerCase()));
	return spellings.size === 1 ? [...spellings][0] : lower;
}

export const hashtagCase = define({
	id: 'hashtag_case',
	title: t('CamelCase hashtags', 'Mots-clics en CasseMixte'),
	severity: 'warning',
	guidance: t(
		'accessibility (AODA): screen readers read #OntarioJobs as two words and #ontariojobs as one',
		'accessibilité (LAPHO) : les lecteurs d’écran lisent #EmploisOntario en deux mots et #emploisontario en un seul'
	),
	run(post) {
		const problems: Localized[] = [];
		for (const tag of hashtagsIn(post.text)) {
			const camel = camelCase(tag, post.lang);
			if (camel) problems.push(t(`Write ${tag} as ${camel}.`, `Écrivez ${tag} sous la forme ${camel}.`));
		}
		return problems;
	}
});

/** The scenario's own terms, allowed as the course's names are. */
function allowedIn(settings: CheckSettings): (key: string) => boolean {
	const terms = new Set([...settings.keyTerms.en, ...settings.keyTerms.fr].flatMap((term) => [...namesIn(term), ...term.split(/\s+/).map(keyOf)]));
	const names = courseNames();
	return (key) => names.has(key) || terms.has(key);
}

const quoted = (words: string[], lang: Lang) => words.map((w) => (lang === 'fr' ? `« ${w} »` : `“${w}”`)).join(lang === 'fr' ? ' ou ' : ' or ');

function message({ word, suggestions, canadian }: Misspelling, lang: Lang, where: Localized): Localized {
	if (canadian)
		return t(
			`“${word}”${where.en} is the US spelling: write “${canadian}” (Canadian spelling).`,
			`« ${word} »${where.fr} est l’orthographe américaine : écrivez « ${canadian} » (orthographe canadienne).`
		);
	const dictionary = lang === 'fr' ? t('French', 'français') : t('Canadian English', 'anglais canadien');
	const hint = suggestions.length ? t(`: did you mean ${quoted(suggestions, 'en')}?`, ` : vouliez-vous écrire ${quoted(suggestions, 'fr')}?`) : t('.', '.');
	return t(
		`“${word}”${where.en} is not in the ${dictionary.en} dictionary${hint.en}`,
		`« ${word} »${where.fr} n’est pas dans le dictionnaire ${dictionary.fr}${hint.fr}`
	);
}

export const spelling = define({
	id: 'spelling',
	title: t('Spelling', 'Orthographe'),
	severity: 'warning',
	guidance: t(
		'Canadian Press and the Canada.ca Content Style Guide: Canadian spelling (Hunspell en-CA dictionary)',
		'Clefs du français pratique (Bureau de la traduction) : orthographe et accents (dictionnaire Hunspell français)'
	),
	run(post, { settings }) {
		const own = wordList(post.lang);
		const options = { own, other: wordList(otherOf(post.lang)), lang: post.lang, allowed: allowedIn(settings) };
		const problems = misspellings(proseOf(post.text), options).map((m) => message(m, post.lang, t('', '')));
		post.alts.forEach((alt, i) => {
			const where = post.alts.length > 1 ? t(` (alt text ${i + 1})`, ` (texte de remplacement ${i + 1})`) : t(' (alt text)', ' (texte de remplacement)');
			problems.push(...misspellings(proseOf(alt), options).map((m) => message(m, post.lang, where)));
		});
		return problems;
	}
});

/**
 * Loads both word lists and the course's names (some 20 MB) in the background, so that the first
 * trainee to pause typing does not wait for them, nor the server's first request: the files are
 * read off the main thread and the work on it comes in slices of tens of milliseconds. The checks
 * load them at once on first use if that comes earlier.
 */
export async function loadDictionaries(): Promise<void> {
	await loadWordList('en');
	await nextTurn();
	await loadWordList('fr');
	await nextTurn();
	await loadCourseNames();
}

/**
 * Checks that need the Hunspell dictionaries (spelling, hashtag words): too big for the browser, so
 * the server runs them at submission and as the trainee pauses typing, after the registry's own.
 */
export const DICTIONARY_CHECKS: readonly CheckDefinition[] = [hashtagCase, spelling];
