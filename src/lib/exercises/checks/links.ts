import { fold, linksIn, quote } from '../text';
import { URL_SHORTENERS } from '../wordlists';
import { define, t } from './define';

const VAGUE = [
	/\b(?:click|tap|press)\s+(?:here|this link|the link|below|on this link)\b/,
	/\bcliqu(?:ez|er|e)\s+(?:ici|sur ce lien|sur le lien|ci-dessous)\b/,
	/\bappuyez\s+(?:ici|sur ce lien)\b/
];

const isSpace = (c: string) => /\s/.test(c);
const ARROWS = new Set([':', '→', '>', '-']);

/**
 * Whether the text before `end`, trimmed, ends like /(?:^|\s)(?:here|ici)\s*[:→>-]*$/: read back
 * from the link, not by trimming and matching all the text before each link (quadratic with
 * thousands of links).
 */
function hereBefore(text: string, end: number): boolean {
	let at = Math.min(end, text.length);
	while (at > 0 && isSpace(text[at - 1])) at--;
	while (at > 0 && ARROWS.has(text[at - 1])) at--;
	while (at > 0 && isSpace(text[at - 1])) at--;
	for (const word of ['here', 'ici']) {
		const start = at - word.length;
		if (start >= 0 && text.slice(start, at) === word && (start === 0 || isSpace(text[start - 1]))) return true;
	}
	return false;
}

export const descriptiveLinks = define({
	id: 'descriptive_links',
	title: t('Descriptive links', 'Liens descriptifs'),
	severity: 'warning',
	guidance: t(
		'WCAG 2.1 success criterion 2.4.4 (link purpose): say where the link goes, not “click here”',
		'WCAG 2.1, critère 2.4.4 (fonction du lien) : dites où mène le lien, pas « cliquez ici »'
	),
	run(post) {
		const text = fold(post.text);
		const problems = [];
		if (VAGUE.some((pattern) => pattern.test(text))) {
			problems.push(
				t(
					'Say what the link does (“Book your flu shot at ontario.ca/flu”) instead of “click here”.',
					'Dites ce que fait le lien (« Prenez rendez-vous à ontario.ca/grippe ») plutôt que « cliquez ici ».'
				)
			);
		}
		for (const link of linksIn(post.text)) {
			if (!problems.length && hereBefore(text, link.index)) {
				problems.push(
					t(
						`“here” before ${link.value} does not say where it goes: name the page or the action.`,
						`« ici » devant ${link.value} ne dit pas où mène le lien : nommez la page ou l’action.`
					)
				);
			}
		}
		return problems;
	}
});

const isShortener = (host: string) => URL_SHORTENERS.includes(host);

export const urlShortener = define({
	id: 'url_shortener',
	title: t('No link shorteners', 'Pas de raccourcisseurs de liens'),
	severity: 'error',
	guidance: t(
		'trust and security: people must see an official address before they click',
		'confiance et sécurité : les gens doivent voir une adresse officielle avant de cliquer'
	),
	run: (post) =>
		linksIn(post.text)
			.filter((link) => isShortener(link.host))
			.map((link) =>
				t(
					`${quote(link.value)} hides where it goes: use the full ontario.ca address.`,
					`${quote(link.value)} cache sa destination : utilisez l’adresse ontario.ca complète.`
				)
			)
});

export const officialDomain = define({
	id: 'official_domain',
	title: t('Links to official sites', 'Liens vers des sites officiels'),
	severity: 'warning',
	guidance: t(
		'link to official Government of Ontario sites so people can trust the source',
		'faites des liens vers des sites officiels du gouvernement de l’Ontario pour que les gens puissent se fier à la source'
	),
	run(post, { settings }) {
		const official = (host: string) => settings.officialDomains.some((domain) => host === domain || host.endsWith(`.${domain}`));
		return linksIn(post.text)
			.filter((link) => !isShortener(link.host) && !official(link.host))
			.map((link) =>
				t(
					`${link.host} is not an official site for this exercise (${settings.officialDomains.join(', ')}).`,
					`${link.host} n’est pas un site officiel pour cet exercice (${settings.officialDomains.join(', ')}).`
				)
			);
	}
});
