import { fold, quote, sentencesIn } from '../text';
import { define, t } from './define';
import { RunMemo } from '../memo';

// Three faults the lessons show that a pattern can read: asking for likes and tags to game the feed,
// counting followers, and facts left in an image. Each is a warning: the lesson explains the why.

const BAIT = [
	// "Like this post if…", "React with ❤️ if…", "Comment YES if…", "RT if…": reactions asked for as a vote.
	String.raw`\b(?:like|react(?:\s+to)?|rt|retweet|repost)\b(?:\s+(?:this|our|the)\s+(?:post|photo|picture|video|tweet))?(?:\s+with(?:\s+\S+)?)?\s+if\s+you\b`,
	// "Comment YES if…" (asking for a comment as a vote; "comment below if you have questions" is fine)
	String.raw`\b(?:comment|type)\s+(?:yes|no|me|done|go|amen|\d+)\s+if\s+you\b`,
	// "Share if you love…": sharing asked for as agreement (sharing useful information is not bait).
	String.raw`\bshare\b(?:\s+(?:this|our|the)\s+(?:post|photo|picture|video))?\s+if\s+you\s+(?:love|agree|like|support|are\s+proud)\b`,
	// "Tag a friend…", "Tag someone who…"
	String.raw`\btag\s+(?:a|your|an?\s+\w+|3|three|two|2)?\s*(?:friends?|someone|somebody|buddy|pal|people)\b`,
	// « Aimez cette publication si… », « Partagez si vous aimez… », « Commentez OUI si… »
	String.raw`\b(?:aimez|likez|reagissez|commentez|ecrivez|tapez)\b(?:\s+(?:cette|notre)\s+(?:publication|photo|video))?(?:\s+(?:avec|par)(?:\s+\S+)?)?(?:\s+\S+)?\s+si\s+vous\b`,
	String.raw`\bpartagez\b(?:\s+(?:cette|notre)\s+(?:publication|photo|video))?\s+si\s+vous\s+(?:aimez|adorez|etes\s+d\s+accord|appuyez|etes\s+fier)`,
	// « Identifiez quelqu'un », « Mentionnez un ami »
	String.raw`\b(?:identifiez|mentionnez|taguez|taggez)\s+(?:quelqu\s+un|une?\s+ami|vos\s+amis|une\s+personne|deux\s+amis|trois\s+amis)`
];
const MILESTONE = [
	// "We just hit 100K followers", "passed 50,000 subscribers"
	// (Digits in groups of at most three, so a long run of numbers is read once, not from every digit.)
	String.raw`\b(?:hit|reached|passed|crossed|surpassed|topped|reach|hitting)\s+(?:the\s+)?(?:\d[\d,.]*(?:\s\d{3}){0,2}\s?k?|\w+\s+(?:thousand|million))\s+(?:followers|subscribers|fans|likes)\b`,
	String.raw`\b\d{1,3}(?:[,.]\d+)?\s?k\s+(?:followers|subscribers|fans)\b`,
	// « franchir le cap des 100 000 abonnés », « atteint 50 000 abonnés »
	String.raw`\b(?:franchi|franchir|atteint|atteindre|depasse|depasser|passe)\s+(?:le\s+cap\s+des?\s+|la\s+barre\s+des?\s+)?\d[\d,.]*(?:\s\d{3}){0,2}\s?k?\s+(?:abonnes|abonnees|mentions\s+j\s+aime|adeptes)\b`
];
const IMAGE_ONLY = [
	// "See the image below for details", "Details in the graphic", "All the info is in the poster"
	String.raw`\bsee\s+(?:the\s+|our\s+)?(?:image|graphic|infographic|poster|picture|photo|flyer|screenshot)s?\s+(?:below|above|attached|for\s+(?:the\s+|more\s+|all\s+)?(?:details|info|information))\b`,
	String.raw`\b(?:details|info|information|everything\s+you\s+need(?:\s+to\s+know)?)\s+(?:are\s+|is\s+)?(?:in|on)\s+(?:the\s+|our\s+|this\s+)?(?:image|graphic|infographic|poster|picture|flyer|screenshot)\b`,
	// « Tous les détails dans l'image ci-dessous », « Voir l'affiche ci-jointe »
	String.raw`\b(?:details|renseignements|informations|infos)\s+(?:sont\s+)?(?:dans|sur)\s+(?:l\s+|cette\s+|notre\s+)?(?:image|affiche|infographie|illustration|capture\s+d\s+ecran)\b`,
	String.raw`\b(?:voir|voyez|consultez|regardez)\s+(?:l\s+|notre\s+|cette\s+)?(?:image|affiche|infographie|illustration)\s+(?:ci\s*-?\s*(?:dessous|dessus|jointe)|pour\s+(?:les\s+|plus\s+de\s+)?(?:details|renseignements|informations))\b`
];

