import { ANGLICISMS } from '../anglicisms';
import { fold, proseOf, sentencesIn, wordsOf } from '../text';
import type { Localized } from '../types';
import { define, t } from './define';

// ---------------------------------------------------------------------------------------------
// Bureaucratic openers: the organization announcing its own pleasure before the news. Kept apart
// from opening_filler (advice, any throat-clearing opener) because it is a warning: module 3 shows
// it as the first fault of its bad example, and the Canada.ca Content Style Guide and the Ontario
// government's plain-language guidance both say to lead with what people need to know or do.

const EN_OPENER = new RegExp(
	[
		// "The ministry is pleased to announce", "We're proud to share", "I am thrilled to welcome"
		String.raw`\b(?:is|are|am|re|m|were|was)\s+(?:very\s+|so\s+|truly\s+|extremely\s+)?(?:pleased|proud|happy|delighted|thrilled|excited|honou?red|glad)\s+to\s+(?:announce|share|launch|unveil|introduce|present|report|confirm|celebrate|recogni[sz]e|welcome|invest|partner|provide|offer|be|have|highlight|mark|let|join|bring|release|kick\s+off|support|inform|advise|remind|notify)\b`,
		String.raw`\bit\s+is\s+(?:with\s+)?(?:great\s+)?(?:our|my)\s+(?:great\s+)?(?:pleasure|privilege)\b`,
		String.raw`\bit\s+gives\s+(?:us|me)\s+(?:great\s+)?pleasure\b`,
		String.raw`\bit\s+is\s+with\s+(?:great\s+)?(?:pleasure|pride|excitement)\b`,
		String.raw`\btakes?\s+(?:great\s+)?pride\s+in\s+announcing\b`
	].join('|')
);
const FR_OPENER = new RegExp(
	[
		// « est heureux d'annoncer », « sommes fières de », « a le plaisir de présenter »
		String.raw`\b(?:est|sont|suis|sommes|etes)\s+(?:tres\s+|si\s+|vraiment\s+)?(?:heureux|heureuse|heureuses|ravi|ravie|ravis|ravies|excite|excitee|excites|excitees|enchante|enchantee|enchantes|enchantees|content|contente|contents|contentes)\s+d\s*(?:e\s+)?(?:annoncer|presenter|lancer|souligner|partager|accueillir|vous\s+informer|informer|confirmer|devoiler|celebrer|offrir|soutenir|investir|feliciter|vous\s+annoncer|vous\s+presenter|faire\s+part|aviser|vous\s+aviser|rappeler|vous\s+rappeler)\b`,
		String.raw`\b(?:est|sont|suis|sommes|etes)\s+(?:tres\s+|si\s+)?(?:fier|fiere|fiers|fieres)\s+d`,
		String.raw`\b(?:a|ont|avons|ai)\s+le\s+(?:grand\s+)?(?:plaisir|bonheur|privilege|honneur)\s+d`,
		String.raw`\bc\s+est\s+avec\s+(?:grand\s+|beaucoup\s+de\s+)?(?:plaisir|fierte|joie|enthousiasme)\s+que\b`,
		String.raw`\bil\s+(?:nous|me)\s+fait\s+(?:grand\s+)?plaisir\b`
	].join('|')
);

