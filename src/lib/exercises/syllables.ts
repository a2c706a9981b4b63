import pluralize from 'pluralize';
import normalize from 'normalize-strings';
import { problematic } from 'syllable/problematic.js';

/*
 * The syllable counter of `syllable` 5.0.1 (Titus Wormer, MIT licence), copied so that it can skip work
 * that cannot change its answer, with exactly its answers (syllables.test.ts compares the two on every
 * word of the Canadian English dictionary and its plurals):
 * - a word of plain letters a-z is not run through normalize-strings, which maps only accented
 *   and other non-ASCII letters;
 * - the singular (pluralize, the costliest step: some thirty patterns tried in turn) is asked for only
 *   when it could be one of the `problematic` words. Every singular rule of pluralize replaces at most
 *   the last four letters of a word (“ices” → “ex”, “ople” → “rson”), and no irregular plural
 *   (“children”, “teeth”) has a problematic singular; so a word of five letters or more whose letters
 *   before its last four start no problematic word cannot have a problematic singular;
 * - a prefix or suffix pattern is replaced only when it matches (`test` first), which leaves the count
 *   and the word as they were.
 * The patterns themselves are the library's, unchanged.
 */

const own = {}.hasOwnProperty;
const PROBLEMATIC = problematic;
/** Every start of a problematic word: "ab", "aba", "abal"... */
const PROBLEMATIC_STARTS = new Set(Object.keys(PROBLEMATIC).flatMap((word) => [...word].map((_, i) => word.slice(0, i + 1))));
/** The most letters at the end of a word that a singular rule of pluralize replaces. */
const SINGULAR_CHANGES_AT_MOST = 4;

// Two expressions of occurrences which normally would be counted as two
// syllables, but should be counted as one.
const EXPRESSION_MONOSYLLABIC_ONE = new RegExp(
	[
		'awe($|d|so)',
		'cia(?:l|$)',
		'tia',
		'cius',
		'cious',
		'[^aeiou]giu',
		'[aeiouy][^aeiouy]ion',
		'iou',
		'sia$',
		'eous$',
		'[oa]gue$',
		'.[^aeiuoycgltdb]{2,}ed$',
		'.ely$',
		'^jua',
		'uai',
		'eau',
		'^busi$',
		'(?:[aeiouy](?:' +
			['[bcfgklmnprsvwxyz]', 'ch', 'dg', 'g[hn]', 'lch', 'l[lv]', 'mm', 'nch', 'n[cgn]', 'r[bcnsv]', 'squ', 's[chkls]', 'th'].join('|') +
			')ed$)',
		'(?:[aeiouy](?:' + ['[bdfklmnprstvy]', 'ch', 'g[hn]', 'lch', 'l[lv]', 'mm', 'nch', 'nn', 'r[nsv]', 'squ', 's[cklst]', 'th'].join('|') + ')es$)'
	].join('|'),
	'g'
);

const EXPRESSION_MONOSYLLABIC_TWO = new RegExp(
	'[aeiouy](?:' + ['[bcdfgklmnprstvyz]', 'ch', 'dg', 'g[hn]', 'l[lv]', 'mm', 'n[cgns]', 'r[cnsv]', 'squ', 's[cklst]', 'th'].join('|') + ')e$',
	'g'
);

// Four expression of occurrences which normally would be counted as one
// syllable, but should be counted as two.
const EXPRESSION_DOUBLE_SYLLABIC_ONE = new RegExp(
	'(?:' +
		[
			'([^aeiouy])\\1l',
			'[^aeiouy]ie(?:r|s?t)',
			'[aeiouym]bl',
			'eo',
			'ism',
			'asm',
			'thm',
			'dnt',
			'snt',
			'uity',
			'dea',
			'gean',
			'oa',
			'ua',
			'react?',
			'orbed', // Cancel `'.[^aeiuoycgltdb]{2,}ed$',`
			'shred', // Cancel `'.[^aeiuoycgltdb]{2,}ed$',`
			'eings?',
			'[aeiouy]sh?e[rs]'
		].join('|') +
		')$',
	'g'
);

const EXPRESSION_DOUBLE_SYLLABIC_TWO = new RegExp(
	['creat(?!u)', '[^gq]ua[^auieo]', '[aeiou]{3}', '^(?:ia|mc|coa[dglx].)', '^re(app|es|im|us)', '(th|d)eist'].join('|'),
	'g'
);