const compile = (patterns: string[]) => new RegExp(patterns.join('|'));
const baitPattern = compile(BAIT);
const milestonePattern = compile(MILESTONE);
const imageOnlyPattern = compile(IMAGE_ONLY);
/** Folded, apostrophes and hyphens as spaces: « quelqu’un » and « ci-dessous » read like the patterns. */
const plain = (sentence: string) => fold(sentence).replace(/[’'-]/g, ' ');

interface Found {
	bait: boolean;
	milestone: boolean;
	imageOnly: boolean;
}
// What each sentence asks, remembered by its text: a keystroke changes one sentence.
const found = new RunMemo<string, Found>();

function foundIn(sentence: string): Found {
	let result = found.get(sentence);
	if (result === undefined) {
		const text = plain(sentence);
		result = { bait: baitPattern.test(text), milestone: milestonePattern.test(text), imageOnly: imageOnlyPattern.test(text) };
		found.set(sentence, result);
	}
	return result;
}

export const engagementBait = define({
	id: 'engagement_bait',
	title: t('No engagement bait or follower counts', 'Pas d’appât à interactions ni de compte d’abonnés'),
	severity: 'warning',
	guidance: t(
		'give people something useful: platforms demote posts that ask for likes, shares or tags (Meta, “Fighting Engagement Bait”), and a follower count is a vanity metric, not news',
		'offrez quelque chose d’utile\u00a0: les plateformes rétrogradent les publications qui réclament des mentions J’aime, des partages ou des identifications (Meta, «\u00a0Fighting Engagement Bait\u00a0»), et un nombre d’abonnés est une mesure de vanité, pas une nouvelle'
	),
	run(post) {
		const problems = [];
		const sentences = sentencesIn(post.text);
		const bait = sentences.find((s) => foundIn(s).bait);
		if (bait) {
			problems.push(
				t(
					`${quote(bait)} asks for likes, shares or tags instead of giving people a reason to act. Say what is useful and what to do.`,
					`${quote(bait)} réclame des mentions J’aime, des partages ou des identifications au lieu de donner aux gens une raison d’agir. Dites ce qui est utile et quoi faire.`
				)
			);
		}
		const milestone = sentences.find((s) => foundIn(s).milestone);
		if (milestone) {
			problems.push(
				t(
					`${quote(milestone)} celebrates the account, not the people it serves: tell them something useful instead.`,
					`${quote(milestone)} célèbre le compte, pas les gens qu’il sert\u00a0: dites-leur plutôt quelque chose d’utile.`
				)
			);
		}
		return problems;
	}
});

export const imageOnlyDetails = define({
	id: 'image_only_details',
	title: t('The facts are in the text', 'Les faits sont dans le texte'),
	severity: 'warning',
	guidance: t(
		'accessibility (AODA; WCAG 2.1 criterion 1.4.5, images of text): screen readers, search and translation cannot read facts left in an image',
		'accessibilité (LAPHO; WCAG 2.1, critère 1.4.5, texte sous forme d’image)\u00a0: les lecteurs d’écran, la recherche et la traduction ne peuvent pas lire des faits laissés dans une image'
	),
	run(post) {
		const sentence = sentencesIn(post.text).find((s) => foundIn(s).imageOnly);
		if (!sentence) return [];
		return [
			t(
				`${quote(sentence)} sends people to an image for the details: put the key facts (what, when, where, what to do) in the post itself.`,
				`${quote(sentence)} renvoie à une image pour les détails\u00a0: mettez les faits essentiels (quoi, quand, où, quoi faire) dans la publication elle-même.`
			)
		];
	}
});

// A hashtag ends at the first character that is not a letter, digit or underscore: #Franco-Ontariens
// links only #Franco, and #L'Ontario only #L.
const BROKEN_TAG = /(?<![\p{L}\p{N}_&])#([\p{L}\p{N}_]+)((?:[-'’][\p{L}\p{N}_]+)+)/gu;

export const hashtagBroken = define({
	id: 'hashtag_broken',
	title: t('Hashtags without hyphens or apostrophes', 'Mots-clics sans trait d’union ni apostrophe'),
	severity: 'warning',
	guidance: t(
		'platforms end a hashtag at a hyphen or an apostrophe, so the tag links to the wrong word; CamelCase keeps it readable (AODA)',
		'les plateformes terminent un mot-clic au trait d’union ou à l’apostrophe, et le mot-clic renvoie alors au mauvais mot; la CasseMixte le garde lisible (LAPHO)'
	),
	run(post) {
		const problems = [];
		for (const match of post.text.matchAll(BROKEN_TAG)) {
			const whole = match[0];
			const joined = `#${[match[1], ...match[2].split(/[-'’]/).filter(Boolean)].map((part, i) => (i === 0 ? part : part[0].toUpperCase() + part.slice(1))).join('')}`;
			problems.push(t(`${whole} links only #${match[1]}: write ${joined}.`, `${whole} ne renvoie qu’à #${match[1]}\u00a0: écrivez ${joined}.`));
		}
		return problems;
	}
});
