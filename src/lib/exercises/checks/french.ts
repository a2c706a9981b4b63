import { FOLD_AT } from '../../posts/display';
import { PLATFORM_NAMES } from '../../posts/platforms';
import { languageMix, sentencesNotIn } from '../language';
import type { Localized } from '../types';
import { fold, quote, wordsIn } from '../text';
import { define, t } from './define';

const FLSA = t(
	'French Language Services Act and the Communications in French Directive: equivalent French, published at the same time',
	'Loi sur les services en français et Directive sur les communications en français : un français équivalent, publié en même temps'
);

const LANGUAGE_NAME = { en: t('English', 'anglais'), fr: t('French', 'français') };

/**
 * Stray sentences in the other language are an error; names of the other language's events,
 * programs and organizations are not (see wordsWithoutNames). A post written in both languages on
 * purpose is allowed where the task is a single post (not the bilingual task, which asks for two
 * separate posts), as module 5 teaches: both versions complete (the shorter at least 60 % of the
 * longer) and, where the platform folds long text, the second language starting before the fold.
 */
export const languageMatch = define({
	id: 'language_match',
	title: t('Written in the right language', 'Rédigé dans la bonne langue'),
	severity: 'error',
	guidance: FLSA,
	run(post, { platform, task }) {
		const messages: Localized[] = [];
		const stray: string[] = [];
		// Two separate posts (the bilingual task) are each in one language; a reply answers in the language it was asked in.
		const single = task === 'compose' || task === 'thread' || task === 'drill';
		[post.text, ...post.alts].forEach((text, i) => {
			const mix = languageMix(text);
			if (single && mix.bilingual) {
				const fold = FOLD_AT[platform];
				const second = mix.blocks.find((b) => b.lang !== mix.blocks[0].lang);
				const at = i === 0 && fold && second ? startOf(text, second.sentences[0]) : -1;
				if (fold && second && at > fold) {
					const first = LANGUAGE_NAME[mix.blocks[0].lang];
					const hidden = LANGUAGE_NAME[second.lang];
					const name = PLATFORM_NAMES[platform];
					messages.push(
						t(
							`The ${hidden.en} version starts after character ${at}, and ${name} folds the post behind “See more” at about ${fold}: its feed shows only the ${first.en}. Put both versions where they show, or publish two posts.`,
							`La version en ${hidden.fr} commence après le caractère ${at}, et ${name} replie la publication derrière « Voir plus » vers ${fold} : le fil n’affiche que ${mix.blocks[0].lang === 'en' ? 'l’anglais' : 'le français'}. Placez les deux versions dans la partie visible, ou faites deux publications.`
						)
					);
				}
				return;
			}
			stray.push(...sentencesNotIn(post.lang, text));
		});
		if (stray.length) {
			const lang = LANGUAGE_NAME[post.lang];
			const other = LANGUAGE_NAME[post.lang === 'en' ? 'fr' : 'en'];
			const quoted = stray
				.slice(0, 3)
				.map((s) => quote(s, 50))
				.join(', ');
			const hint = single
				? t(
						' A bilingual post gives both versions in full; otherwise write it all in one language.',
						' Une publication bilingue donne les deux versions au complet; sinon, rédigez tout dans une seule langue.'
					)
				: t('', '');
			messages.unshift(
				t(
					`This ${lang.en} text has ${stray.length} sentence${stray.length > 1 ? 's' : ''} in ${other.en}: ${quoted}.${hint.en}`,
					`Ce texte en ${lang.fr} contient ${stray.length} phrase${stray.length > 1 ? 's' : ''} en ${other.fr} : ${quoted}.${hint.fr}`
				)
			);
		}
		return messages;
	}
});

/** Where a sentence of the prose starts in the post as typed (links and emoji are gone from the prose). */
function startOf(text: string, sentence: string): number {
	const head = sentence.slice(0, 24).trim();
	const at = text.indexOf(head);
	return at >= 0 ? [...text.slice(0, at)].length : -1;
}

export const frenchCounterpart = define({
	id: 'french_counterpart',
	title: t('French version equivalent', 'Version française équivalente'),
	severity: 'error',
	guidance: FLSA,
	applies: (post, { task }) => task === 'bilingual' && post.lang === 'fr',
	run(post, { posts }) {
		const english = posts.find((p) => p.lang === 'en');
		if (!post.text.trim())
			return [t('Write the French version: both are published together.', 'Rédigez la version française : les deux sont publiées ensemble.')];
		if (!english?.text.trim()) return [];
		if (fold(english.text.trim()) === fold(post.text.trim())) {
			return [t('The French version is a copy of the English one.', 'La version française est une copie de la version anglaise.')];
		}
		const frenchWords = wordsIn(post.text).length;
		const englishWords = wordsIn(english.text).length;
		if (englishWords >= 10 && frenchWords < englishWords * 0.6) {
			return [
				t(
					`The French version has ${frenchWords} words and the English ${englishWords}: check that it says everything the English says.`,
					`La version française compte ${frenchWords} mots et l’anglaise ${englishWords} : vérifiez qu’elle dit tout ce que dit l’anglaise.`
				)
			];
		}
		return [];
	}
});