const EXPRESSION_DOUBLE_SYLLABIC_THREE = new RegExp(
	['[^aeiou]y[ae]', '[^l]lien', 'riet', 'dien', 'iu', 'io', 'ii', 'uen', '[aeilotu]real', 'real[aeilotu]', 'iell', 'eo[^aeiou]', '[aeiou]y[aeiou]'].join('|'),
	'g'
);

const EXPRESSION_DOUBLE_SYLLABIC_FOUR = /[^s]ia/;

// Expression to match single syllable pre- and suffixes.
const EXPRESSION_SINGLE = new RegExp(
	[
		'^(?:' + ['un', 'fore', 'ware', 'none?', 'out', 'post', 'sub', 'pre', 'pro', 'dis', 'side', 'some'].join('|') + ')',
		'(?:' +
			[
				'ly',
				'less',
				'some',
				'ful',
				'ers?',
				'ness',
				'cians?',
				'ments?',
				'ettes?',
				'villes?',
				'ships?',
				'sides?',
				'ports?',
				'shires?',
				'[gnst]ion(?:ed|s)?'
			].join('|') +
			')$'
	].join('|'),
	'g'
);

// Expression to match double syllable pre- and suffixes.
const EXPRESSION_DOUBLE = new RegExp(
	[
		'^' +
			'(?:' +
			[
				'above',
				'anti',
				'ante',
				'counter',
				'hyper',
				'afore',
				'agri',
				'infra',
				'intra',
				'inter',
				'over',
				'semi',
				'ultra',
				'under',
				'extra',
				'dia',
				'micro',
				'mega',
				'kilo',
				'pico',
				'nano',
				'macro',
				'somer'
			].join('|') +
			')',
		'(?:fully|berry|woman|women|edly|union|((?:[bcdfghjklmnpqrstvwxz])|[aeiou])ye?ing)$'
	].join('|'),
	'g'
);

// Expression to match triple syllable suffixes.
const EXPRESSION_TRIPLE = /(creations?|ology|ologist|onomy|onomist)$/g;

/**
 * Frequent words of everyday English and of ministry posts (function words, days and months, health,
 * services, places), each with the count syllable() gives it, so that a new post is not run through
 * pluralize and a dozen patterns word by word: the words of 1 syllable, then 2, 3, 4 and 5.
 * syllables.test.ts checks every entry against the library.
 */
export const COMMON_WORDS: readonly string[] = [
	'add age air all and are ask asked back bad been best big bit book books both boy bring built but call can card care case cause change check child clear close closed cold come could course cut date day days dear did done door down drive each end eye face fact fall far farm feel few find fine fire fires first five flu food for forest form forms found four free french friend from full fun fund funds game get gets girl give gone good great group grow had half hand hard has have head health hear heat help helps her here high him his home homes hope hour hours house how its job jobs join june just keep keeps kind know lake lakes land last learn least leave left less let life light like line link list live long look lot love low made main make makes man march may mean meet might mind miss month months more most move much must name near need needs new next night none north not now nurse nurses off old once one our out own page park parks part past pay phone place plan plans play please point put quick rain read real rent rest right road roads room run safe said same say school schools see seem set share she short shot shots should show side sign since site skills small snow some soon south spring start state stay stays still stop storm street such sure take talk tax tell than thank thanks that the their them there these they thing think this those three through time times told too top town towns tree true try turn two type use used wait walk wall want wants war warm was watch way week weeks well went were west what when where which while who whole why wide wife will win with word words work world would write wrong year years yes yet you young your youth',
	'able about access across adult adults after again ago alert almost along also always among announce announced answer answers any apply april area around august autumn away because before being better between bio business busy centre centres checking children cities city climate clinic clinics closes closing country cover covid deadline details doctor doctors dollars driver drivers driving during early eastern easy email english enough even every farmers follow friday funding getting happen helping highway housing hydro include includes income info inside into invest july language large later learning little local making many mental minute monday money morning mother nations needed never northern number numbers office often older online only open order other over paper parents party patient patients payment payments people percent person power present prevent program programs project projects protect proud provide provides province public question questions rather reading ready reason region regions report reports rural season second service someone something southern staying story student students study summer sunday support supports system table taxes teacher teachers thursday today toward traffic training transit travel tuesday under unit until update updates upon urban vaccine vaccines very visit warning water weather website wednesday weekend welcome western wildfire wildfires winter without woman women worker workers',
	'afternoon already announcing another anyone benefit benefits billion businesses canada celebrate december different employer employers energy evening everyone example families family federal government holiday holidays hospital hospitals idea important including investment languages location locations million minister ministry november october offices ottawa pharmacies pharmacist pharmacists pharmacy premier protecting protection providing provincial register remember reminder safety saturday senior seniors september services supporting together tomorrow toronto usual',
	'accessible application applications available canadian communities community economy education emergency environment everything february indigenous information january municipal ontarians ontario registration',
	'congratulations electricity'
];
const COMMON = new Map<string, number>(COMMON_WORDS.flatMap((words, i) => words.split(' ').map((word): [string, number] => [word, i + 1])));

