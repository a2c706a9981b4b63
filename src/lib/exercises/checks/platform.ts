import { PLATFORM_NAMES } from '../../posts/platforms';
import { countPost, HASHTAG_LIMITS, LINK_LIMITS } from '../counting';
import { hashtagsIn, linksIn } from '../text';
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
		const max = settings.hashtagsMax;
		if (max === 0) {
			return [t(`Use no hashtags in this exercise; this post has ${tags}.`, `N’utilisez aucun mot-clic dans cet exercice; cette publication en a ${tags}.`)];
		}
		return [
			t(
				`Use at most ${max} hashtag${max === 1 ? '' : 's'} in this exercise; this post has ${tags}.`,
				`Utilisez au plus ${max} mot${max === 1 ? '' : 's'}-clic${max === 1 ? '' : 's'} dans cet exercice; cette publication en a ${tags}.`
			)
		];
	}
});
