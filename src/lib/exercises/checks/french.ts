import { sentencesNotIn } from '../language';
import { fold, quote, wordsIn } from '../text';
import { define, t } from './define';

const FLSA = t(
	'French Language Services Act and the Communications in French Directive: equivalent French, published at the same time',
	'Loi sur les services en français et Directive sur les communications en français : un français équivalent, publié en même temps'
);

const LANGUAGE_NAME = { en: t('English', 'anglais'), fr: t('French', 'français') };

export const languageMatch = define({
	id: 'language_match',
	title: t('Written in the right language', 'Rédigé dans la bonne langue'),
	severity: 'error',
	guidance: FLSA,
	run(post) {
		const stray = [post.text, ...post.alts].flatMap((text) => sentencesNotIn(post.lang, text));
		if (!stray.length) return [];
		const lang = LANGUAGE_NAME[post.lang];
		const other = LANGUAGE_NAME[post.lang === 'en' ? 'fr' : 'en'];
		const quoted = stray
			.slice(0, 3)
			.map((s) => quote(s, 50))
			.join(', ');
		return [
			t(
				`This ${lang.en} text has ${stray.length} sentence${stray.length > 1 ? 's' : ''} in ${other.en}: ${quoted}.`,
				`Ce texte en ${lang.fr} contient ${stray.length} phrase${stray.length > 1 ? 's' : ''} en ${other.fr} : ${quoted}.`
			)
		];
	}
});

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
