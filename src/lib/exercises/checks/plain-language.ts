import { textIn } from '../language';
import { fleschKincaidGrade, lix, MIN_WORDS_SHORT, MIN_WORDS_TO_SCORE, SHORT_MARGIN } from '../readability';
import { containsPhrase, fold } from '../text';
import { OPENING_FILLER } from '../wordlists';
import type { Platform } from '../types';
import { define, numFr, t } from './define';

/** Every platform's preview shows at least this much of a post before cutting it. */
export const KEY_MESSAGE_WITHIN = 125;

/** The first `count` code points of a text, as [...text].slice(0, count).join('') without an array of them. */
export function firstCodePoints(text: string, count: number): string {
	let at = 0;
	for (let n = 0; n < count && at < text.length; n++) {
		const c = text.charCodeAt(at);
		at += c >= 0xd800 && c <= 0xdbff && at + 1 < text.length && (text.charCodeAt(at + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
	}
	return text.slice(0, at);
}

/**
 * Plain language is written for its intended audience (CAN-ASC-3.1:2025 Plain Language, clause 13):
 * grade 8 is the target for the general public, the middle of the lower secondary education (grades 7
 * to 9) that WCAG 2.2 success criterion 3.1.5, Reading Level, names (module 3 cites it). LinkedIn's
 * audience is professional (module 3: “speak to organisations and partners”), and a post there may
 * name the specialists it is for and their field, so its target is four grades higher: grade 12 by
 * default, the end of secondary school, which a professional reader has. The scenario's own target
 * moves it too.
 */
export const PROFESSIONAL_GRADE_MARGIN: Partial<Record<Platform, number>> = { linkedin: 4 };

export const readingGrade = define({
	id: 'reading_grade',
	title: t('Reading grade (English)', 'Niveau de lecture (anglais)'),
	severity: 'warning',
	guidance: t(
		'plain language: grade 8 or lower (Flesch-Kincaid) for the general public, the middle of the lower secondary level WCAG 3.1.5 (Reading Level) names; on LinkedIn, for a professional audience, grade 12',
		'langage clair : 8e année ou moins (Flesch-Kincaid) pour le grand public, le milieu du premier cycle du secondaire que nomme le critère 3.1.5 des WCAG (Niveau de lecture); sur LinkedIn, pour un public professionnel, 12e année'
	),
	applies: (post) => post.lang === 'en',
	run(post, { settings, platform }) {
		const { score, words } = fleschKincaidGrade(textIn('en', post.text), MIN_WORDS_SHORT);
		const target = settings.readingGradeMax + (PROFESSIONAL_GRADE_MARGIN[platform] ?? 0);
		const allowed = target + (words < MIN_WORDS_TO_SCORE ? SHORT_MARGIN.grade : 0);
		// A grade is a school year: 8.9 is still grade 8.
		if (score === null || Math.floor(score) <= allowed) return [];
		const audience = target === settings.readingGradeMax ? t('', '') : t(' for a professional audience', ' pour un public professionnel');
		return [
			t(
				`Reads at grade ${score}; aim for grade ${target} or lower${audience.en}. Use shorter sentences and everyday words.`,
				`Se lit au niveau de la ${numFr(score)}e année; visez la ${target}e année ou moins${audience.fr}. Écrivez des phrases plus courtes et des mots courants.`
			)
		];
	}
});

export const frenchReadability = define({
	id: 'french_readability',
	title: t('Readability (French)', 'Lisibilité (français)'),
	severity: 'warning',
	guidance: t(
		'plain language in French: LIX score, against the target your instructor set',
		'langage clair en français : indice LIX, selon la cible fixée par votre formatrice ou formateur'
	),
	applies: (post) => post.lang === 'fr',
	run(post, { settings }) {
		const { score, words } = lix(textIn('fr', post.text), MIN_WORDS_SHORT);
		if (score === null || score <= settings.frenchLixMax + (words < MIN_WORDS_TO_SCORE ? SHORT_MARGIN.lix : 0)) return [];
		return [
			t(
				`LIX readability score ${score}; aim for ${settings.frenchLixMax} or lower. Use shorter sentences and shorter words.`,
				`Indice de lisibilité LIX de ${score}; visez ${settings.frenchLixMax} ou moins. Écrivez des phrases plus courtes et des mots plus courts.`
			)
		];
	}
});

export const keyMessage = define({
	id: 'key_message',
	title: t('Key message first', 'Message clé en premier'),
	severity: 'warning',
	guidance: t(
		'the first 125 characters are what readers see first (Instagram shows a caption of 125 characters or fewer in full; Instagram Help Centre): put the key message and call to action there',
		'les 125 premiers caractères sont ce que l’on lit d’abord (Instagram affiche en entier une légende de 125 caractères ou moins; pages d’aide d’Instagram) : placez-y le message clé et l’appel à l’action'
	),
	applies: (post, { settings, task, index }) => settings.keyTerms[post.lang].length > 0 && (task !== 'thread' || index === 0),
	run(post, { settings }) {
		const terms = settings.keyTerms[post.lang];
		const head = firstCodePoints(post.text, KEY_MESSAGE_WITHIN);
		if (terms.some((term) => containsPhrase(head, term))) return [];
		const list = terms.map((term) => `“${term}”`).join(', ');
		if (terms.some((term) => containsPhrase(post.text, term))) {
			return [t(`Move the key message (${list}) into the first 125 characters.`, `Placez le message clé (${list}) dans les 125 premiers caractères.`)];
		}
		return [t(`The key message is missing: mention ${list}.`, `Le message clé est absent : mentionnez ${list}.`)];
	}
});

const plainStart = (text: string) => fold(text).replace(/[’']/g, ' ').replace(/\s+/g, ' ');
/** How much of a long post is read for its opener (the longest opener has 28 characters), and how much must be left of it. */
const HEAD = 60;
const HEAD_LEFT = 36;

/**
 * The start of a post, folded, apostrophes as spaces and white space collapsed. Of a longer post only
 * the first 60 characters are read (a keystroke need not fold it all): folding and collapsing a start
 * gives the start of the whole text's result, but for its last character or two (a letter cut from its
 * accent, a run of spaces cut short), so the head is used when it leaves well over the longest opener.
 */
function openingOf(text: string): string {
	const trimmed = text.trimStart();
	if (trimmed.length > HEAD) {
		const head = plainStart(trimmed.slice(0, HEAD));
		if (head.length >= HEAD_LEFT) return head;
	}
	return plainStart(trimmed);
}

// The openers as openingOf() writes a text's start: apostrophes as spaces (once, not on every keystroke).
const OPENERS = OPENING_FILLER.map((phrase) => phrase.replace(/'/g, ' '));

export const openingFiller = define({
	id: 'opening_filler',
	title: t('No throat-clearing opener', 'Pas d’entrée en matière inutile'),
	severity: 'advice',
	guidance: t('plain language: lead with what people need to know', 'langage clair : commencez par ce que les gens doivent savoir'),
	run(post) {
		const start = openingOf(post.text);
		const found = OPENERS.find((phrase) => start.startsWith(phrase));
		if (!found) return [];
		return [
			t(
				'The post opens with a phrase that delays the news. Start with what people need to know or do.',
				'La publication commence par une formule qui retarde la nouvelle. Commencez par ce que les gens doivent savoir ou faire.'
			)
		];
	}
});