const openerText = (text: string) => fold(text).replace(/[’']/g, ' ');

/** The opening of a post: its first sentence, with the next one after a short greeting ("Hi Alex!"). */
function opening(text: string): string {
	const sentences = sentencesIn(text);
	if (!sentences.length) return '';
	return wordsOf(sentences[0]).length <= 3 && sentences.length > 1 ? `${sentences[0]} ${sentences[1]}` : sentences[0];
}

export const bureaucraticOpener = define({
	id: 'bureaucratic_opener',
	title: t('No “pleased to announce” opener', 'Pas de « heureux d’annoncer » en ouverture'),
	severity: 'warning',
	guidance: t(
		'plain language (Canada.ca Content Style Guide; Ontario’s plain-language guidance): start with the news, not with the organization’s pleasure',
		'langage clair (Guide de rédaction du contenu du site Canada.ca; directives de l’Ontario sur le langage clair) : commencez par la nouvelle, pas par le plaisir de l’organisation'
	),
	run(post) {
		const first = opening(post.text);
		const start = openerText(first);
		const found = (post.lang === 'fr' ? FR_OPENER : EN_OPENER).exec(start) ?? (post.lang === 'fr' ? EN_OPENER : FR_OPENER).exec(start);
		if (!found) return [];
		// Folding keeps the length of composed text: quote the words as typed.
		const typed = first.length === start.length ? first.slice(found.index, found.index + found[0].length) : found[0];
		return [
			t(
				`“${typed}” puts the organization before the news. Start with what changes for people: “Community groups can now apply for…”.`,
				`« ${typed} » place l’organisation avant la nouvelle. Commencez par ce qui change pour les gens : « Les groupes communautaires peuvent maintenant demander… ».`
			)
		];
	}
});

// ---------------------------------------------------------------------------------------------
// Dates and times. English follows the Canadian Press Stylebook (and the Canada.ca Content Style
// Guide, which follows it for these): "May 15" (month first, no ordinal), "5 p.m." and "9:30 a.m."
// (lower case, periods, no ":00"), "noon" and "midnight". French follows the Translation Bureau
// (Clefs du français pratique, « date » and « heure »; Guide du rédacteur): « le 15 mai » (day
// first, month and weekday in lower case, no ordinal but « 1er »), « 17 h », « 17 h 30 » (24-hour
// clock, spaces around h, no « h 00 »).

const EN_MONTH = 'January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec';
const FR_MONTH = 'janvier|février|fevrier|mars|avril|mai|juin|juillet|août|aout|septembre|octobre|novembre|décembre|decembre';
const FR_DAY = 'lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche';
const capitalised = (list: string) =>
	list
		.split('|')
		.map((w) => w[0].toUpperCase() + w.slice(1))
		.join('|');

interface StyleRule {
	pattern: RegExp;
	/** The fix for this match, or null where the match is right after all. */
	fix: (m: RegExpExecArray) => string | null;
}

const hour12 = (h: number) => (h % 12 === 0 ? 12 : h % 12);
const englishTime = (h: number, min: string) => {
	if (h === 12 && min === '00') return 'noon';
	if (h === 0 && min === '00') return 'midnight';
	return `${hour12(h)}${min && min !== '00' ? `:${min}` : ''} ${h < 12 ? 'a.m.' : 'p.m.'}`;
};
const frenchTime = (h: number, min: string) => `${h} h${min && min !== '00' ? ` ${min}` : ''}`;

const ENGLISH_RULES: StyleRule[] = [
	{ pattern: new RegExp(String.raw`\b(${EN_MONTH})\.?\s(\d{1,2})(?:st|nd|rd|th)\b`, 'g'), fix: (m) => `${m[1]} ${m[2]}` },
	{ pattern: new RegExp(String.raw`\b(\d{1,2})(?:st|nd|rd|th)?(?:\sof)?\s(${EN_MONTH})\b`, 'g'), fix: (m) => `${m[2]} ${m[1]}` },
	{
		pattern: /\b(\d{1,2})(?::([0-5]\d))?\s?([ap])\.?m\b\.?/gi,
		fix: (m) => {
			const h = Number(m[1]);
			if (h > 12) return englishTime(h, m[2] ?? '');
			const pm = m[3].toLowerCase() === 'p';
			if (h === 12 && (!m[2] || m[2] === '00')) return pm ? 'noon' : 'midnight';
			const right = `${h}${m[2] && m[2] !== '00' ? `:${m[2]}` : ''} ${pm ? 'p.m.' : 'a.m.'}`;
			// "5 p.m" before the end of the text is "5 p.m." whose last period closes the sentence.
			return m[0] === right || m[0] === right.slice(0, -1) ? null : right;
		}
	},
	{
		// A 24-hour time with no a.m. or p.m.: "17:00", "00:30".
		pattern: /\b([01]?\d|2[0-3]):([0-5]\d)\b(?!\s?[ap]\.?m\b)/gi,
		fix: (m) => {
			const h = Number(m[1]);
			return h >= 13 || h === 0 ? englishTime(h, m[2]) : null;
		}
	},
	{ pattern: /\b12\s(noon|midnight)\b/gi, fix: (m) => m[1].toLowerCase() }
];

const FRENCH_RULES: StyleRule[] = [
	{ pattern: new RegExp(String.raw`\b(1er|\d{1,2})\s(${capitalised(FR_MONTH)})\b`, 'gu'), fix: (m) => `${m[1]} ${m[2].toLowerCase()}` },
	{ pattern: new RegExp(String.raw`\b(${FR_MONTH})\s(\d{1,2})\b`, 'giu'), fix: (m) => `${m[2] === '1' ? '1er' : m[2]} ${m[1].toLowerCase()}` },
	{
		pattern: new RegExp(String.raw`\b(\d{1,2})(?:e|è|ème|eme|ième|ieme|re|st|nd|rd|th)\s(${FR_MONTH})\b`, 'giu'),
		fix: (m) => `${m[1] === '1' ? '1er' : m[1]} ${m[2].toLowerCase()}`
	},
	{ pattern: new RegExp(String.raw`(?<![\d\p{L}])1\s(${FR_MONTH})\b`, 'giu'), fix: (m) => `1er ${m[1].toLowerCase()}` },
	{ pattern: new RegExp(String.raw`(?<=[\p{Ll}\d,]\s)(${capitalised(FR_DAY)}|${capitalised(FR_MONTH)})\b`, 'gu'), fix: (m) => m[1].toLowerCase() },
	{
		pattern: /\b(\d{1,2})(?::([0-5]\d))?\s?(?:[ap]\.?m)\b\.?/gi,
		fix: (m) => {
			const h = Number(m[1]) % 12;
			return frenchTime(/p/i.test(m[0].slice(m[1].length)) ? h + 12 : h, m[2] ?? '');
		}
	},
	{ pattern: /\b([01]?\d|2[0-3]):([0-5]\d)\b/g, fix: (m) => frenchTime(Number(m[1]), m[2]) },
	{
		pattern: /\b([01]?\d|2[0-4])(\s?)h(?:(\s?)([0-5]\d))?\b/g,
		fix: (m) => {
			const right = frenchTime(Number(m[1]), m[4] ?? '');
			return m[0] === right ? null : right;
		}
	}
];

/** Enough to show a few and say how many: also keeps a pathological text linear. */
const MAX_REPORTED = 20;

export function dateTimeProblems(text: string, lang: 'en' | 'fr'): { typed: string; fix: string }[] {
	const prose = proseOf(text);
	const found: { typed: string; fix: string; index: number; end: number }[] = [];
	for (const rule of lang === 'fr' ? FRENCH_RULES : ENGLISH_RULES) {
		rule.pattern.lastIndex = 0;
		for (let m = rule.pattern.exec(prose); m && found.length < MAX_REPORTED; m = rule.pattern.exec(prose)) {
			const end = m.index + m[0].length;
			// One mistake, one message: "5:00 PM" is not also a 24-hour "5:00".
			if (found.some((f) => f.index < end && m!.index < f.end)) continue;
			// "10 AM." ends a sentence: the period is not part of the time.
			const typed = m[0]
				.trim()
				.replace(/\s+/g, ' ')
				.replace(/(?<![ap]\.[ap]?m)\.$/i, '');
			const fix = rule.fix(m);
			if (fix === null || fix === typed) continue;
			found.push({ typed, fix, index: m.index, end });
		}
	}
	return found.sort((a, b) => a.index - b.index).map(({ typed, fix }) => ({ typed, fix }));
}

export const dateTimeStyle = define({
	id: 'date_time_style',
	title: t('Dates and times in house style', 'Dates et heures selon l’usage'),
	severity: 'warning',
	guidance: t(
		'English: Canadian Press Stylebook (“May 15”, “5 p.m.”); French: Translation Bureau, Clefs du français pratique (« 15 mai », « 17 h »)',
		'anglais : Canadian Press Stylebook (“May 15”, “5 p.m.”); français : Bureau de la traduction, Clefs du français pratique (« 15 mai », « 17 h »)'
	),
	run(post) {
		const problems = [post.text, ...post.alts].flatMap((text) => dateTimeProblems(text, post.lang));
		if (!problems.length) return [];
		const en = problems
			.slice(0, 3)
			.map((p) => `“${p.typed}” → “${p.fix}”`)
			.join(', ');
		const fr = problems
			.slice(0, 3)
			.map((p) => `« ${p.typed} » → « ${p.fix} »`)
			.join(', ');
		return post.lang === 'fr'
			? [
					t(
						`Write dates and times the French way (“15 mai”, “17 h 30”): ${en}.`,
						`Écrivez les dates et les heures à la française (« 15 mai », « 17 h 30 ») : ${fr}.`
					)
				]
			: [
					t(
						`Write dates and times in Canadian Press style (“May 15”, “5 p.m.”): ${en}.`,
						`Écrivez les dates et les heures selon le style de la Presse canadienne (“May 15”, “5 p.m.”) : ${fr}.`
					)
				];
	}
});

// ---------------------------------------------------------------------------------------------
// Anglicisms in French posts, from the sourced list in ../anglicisms.ts.

const ANGLICISM_PATTERN = new RegExp(ANGLICISMS.map((a) => `(${a.pattern})`).join('|'), 'gu');

export function anglicismsIn(text: string): { typed: string; index: number }[] {
	const folded = fold(text).replace(/[’']/g, ' ');
	const found: { typed: string; index: number }[] = [];
	ANGLICISM_PATTERN.lastIndex = 0;
	for (let m = ANGLICISM_PATTERN.exec(folded); m; m = ANGLICISM_PATTERN.exec(folded)) {
		const index = m.slice(1).findIndex((group) => group !== undefined);
		if (!found.some((f) => f.index === index)) found.push({ typed: m[0], index });
		if (m[0] === '') ANGLICISM_PATTERN.lastIndex++;
	}
	return found;
}

export const anglicisms = define({
	id: 'anglicisms',
	title: t('No anglicisms (French)', 'Pas d’anglicismes'),
	severity: 'warning',
	guidance: t(
		'idiomatic French: OQLF Banque de dépannage linguistique; Translation Bureau, Clefs du français pratique and Termium Plus',
		'un français idiomatique : Banque de dépannage linguistique de l’OQLF; Bureau de la traduction, Clefs du français pratique et Termium Plus'
	),
	applies: (post) => post.lang === 'fr',
	run(post) {
		const found = [post.text, ...post.alts].flatMap((text) => anglicismsIn(proseOf(text)));
		const seen = new Set<number>();
		const messages: Localized[] = [];
		for (const { index } of found) {
			if (seen.has(index)) continue;
			seen.add(index);
			const entry = ANGLICISMS[index];
			messages.push(
				t(
					`“${entry.wrong}” is an anglicism: write “${entry.use}” (${entry.source}).`,
					`« ${entry.wrong} » est un anglicisme : écrivez « ${entry.use} » (${entry.source}).`
				)
			);
		}
		return messages;
	}
});
