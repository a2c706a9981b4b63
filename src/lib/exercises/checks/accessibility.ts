import { PLATFORM_NAMES } from '../../posts/platforms';
import { ALT_LIMITS } from '../counting';
import { emojiIn, fold, hashtagsIn, linksIn, phraseFinder, proseOf, quote, sentencesIn, wordsIn, wordsOf, wordsOfSentence } from '../text';
import { define, numEn, numFr, t } from './define';
import { RunMemo } from '../memo';

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

/**
 * How many of `words` are among the post's folded words, as wordSet() finds them in its prose. The
 * analysis already has each sentence's words (a word never spans the white space between sentences, and
 * the prose left out of sentences has no letters); folding a word alone gives the word folding the
 * sentence would (fold only drops marks, which never start a word, and changes case). No set of the
 * post's words is built: an alt text has a few words, a post many.
 */
function sharedWords(text: string, words: Set<string>): number {
	const found = new Set<string>();
	for (const sentence of sentencesIn(text)) {
		for (const word of wordsOfSentence(sentence)) {
			const folded = fold(word);
			if (words.has(folded)) found.add(folded);
		}
		if (found.size === words.size) break;
	}
	return found.size;
}

export const altTextCaption = define({
	id: 'alt_text_caption',
	title: t('Alt text is not a copy of the post', 'Le texte de remplacement ne reprend pas la publication'),
	severity: 'warning',
	guidance: AODA,
	applies: (post) => post.alts.length > 0,
	run(post) {
		return post.alts.flatMap((alt, i) => {
			const words = wordSet(alt);
			if (words.size < 3) return [];
			if (sharedWords(post.text, words) / words.size < 0.8) return [];
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

const SPACE = new Set([' ', '\t', '\u00A0']);

interface Cluster {
	value: string;
	index: number;
	end: number;
}

/** Emoji side by side (spaces between them at most), each run as one: “🌲🌲🌲” is read three times in a row. */
function emojiClusters(text: string): Cluster[] {
	const clusters: Cluster[] = [];
	for (const { value, index } of emojiIn(text)) {
		const last = clusters[clusters.length - 1];
		let gap = last ? last.end : -1;
		while (last && gap < index && SPACE.has(text[gap])) gap++;
		if (last && gap === index) {
			last.value = text.slice(last.index, index + value.length);
			last.end = index + value.length;
		} else clusters.push({ value, index, end: index + value.length });
	}
	return clusters;
}

/**
 * The emoji a post counts: a run repeated as it was on an earlier line counts once, as when a
 * bilingual post (module 5) closes each language with the same 💚🤍.
 */
function countedEmoji(text: string): number {
	const seen = new Map<string, number>();
	let count = 0;
	for (const cluster of emojiClusters(text)) {
		const line = lineAt(text, cluster.index);
		const earlier = seen.get(cluster.value);
		if (earlier === undefined || earlier === line) count += emojiIn(cluster.value).length;
		if (earlier === undefined) seen.set(cluster.value, line);
	}
	return count;
}

/** The number of the line `index` is on, counting line breaks before it once per text. */
function lineAt(text: string, index: number): number {
	let breaks = lineBreaks.get(text);
	if (!breaks) {
		breaks = [...text.matchAll(/\n/g)].map((m) => m.index);
		lineBreaks.set(text, breaks);
	}
	let low = 0;
	let high = breaks.length;
	while (low < high) {
		const mid = (low + high) >> 1;
		if (breaks[mid] < index) low = mid + 1;
		else high = mid;
	}
	return low;
}
const lineBreaks = new RunMemo<string, number[]>();

export const emojiCount = define({
	id: 'emoji_count',
	title: t('Emoji used sparingly', 'Émojis avec modération'),
	severity: 'warning',
	guidance: EMOJI_GUIDANCE,
	run(post, { settings }) {
		const count = countedEmoji(post.text);
		const words = wordsIn(post.text).length;
		if (count > settings.emojiMax) {
			return [
				t(
					`This post has ${count} emoji; use at most ${settings.emojiMax}.`,
					`Cette publication compte ${count} émojis; utilisez-en au plus ${settings.emojiMax}.`
				)
			];
		}
		// One or two per post is what module 4 allows; past that, not more than one for every sentence or so.
		if (count >= 3 && count * 8 > words) {
			return [
				t(
					`${count} emoji in ${words} words is a lot: keep one for every sentence or two at most.`,
					`${count} émojis pour ${words} mots, c’est beaucoup : gardez-en un par phrase ou deux, au plus.`
				)
			];
		}
		return [];
	}
});

/** Words a sentence cannot end on: an emoji after them stands in for what comes next. */
const CANNOT_END = new Set(
	'a an the your our my their its this these at to for of in on with and or by from into vos votre notre nos le la les l un une des du de d à au aux pour sur avec et ou par dans en ce cette ces son sa ses leur leurs'.split(
		' '
	)
);

export const emojiPosition = define({
	id: 'emoji_position',
	title: t('Emoji at the end of sentences', 'Émojis en fin de phrase'),
	severity: 'warning',
	guidance: EMOJI_GUIDANCE,
	run(post) {
		const problems = [];
		const text = post.text;
		for (const { value, index, end: after } of emojiClusters(text)) {
			// The text either side without the spaces next to the emoji, read from the emoji outwards:
			// trimming the whole text before and after each emoji made thousands of emoji quadratic.
			let end = index;
			while (end > 0 && SPACE.has(text[end - 1])) end--;
			let start = after;
			while (start < text.length && SPACE.has(text[start])) start++;
			const next = text.slice(start, start + 2);
			if (end === 0 && /^[\p{L}#@]/u.test(next)) {
				problems.push(
					t(
						`${value} comes before the message: a screen reader reads its name first. Start with the news, and keep emoji for the end of a sentence.`,
						`${value} précède le message : un lecteur d’écran lit d’abord son nom. Commencez par la nouvelle et gardez les émojis pour la fin d’une phrase.`
					)
				);
				continue;
			}
			const before = text.slice(Math.max(0, end - 20), end);
			if (!/[\p{L}\p{N},]$/u.test(before) || !/^\p{L}/u.test(next)) continue;
			// A capital after it starts a new sentence, unless the word before cannot end one (“at 👉 Ontario”).
			const lastWord = (/[\p{L}’']+$/u.exec(before)?.[0] ?? '').toLowerCase().replace(/^.*['’]/, '');
			if (/^\p{Lu}/u.test(next) && !before.endsWith(',') && !CANNOT_END.has(lastWord)) continue;
			const around = quote(`${before} ${value} ${text.slice(start, start + 20)}`);
			problems.push(
				t(
					`${value} sits in the middle of a sentence (${around}): use the word, and keep emoji for the end.`,
					`${value} se trouve au milieu d’une phrase (${around}) : écrivez le mot et gardez les émojis pour la fin.`
				)
			);
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

const QUOTING = /\b(?:reads?|says?|saying|with the (?:words|text)|the words|text:|lit|indique|indiquant|avec les mots|mention)\b|[“"«]/iu;

export const altTextExtras = define({
	id: 'alt_text_extras',
	title: t('Alt text without hashtags, emoji or links', 'Texte de remplacement sans mots-clics, émojis ni liens'),
	severity: 'warning',
	guidance: t(
		'accessibility (AODA; module 4 of this course): alt text describes the image in plain text; screen readers read out every hashtag, emoji and link in it',
		'accessibilité (LAPHO; module 4 du cours) : le texte de remplacement décrit l’image en texte simple; les lecteurs d’écran lisent chaque mot-clic, émoji et lien qu’il contient'
	),
	applies: (post) => post.alts.length > 0,
	run: (post) =>
		post.alts.flatMap((alt, i) => {
			// Words the image itself shows, quoted as it shows them ("a poster that reads …"), may include an address.
			const quoting = QUOTING.exec(alt);
			const shown = (index: number) => quoting !== null && quoting.index < index;
			const found = [
				...hashtagsIn(alt).filter((tag) => /\p{L}/u.test(tag) && !shown(alt.indexOf(tag))),
				...emojiIn(alt).map((e) => e.value),
				...linksIn(alt)
					.filter((link) => !shown(link.index))
					.map((link) => link.value)
			];
			if (!found.length) return [];
			const listed = [...new Set(found)].slice(0, 5).join(' ');
			return [
				t(
					`${image(i).en}: the alt text has ${listed}. Screen readers read them out; describe the image in plain words, and put hashtags, emoji and links in the post.`,
					`${image(i).fr} : le texte de remplacement contient ${listed}. Les lecteurs d’écran les lisent à voix haute; décrivez l’image en mots simples, et mettez mots-clics, émojis et liens dans la publication.`
				)
			];
		})
});

/**
 * Words that make a post an emergency message (Emergency Management Ontario and Alert Ready alerts:
 * evacuations, water advisories, severe weather warnings, Amber Alerts; crashes with people hurt), folded. A scenario can also
 * say so (exercise.yaml `checks: emergency: true`).
 */
const EMERGENCY_TERMS = phraseFinder([
	'evacuate',
	'evacuated',
	'evacuating',
	'evacuation',
	'evacuation order',
	'shelter in place',
	'boil water advisory',
	'boil-water advisory',
	'boil water order',
	'boil-water order',
	'do not drink the water',
	'do not drink tap water',
	'do not use the water',
	'tornado warning',
	'tornado alert',
	'crash',
	'collision',
	'injured',
	'people hurt',
	'accident',
	'tornado watch',
	'severe thunderstorm warning',
	'flood warning',
	'heat warning',
	'extreme cold warning',
	'winter storm warning',
	'blizzard warning',
	'air quality warning',
	'wildfire',
	'wildfires',
	'forest fire',
	'forest fires',
	'amber alert',
	'alert ready',
	'emergency alert',
	'state of emergency',
	'declared an emergency',
	'emergency declaration',
	'missing child',
	'gas leak',
	'chemical spill',
	'hazardous materials',
	'nuclear incident',
	'nuclear emergency',
	'active shooter',
	'evacuer',
	'evacuez',
	'evacue',
	'evacuee',
	'evacues',
	'evacuees',
	'ordre d evacuation',
	'abritez-vous',
	'restez a l abri',
	'mise a l abri',
	'avis d ebullition',
	'faites bouillir l eau',
	'ne buvez pas l eau',
	'avertissement de tornade',
	'alerte de tornade',
	'blesse',
	'blesses',
	'blessee',
	'blessees',
	'veille de tornade',
	'avertissement d orages violents',
	'avertissement d inondation',
	'avertissement de chaleur',
	'avertissement de tempete hivernale',
	'avertissement de blizzard',
	'feu de foret',
	'feux de foret',
	'incendie de foret',
	'incendies de foret',
	'alerte amber',
	'alerte enlevement',
	'en alerte',
	'alerte d urgence',
	'etat d urgence',
	'situation d urgence',
	'enfant disparu',
	'fuite de gaz',
	'deversement de produits chimiques',
	'incident nucleaire',
	'urgence nucleaire'
]);

export const emergencyEmoji = define({
	id: 'emergency_emoji',
	title: t('No emoji in an emergency post', 'Pas d’émojis dans une publication d’urgence'),
	severity: 'warning',
	guidance: t(
		'module 4 of this course: no emoji in posts about emergencies or safety; emergency alerts (Alert Ready, Emergency Management Ontario) are plain text, clear at a glance and read word for word by screen readers',
		'module 4 du cours : pas d’émojis dans les publications sur les urgences ou la sécurité; les alertes d’urgence (En Alerte, Gestion des situations d’urgence Ontario) sont en texte simple, claires au premier coup d’œil et lues mot à mot par les lecteurs d’écran'
	),
	run(post, { settings }) {
		const emoji = emojiIn(post.text);
		if (!emoji.length) return [];
		const terms = settings.emergency ? [] : EMERGENCY_TERMS(proseOf(post.text));
		if (!settings.emergency && !terms.length) return [];
		const listed = [...new Set(emoji.map((e) => e.value))].slice(0, 5).join(' ');
		const why = settings.emergency
			? t('This is an emergency post', 'Ceci est une publication d’urgence')
			: t(`This post is about an emergency (${quote(terms[0], 40)})`, `Cette publication porte sur une urgence (${quote(terms[0], 40)})`);
		return [
			t(
				`${why.en}: remove the emoji (${listed}). In an emergency, every word must be clear at a glance, and a screen reader reads each emoji’s name in the middle of the instructions.`,
				`${why.fr} : retirez les émojis (${listed}). En situation d’urgence, chaque mot doit être clair au premier coup d’œil, et un lecteur d’écran lit le nom de chaque émoji au milieu des consignes.`
			)
		];
	}
});
