import { fold, luhnValid, quote, sentencesIn } from '../text';
import { define, t } from './define';

const FIPPA = t('privacy (FIPPA): no personal information in public', 'protection de la vie privée (LAIPVP) : aucun renseignement personnel en public');

const SIN = /(?<![\d-])(\d{3})[ -]?(\d{3})[ -]?(\d{3})(?![\d-])/g;
const OHIP_FORMATTED = /(?<![\d-])\d{4}[ -]\d{3}[ -]\d{3}(?:[ -]?[A-Z]{2})?(?![\dA-Za-z-])/g;
const OHIP_VERSIONED = /(?<![\d-])\d{10}[ -]?[A-Z]{2}(?![A-Za-z])/g;
const OHIP_CONTEXT = /\b(?:ohip|health card|health number|carte sante|numero de sante|assurance-sante)\b/;
const BARE_TEN = /(?<![\d-])\d{10}(?![\d])/g;
// Starts only where a run of address characters starts (see EMAIL in ../text.ts): linear, not quadratic.
const EMAIL = /(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g;
const PHONE = /(?<![\d-])(?:\+?1[ .-]?)?\(?(\d{3})\)?[ .-]?\d{3}[ .-]?\d{4}(?![\d])/g;
const TOLL_FREE = new Set(['800', '833', '844', '855', '866', '877', '888']);

/** The number with all but its last three digits hidden, so the message does not repeat it. */
function masked(value: string): string {
	let keep = 3;
	return [...value]
		.reverse()
		.map((c) => (/\d/.test(c) && keep-- <= 0 ? '•' : c))
		.reverse()
		.join('');
}

export const personalNumbers = define({
	id: 'personal_numbers',
	title: t('No SIN or health card numbers', 'Aucun NAS ni numéro de carte Santé'),
	severity: 'error',
	guidance: FIPPA,
	run(post) {
		const problems = [];
		for (const match of post.text.matchAll(SIN)) {
			if (luhnValid(match[1] + match[2] + match[3])) {
				problems.push(
					t(
						`${masked(match[0])} looks like a social insurance number. Remove it.`,
						`${masked(match[0])} ressemble à un numéro d’assurance sociale. Retirez-le.`
					)
				);
			}
		}
		const ohip = [...post.text.matchAll(OHIP_FORMATTED), ...post.text.matchAll(OHIP_VERSIONED)].map((m) => m[0]);
		if (OHIP_CONTEXT.test(fold(post.text))) ohip.push(...[...post.text.matchAll(BARE_TEN)].map((m) => m[0]));
		for (const number of new Set(ohip)) {
			problems.push(
				t(
					`${masked(number)} looks like an Ontario health card (OHIP) number. Remove it.`,
					`${masked(number)} ressemble à un numéro de carte Santé de l’Ontario (OHIP). Retirez-le.`
				)
			);
		}
		return problems;
	}
});

export const personalContact = define({
	id: 'personal_contact',
	title: t('No personal email or phone number', 'Aucun courriel ni numéro de téléphone personnel'),
	severity: 'warning',
	guidance: FIPPA,
	run(post, { settings }) {
		const problems = [];
		for (const match of post.text.matchAll(EMAIL)) {
			const domain = match[1].toLowerCase();
			if (settings.officialDomains.some((d) => domain === d || domain.endsWith(`.${d}`))) continue;
			problems.push(
				t(
					`${match[0]} is not an official address: don’t publish a person’s email.`,
					`${match[0]} n’est pas une adresse officielle : ne publiez pas le courriel d’une personne.`
				)
			);
		}
		const withoutOhip = post.text.replace(OHIP_FORMATTED, ' ');
		for (const match of withoutOhip.matchAll(PHONE)) {
			if (TOLL_FREE.has(match[1])) continue;
			problems.push(
				t(
					`${match[0].trim()} looks like a personal phone number. Publish only official, toll-free service numbers.`,
					`${match[0].trim()} ressemble à un numéro de téléphone personnel. Publiez seulement les numéros de service officiels sans frais.`
				)
			);
		}
		return problems;
	}
});

const DETAILS =
	/\b(?:your|votre|vos|ton|ta|tes)\s+(?:full\s+|home\s+|mailing\s+)?(?:health\s+card|ohip|sin|social\s+insurance|phone|telephone|cell|address|email|e-mail|date\s+of\s+birth|birth\s*date|account\s+number|case\s+number|file\s+number|claim\s+number|licen[cs]e|postal\s+code|carte\s+sante|numero|nas|assurance\s+sociale|adresse|courriel|date\s+de\s+naissance|dossier|permis|code\s+postal|nom\s+complet|telephone)/;
const ASKS =
	/\b(?:send|share|post|give|provide|tell|reply|comment|include|write|leave|confirm|what\s+is|what's|let\s+us\s+know|envoye[rz]|partage[rz]|donne[rz]|fournisse[rz]|indique[rz]|ecrive[zs]|ecrire|repondez|precise[rz]|communique[rz]|laisse[rz]|quel\s+est|confirme[rz])\b/;
const asksFrom = new RegExp(ASKS.source, 'g');
const detailsFrom = new RegExp(DETAILS.source, 'g');
const lineEndFrom = /[\n\r\u2028\u2029]/g;

/** The leftmost match of a global pattern at or after `from`, or Infinity. */
function nextMatch(pattern: RegExp, text: string, from: number): number {
	pattern.lastIndex = from;
	return pattern.exec(text)?.index ?? Infinity;
}

/**
 * An asking word followed, later in the sentence, by a personal detail: "please send your file
 * number", not "we hid your comment because it showed your health card number". What
 * /ASKS.*DETAILS/ finds (a detail after an asking word on the same line), in one pass: that
 * pattern looked for a detail to the end of the text after every asking word, so a sentence of a
 * thousand "send" took quadratic time.
 */
export function asksForDetails(text: string): boolean {
	let lineEnd = -1;
	let lineFrom = Infinity;
	let detail = -1;
	let detailFrom = Infinity;
	for (let at = 0; ;) {
		asksFrom.lastIndex = at;
		const ask = asksFrom.exec(text);
		if (!ask) return false;
		at = ask.index + 1;
		const end = ask.index + ask[0].length;
		if (end < lineFrom || end > lineEnd) {
			lineEnd = nextMatch(lineEndFrom, text, end);
			lineFrom = end;
		}
		// The leftmost detail from `end`: the last one found, unless it starts before `end`.
		if (end < detailFrom || end > detail) {
			detail = nextMatch(detailsFrom, text, end);
			detailFrom = end;
		}
		if (detail < lineEnd) return true;
	}
}
// "your comment", "this post", "votre commentaire": nouns, not requests.
const NOUNS = /\b(?:your|our|the|this|that|votre|notre|ce|cet|cette|le|la|un|une)\s+(?:comment|post|reply|commentaire|publication|reponse)s?\b/g;

const PRIVATE =
	/\b(?:direct\s+message|dm|dms|private\s+message|privately|in\s+private|inbox|messenger|call\s+us|phone\s+us|email\s+us|message\s+prive|message\s+direct|messagerie|en\s+prive|appelez|telephonez|par\s+courriel|ecrivez-nous\s+a)\b/;

export const publicReplyPrivacy = define({
	id: 'public_reply_privacy',
	title: t('Personal details moved to a private channel', 'Renseignements personnels demandés en privé'),
	severity: 'error',
	guidance: t(
		'privacy (FIPPA) and service recovery: never ask for personal details in public; move the case to a private channel',
		'vie privée (LAIPVP) et rétablissement du service : ne demandez jamais de renseignements personnels en public; passez à un canal privé'
	),
	applies: (_post, { publicReply }) => publicReply,
	run(post) {
		return sentencesIn(post.text)
			.filter((sentence) => {
				const s = fold(sentence).replace(/[’']/g, "'").replace(NOUNS, ' ');
				return asksForDetails(s) && !PRIVATE.test(s);
			})
			.map((sentence) =>
				t(
					`${quote(sentence)} asks for personal details in public. Ask the person to send them by direct message or another private channel.`,
					`${quote(sentence)} demande des renseignements personnels en public. Invitez la personne à les envoyer par message privé ou par un autre canal privé.`
				)
			);
	}
});
