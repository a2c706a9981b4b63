import { phraseFinder, sentencesIn } from '../text';
import { CAMPAIGN_PHRASES, CONTEST_WORDS, LEADER_NAMES, PARTISAN_SLOGANS, PARTY_NAMES, PROFANITY, VOTE_PHRASES } from '../wordlists';
import { define, t } from './define';

const findPartisan = phraseFinder(
	[
		...PARTY_NAMES,
		...CAMPAIGN_PHRASES,
		...PARTISAN_SLOGANS,
		...LEADER_NAMES.flatMap((name) => [`${name} government`, `gouvernement ${name}`, `${name} s leadership`])
	],
	// Punctuation inside a slogan does not matter: "Promise made, promise kept." Hashtags (#ONpoli) stay in.
	`’',;:!?.…–—"“”«»()`
);
const findProfanity = phraseFinder(PROFANITY);
const VOTES = new Set(VOTE_PHRASES);
const inContest = phraseFinder(CONTEST_WORDS);

/** Partisan phrases in the text; "vote for" counts only in a sentence that is not about a contest ("vote for your favourite photo"). */
export function partisanPhrases(text: string): string[] {
	const found = findPartisan(text);
	return found.filter(
		(phrase) => !VOTES.has(phrase.replace(/\s+/g, ' ')) || sentencesIn(text).some((s) => findPartisan(s).includes(phrase) && !inContest(s).length)
	);
}

export const partisan = define({
	id: 'partisan',
	title: t('Non-partisan', 'Non partisan'),
	severity: 'warning',
	guidance: t(
		'official accounts are non-partisan: no party names, slogans, self-praise or attacks on critics (Government Advertising Act, 2004, s. 6; Public Service of Ontario Act, 2006, Part V; OPS social media guidance)',
		'les comptes officiels sont non partisans : ni noms de partis, ni slogans, ni autocongratulation, ni attaques contre les critiques (Loi de 2004 sur la publicité gouvernementale, art. 6; Loi de 2006 sur la fonction publique de l’Ontario, partie V; lignes directrices de la FPO sur les médias sociaux)'
	),
	run(post) {
		const found = partisanPhrases(post.text);
		if (!found.length) return [];
		const list = found.map((f) => `“${f}”`).join(', ');
		const listFr = found.map((f) => `« ${f} »`).join(', ');
		return [
			t(
				`Partisan wording (${list}): an official account states the facts of a program for the government, without slogans, praise of the government or attacks on its critics or predecessors.`,
				`Formulation partisane (${listFr}) : un compte officiel présente les faits d’un programme au nom du gouvernement, sans slogan, sans éloge du gouvernement ni attaque contre ses critiques ou ses prédécesseurs.`
			)
		];
	}
});

export const profanity = define({
	id: 'profanity',
	title: t('No profanity', 'Aucun juron'),
	severity: 'error',
	guidance: t('professional tone on official accounts', 'ton professionnel sur les comptes officiels'),
	run(post) {
		const count = findProfanity([post.text, ...post.alts].join('\n')).length;
		if (!count) return [];
		return [
			t(
				`Remove the profanity (${count} word${count > 1 ? 's' : ''}).`,
				`Retirez ${count > 1 ? 'les jurons' : 'le juron'} (${count} mot${count > 1 ? 's' : ''}).`
			)
		];
	}
});
