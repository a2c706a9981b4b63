import { phraseFinder } from '../text';
import { CAMPAIGN_PHRASES, LEADER_NAMES, PARTY_NAMES, PROFANITY } from '../wordlists';
import { define, t } from './define';

const findPartisan = phraseFinder([...PARTY_NAMES, ...CAMPAIGN_PHRASES, ...LEADER_NAMES.flatMap((name) => [`${name} government`, `gouvernement ${name}`])]);
const findProfanity = phraseFinder(PROFANITY);

export const partisan = define({
	id: 'partisan',
	title: t('Non-partisan', 'Non partisan'),
	severity: 'warning',
	guidance: t(
		'official accounts are non-partisan (Public Service of Ontario Act, 2006: political activity rules)',
		'les comptes officiels sont non partisans (Loi de 2006 sur la fonction publique de l’Ontario : règles sur les activités politiques)'
	),
	run(post) {
		const found = findPartisan(post.text);
		if (!found.length) return [];
		const list = found.map((f) => `“${f}”`).join(', ');
		return [
			t(
				`Partisan wording (${list}): an official account speaks for the government, not for a party or a leader.`,
				`Formulation partisane (${list}) : un compte officiel parle au nom du gouvernement, pas d’un parti ni d’un chef.`
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