/** The syllables in `value`, as `syllable(value)` counts them. */
export function syllable(value: string): number {
	const common = COMMON.get(value);
	if (common !== undefined) return common;
	// A word of small letters a-z only is one part, already clean.
	if (LOWER_WORD.test(value)) return one(value);
	const values = (!/[^a-z]/i.test(value) ? value : normalize(value))
		.toLowerCase()
		// Remove apostrophes.
		.replace(/['’]/g, '')
		// Split on word boundaries.
		.split(/\b/g);
	let sum = 0;
	for (const part of values) sum += one(part.replace(/[^a-z]/g, ''));
	return sum;
}

const LOWER_WORD = /^[a-z]+$/;

// The same patterns without the global flag, whose `test` would move `lastIndex`.
const HAS_TRIPLE = new RegExp(EXPRESSION_TRIPLE.source);
const HAS_DOUBLE = new RegExp(EXPRESSION_DOUBLE.source);
const HAS_SINGLE = new RegExp(EXPRESSION_SINGLE.source);

function mayHaveProblematicSingular(value: string): boolean {
	return value.length <= SINGULAR_CHANGES_AT_MOST || PROBLEMATIC_STARTS.has(value.slice(0, value.length - SINGULAR_CHANGES_AT_MOST));
}

function one(value: string): number {
	let count = 0;
	if (value.length === 0) return count;
	// Return early when possible.
	if (value.length < 3) return 1;
	// If `value` is a hard to count, it might be in `problematic`.
	if (own.call(PROBLEMATIC, value)) return PROBLEMATIC[value];
	// Additionally, the singular word might be in `problematic`.
	if (mayHaveProblematicSingular(value)) {
		const singular = pluralize(value, 1);
		if (own.call(PROBLEMATIC, singular)) return PROBLEMATIC[singular];
	}

	const counter = (addition: number) => () => {
		count += addition;
		return '';
	};
	const returner = ($0: string) => {
		count += 1;
		return $0;
	};
	const subtracter = ($0: string) => {
		count -= 1;
		return $0;
	};

	// Count some prefixes and suffixes, and remove their matched ranges.
	if (HAS_TRIPLE.test(value)) value = value.replace(EXPRESSION_TRIPLE, counter(3));
	if (HAS_DOUBLE.test(value)) value = value.replace(EXPRESSION_DOUBLE, counter(2));
	if (HAS_SINGLE.test(value)) value = value.replace(EXPRESSION_SINGLE, counter(1));

	// Count multiple consonants.
	for (const part of value.split(/[^aeiouy]+/)) if (part !== '') count++;

	// Subtract one for occurrences which should be counted as one (but are counted as two).
	value.replace(EXPRESSION_MONOSYLLABIC_ONE, subtracter).replace(EXPRESSION_MONOSYLLABIC_TWO, subtracter);

	// Add one for occurrences which should be counted as two (but are counted as one).
	value
		.replace(EXPRESSION_DOUBLE_SYLLABIC_ONE, returner)
		.replace(EXPRESSION_DOUBLE_SYLLABIC_TWO, returner)
		.replace(EXPRESSION_DOUBLE_SYLLABIC_THREE, returner)
		.replace(EXPRESSION_DOUBLE_SYLLABIC_FOUR, returner);

	// Make sure at least one is returned.
	return count || 1;
}
