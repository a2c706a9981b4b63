import { PLATFORM_NAMES } from '../../posts/platforms';
import { ALT_LIMITS } from '../counting';
import { emojiIn, fold, proseOf, quote, wordsIn, wordsOf } from '../text';
import { define, numEn, numFr, t } from './define';

const AODA = t(
	'accessibility (AODA; Government of Canada guidance on accessible communications)',
	'accessibilité (LAPHO; lignes directrices du gouvernement du Canada sur les communications accessibles)'
);
const image = (i: number) => t(`Image ${i + 1}`, `L’image ${i + 1}`);

export const altTextPresent = define({
	id: 'alt_text_present',
	title: t('Alt text on every image', 'Texte de remplacement pour chaque image'),
	severity: 'error',
	guidance: AODA,
	applies: (post) => post.alts.length > 0,
	run: (post) =>
		post.alts.flatMap((alt, i) =>
			alt.trim()
				? []
				: [t(`${image(i).en} has no alt text: describe what it shows.`, `${image(i).fr} n’a pas de texte de remplacement : décrivez ce qu’elle montre.`)]
		)
});

export const altTextLength = define({
	id: 'alt_text_length',
	title: t('Alt text length', 'Longueur du texte de remplacement'),
	severity: 'error',
	guidance: AODA,
	applies: (post) => post.alts.length > 0,
	run(post, { platform }) {
		const limit = ALT_LIMITS[platform];
		return post.alts.flatMap((alt, i) => {
			const used = [...alt].length;
			if (used <= limit) return [];
			return [
				t(
					`${image(i).en}: alt text is limited to ${numEn(limit)} characters on ${PLATFORM_NAMES[platform]} (this one has ${numEn(used)}). Put long descriptions in the post or on a linked page.`,
					`${image(i).fr} : le texte de remplacement est limité à ${numFr(limit)} caractères sur ${PLATFORM_NAMES[platform]} (celui-ci en a ${numFr(used)}). Mettez les longues descriptions dans la publication ou sur une page liée.`
				)
			];
		});
	}
});

const IMAGE_OF =
	/^(?:(?:an?|the|une?|la|le|l')\s*)?(?:image|picture|photo|photograph|graphic|illustration|graphique|photographie)\s+(?:of|showing|de|d'|des|du|montrant)/;

export const altTextImageOf = define({
	id: 'alt_text_image_of',
	title: t('Alt text does not start “image of”', 'Le texte de remplacement ne commence pas par « image de »'),
	severity: 'warning',
	guidance: AODA,
	applies: (post) => post.alts.length > 0,
	run: (post) =>
		post.alts.flatMap((alt, i) =>
			IMAGE_OF.test(fold(alt.trim()).replace(/’/g, "'"))
				? [
						t(
							`${image(i).en}: screen readers already say it is an image; start with what it shows.`,
							`${image(i).fr} : les lecteurs d’écran annoncent déjà qu’il s’agit d’une image; commencez par ce qu’elle montre.`
						)
					]
				: []
		)
});

const wordSet = (text: string) => new Set(wordsOf(fold(proseOf(text))));

export const altTextCaption = define({
	id: 'alt_text_caption',
	title: t('Alt text is not a copy of the post', 'Le texte de remplacement ne reprend pas la publication'),
	severity: 'warning',
	guidance: AODA,
	applies: (post) => post.alts.length > 0,
	run(post) {
		const caption = wordSet(post.text);
		return post.alts.flatMap((alt, i) => {
			const words = wordSet(alt);
			if (words.size < 3) return [];
			const shared = [...words].filter((w) => caption.has(w)).length;
			if (shared / words.size < 0.8) return [];
			return [
				t(
					`${image(i).en}: the alt text repeats the post. Describe what the image shows that the text does not say.`,
					`${image(i).fr} : le texte de remplacement répète la publication. Décrivez ce que l’image montre et que le texte ne dit pas.`
				)
			];
		});
	}
});

const EMOJI_GUIDANCE = t(
	'accessibility: screen readers read out each emoji’s full name (AODA; Government of Canada guidance)',
	'accessibilité : les lecteurs d’écran lisent le nom complet de chaque émoji (LAPHO; lignes directrices du gouvernement du Canada)'
);

export const emojiCount = define({
	id: 'emoji_count',
	title: t('Emoji used sparingly', 'Émojis avec modération'),
	severity: 'warning',
	guidance: EMOJI_GUIDANCE,
	run(post, { settings }) {
		const count = emojiIn(post.text).length;
		const words = wordsIn(post.text).length;
		if (count > settings.emojiMax) {
			return [
				t(
					`This post has ${count} emoji; use at most ${settings.emojiMax}.`,
					`Cette publication compte ${count} émojis; utilisez-en au plus ${settings.emojiMax}.`
				)
			];
		}
		if (count >= 2 && count * 8 > words) {
			return [
				t(
					`${count} emoji in ${words} words is a lot: keep one for every sentence or two at most.`,
					`${count} émojis pour ${words} mots, c’est beaucoup : gardez-en un par phrase ou deux, au plus.`
				)
			];
		}
		return [];
	}
});

const SPACE = new Set([' ', '\t', '\u00A0']);

export const emojiPosition = define({
	id: 'emoji_position',
	title: t('Emoji at the end of sentences', 'Émojis en fin de phrase'),
	severity: 'warning',
	guidance: EMOJI_GUIDANCE,
	run(post) {
		const problems = [];
		const text = post.text;
		for (const { value, index } of emojiIn(text)) {
			// The text either side without the spaces next to the emoji, read from the emoji outwards:
			// trimming the whole text before and after each emoji made thousands of emoji quadratic.
			let end = index;
			while (end > 0 && SPACE.has(text[end - 1])) end--;
			let start = index + value.length;
			while (start < text.length && SPACE.has(text[start])) start++;
			if (/[\p{L}\p{N},]$/u.test(text.slice(Math.max(0, end - 2), end)) && /^\p{L}/u.test(text.slice(start, start + 2))) {
				const around = quote(`${text.slice(Math.max(0, end - 20), end)} ${value} ${text.slice(start, start + 20)}`);
				problems.push(
					t(
						`${value} sits in the middle of a sentence (${around}): use the word, and keep emoji for the end.`,
						`${value} se trouve au milieu d’une phrase (${around}) : écrivez le mot et gardez les émojis pour la fin.`
					)
				);
			}
		}
		return problems;
	}
});

const FANCY = /[\u{1D400}-\u{1D7FF}]/u;

export const fancyText = define({
	id: 'fancy_text',
	title: t('No “fancy font” letters', 'Pas de lettres « stylisées »'),
	severity: 'error',
	guidance: AODA,
	run(post) {
		const texts = [post.text, ...post.alts];
		// Each run of non-spaces with a fancy letter in it, as /[^\s]*FANCY[^\s]*/gu finds them, without
		// that pattern's rescanning of every long run from each of its positions.
		const found = texts.flatMap((text) => (FANCY.test(text) ? (text.match(/[^\s]+/gu) ?? []).filter((run) => FANCY.test(run)) : []));
		if (!found.length) return [];
		return [
			t(
				`${quote(found.join(' '), 40)} uses Unicode “fancy font” letters, which screen readers spell out one symbol at a time or skip. Use plain letters.`,
				`${quote(found.join(' '), 40)} utilise des lettres Unicode « stylisées », que les lecteurs d’écran épellent symbole par symbole ou sautent. Utilisez des lettres ordinaires.`
			)
		];
	}
});
