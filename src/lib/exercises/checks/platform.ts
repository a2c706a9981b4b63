import { PLATFORM_NAMES } from '../../posts/platforms';
import { countPost, HASHTAG_LIMITS, LINK_LIMITS } from '../counting';
import { fold, hashtagsIn, linksIn } from '../text';
import { HASHTAG_WORDS } from '../wordlists';
import { define, numEn, numFr, t } from './define';

const PLATFORM_RULES = t('the platform’s own limits', 'les limites de la plateforme elle-même');

const UNIT = {
	weighted: t('weighted characters (links count 23, most emoji 2)', 'caractères pondérés (un lien compte pour 23, la plupart des émojis pour 2)'),
	graphemes: t('characters', 'caractères'),
	characters: t('characters', 'caractères')
};

export const length = define({
	id: 'length',
	title: t('Length', 'Longueur'),
	severity: 'error',
	guidance: PLATFORM_RULES,
	run(post, { platform }) {
		if (!post.text.trim()) return [t('This post is empty.', 'Cette publication est vide.')];
		const count = countPost(platform, post.text);
		const name = PLATFORM_NAMES[platform];
		const problems = [];
		if (count.used > count.limit) {
			problems.push(
				t(
					`${name} counts ${numEn(count.used)} of ${numEn(count.limit)} ${UNIT[count.unit].en}: remove ${numEn(count.used - count.limit)}.`,
					`${name} compte ${numFr(count.used)} ${UNIT[count.unit].fr} sur ${numFr(count.limit)} : retirez-en ${numFr(count.used - count.limit)}.`
				)
			);
		}
		if (count.invalidCharacters.length) {
			const listed = count.invalidCharacters.join(', ');
			problems.push(
				t(
					`${name} refuses any post containing ${listed}, an invisible character (often pasted from a word processor): remove it.`,
					`${name} refuse toute publication qui contient ${listed}, un caractère invisible (souvent collé d’un traitement de texte) : retirez-le.`
				)
			);
		}
		if (count.bytes && count.bytes.used > count.bytes.limit) {
			problems.push(
				t(
					`${name} also limits a post to ${numEn(count.bytes.limit)} bytes; this one has ${numEn(count.bytes.used)} (emoji and accented letters take several).`,
					`${name} limite aussi une publication à ${numFr(count.bytes.limit)} octets; celle-ci en a ${numFr(count.bytes.used)} (émojis et lettres accentuées en prennent plusieurs).`
				)
			);
		}
		return problems;
	}
});

export const platformLimits = define({
	id: 'platform_limits',
	title: t('Platform hashtag and link limits', 'Limites de mots-clics et de liens'),
	severity: 'error',
	platforms: ['instagram', 'threads'],
	guidance: PLATFORM_RULES,
	run(post, { platform }) {
		const problems = [];
		const name = PLATFORM_NAMES[platform];
		const tagLimit = HASHTAG_LIMITS[platform];
		const tags = hashtagsIn(post.text).length;
		if (tagLimit !== undefined && tags > tagLimit) {
			problems.push(
				t(
					`${name} allows ${tagLimit} hashtag${tagLimit > 1 ? 's' : ''} per post; this one has ${tags}.`,
					`${name} permet ${tagLimit} mot${tagLimit > 1 ? 's' : ''}-clic${tagLimit > 1 ? 's' : ''} par publication; celle-ci en a ${tags}.`
				)
			);
		}
		const linkLimit = LINK_LIMITS[platform];
		const links = linksIn(post.text).length;
		if (linkLimit !== undefined && links > linkLimit) {
			problems.push(
				t(`${name} allows ${linkLimit} links per post; this one has ${links}.`, `${name} permet ${linkLimit} liens par publication; celle-ci en a ${links}.`)
			);
		}
		return problems;
	}
});

export const hashtagCount = define({
	id: 'hashtag_count',
	title: t('Number of hashtags', 'Nombre de mots-clics'),
	severity: 'warning',
	guidance: t('plain language: a few hashtags, at the end', 'langage clair : quelques mots-clics, à la fin'),
	run(post, { settings }) {
		const tags = hashtagsIn(post.text).length;
		if (tags <= settings.hashtagsMax) return [];
		return [
			t(
				`Use at most ${settings.hashtagsMax} hashtags in this exercise; this post has ${tags}.`,
				`Utilisez au plus ${settings.hashtagsMax} mots-clics dans cet exercice; cette publication en a ${tags}.`
			)
		];
	}
});

/** The fewest known words that make up `body`, or null: "ontariojobs" → ["ontario", "jobs"]. */
export function splitWords(body: string): string[] | null {
	// Fewest words up to each end, and where the last of them starts (the first start at a tie).
	// Counts and back links, not copied arrays: a 10,000-letter tag no longer takes seconds.
	const fewest: number[] = [0];
	const from: number[] = [0];
	for (let end = 1; end <= body.length; end++) {
		fewest[end] = Infinity;
		for (let start = Math.max(0, end - 20); start < end; start++) {
			if (fewest[start] === Infinity || end - start < 2 || fewest[start] + 1 >= fewest[end]) continue;
			const piece = body.slice(start, end);
			if (HASHTAG_WORDS.has(piece) || /^\d+$/.test(piece)) {
				fewest[end] = fewest[start] + 1;
				from[end] = start;
			}
		}
	}
	if (fewest[body.length] === Infinity) return null;
	const words: string[] = [];
	for (let end = body.length; end > 0; end = from[end]) words.push(body.slice(from[end], end));
	return words.reverse();
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
		const problems = [];
		for (const tag of hashtagsIn(post.text)) {
			const body = tag.slice(1);
			if (body !== body.toLowerCase() && body !== body.toUpperCase()) continue;
			const chars = [...body];
			const folded = chars.map((c) => fold(c)).join('');
			const words = splitWords(folded);
			if (!words || words.length < 2) continue;
			let at = 0;
			const camel = words.map((w) => {
				const original = chars
					.slice(at, (at += w.length))
					.join('')
					.toLowerCase();
				return original[0].toUpperCase() + original.slice(1);
			});
			problems.push(t(`Write ${tag} as #${camel.join('')}.`, `Écrivez ${tag} sous la forme #${camel.join('')}.`));
		}
		return problems;
	}
});
