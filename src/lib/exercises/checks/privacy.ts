import { fold, luhnValid, quote, sentencesOf } from '../text';
import { NOT_PERSONAL_NUMBER_LABELS, OFFICIAL_PLACE_WORDS, STREET_TYPES_EN, STREET_TYPES_FR } from '../wordlists';
import type { Localized } from '../types';
import { define, t } from './define';

const FIPPA = t('privacy (FIPPA): no personal information in public', 'protection de la vie privée (LAIPVP) : aucun renseignement personnel en public');

const words = (list: readonly string[]) => list.map((w) => w.replace(/ /g, '\\s+')).join('|');

// What may separate groups of digits: a space (also the non-breaking ones of French typography), a dot or a hyphen.
const SEP = '[ .\\u00A0\\u202F-]';
// Nine digits, in three groups or not, not part of a longer number.
const SIN = new RegExp(`(?<!\\d${SEP}?)(\\d{3})${SEP}?(\\d{3})${SEP}?(\\d{3})(?!${SEP}?\\d)`, 'g');
// An Ontario health card number: ten digits, written 4-3-3 or in one run, with or without the two-letter version code.
const OHIP_FORMATTED = new RegExp(`(?<!\\d${SEP}?)\\d{4}${SEP}\\d{3}${SEP}\\d{3}(?:[ -]?[A-Z]{2})?(?![\\dA-Za-z]|${SEP}\\d)`, 'g');
const OHIP_VERSIONED = /(?<!\d)\d{10}[ -]?[A-Z]{2}(?![A-Za-z])/g;
const BARE_TEN = /(?<!\d)\d{10}(?!\d)/g;
const OHIP_CONTEXT =
	/\b(?:ohip|health\s+(?:card|number)|version\s+code|card\s+number|carte\s+sante|numero\s+de\s+sante|assurance-sante|numero\s+de\s+(?:la\s+)?carte)\b/;
// Part of an identifier: "SIN ending 454 286", "the last four digits of your card: 8901", « NAS se terminant par 286 ».
const PARTIAL =
	/\b(?:sin|social\s+insurance(?:\s+number)?|nas|health\s+card(?:\s+number)?|ohip(?:\s+number)?|carte\s+sante|assurance\s+sociale)\s*(?:(?:number|no\.?|#|numero)\s*)?(?:ending(?:\s+(?:in|with))?|that\s+ends\s+(?:in|with)|(?:whose\s+)?last\s+(?:\w+\s+)?digits\s+(?:are|were)|se\s+terminant\s+par|finissant\s+par|qui\s+se\s+termine\s+par)\s*(?::\s*)?(\d(?:[ \u00A0-]?\d){2,8})(?!\d)/g;
const SIN_CONTEXT = /\b(?:sin|social\s+insurance|nas|assurance\s+sociale)\b/;
// A sum, a count or a measure: « 125 000 000 $ », « 16 124 116 habitants ».
const QUANTITY_AFTER = /^\s*(?:\$|€|%|dollars?\b|millions?\b|people\b|persons\b|residents\b|personnes\b|habitants\b|km\b|kg\b|tonnes?\b)/;
const LABEL_BEFORE = new RegExp(`\\b(?:${words(NOT_PERSONAL_NUMBER_LABELS)})\\b(?:[\\s:#.°-]+(?:number|numero|no|n|is|est|code))*[\\s:#.°-]*$`);

// Starts only where a run of address characters starts (see EMAIL in ../text.ts): linear, not quadratic.
const EMAIL = /(?<![\w.+-])[\w.+-]+@([\w-]+(?:\.[\w-]+)+)/g;
// A North American number: area code and exchange start with 2 to 9.
const PHONE = /(?<![\d-])(?:\+?1[ .\u00A0-]?)?\(?([2-9]\d{2})\)?[ .\u00A0-]?[2-9]\d{2}[ .\u00A0-]?\d{4}(?!\d)/g;
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

/** A phone number by its digits, without the country code: 1 (800) 267-8097 and 800.267.8097 are the same. */
export function phoneDigits(value: string): string {
	const digits = value.replace(/\D/g, '');
	return digits.length === 11 && digits.startsWith('1') ? digits.slice(1) : digits;
}

interface Span {
	start: number;
	end: number;
	value: string;
}

/** Health card numbers in the text, where they are. */
function ohipNumbers(text: string): Span[] {
	const spans: Span[] = [];
	const add = (m: RegExpMatchArray) => spans.push({ start: m.index!, end: m.index! + m[0].length, value: m[0] });
	// "Reference 2026-417-031" is labelled as something else; "health card 2345-678-901" is not.
	const labelled = (m: RegExpMatchArray) => {
		const lead = before(text, m.index!, 40);
		return LABEL_BEFORE.test(lead) && !OHIP_CONTEXT.test(lead);
	};
	for (const m of text.matchAll(OHIP_FORMATTED)) if (!labelled(m)) add(m);
	for (const m of text.matchAll(OHIP_VERSIONED)) if (!labelled(m)) add(m);
	if (OHIP_CONTEXT.test(fold(text))) {
		for (const m of text.matchAll(BARE_TEN)) if (!spans.some((s) => s.start <= m.index! && m.index! < s.end)) add(m);
	}
	return spans.sort((a, b) => a.start - b.start);
}

/** The folded text just before `index`, to read the label of a number. */
const before = (text: string, index: number, size: number) => fold(text.slice(Math.max(0, index - size), index)).replace(/[’']/g, ' ');

export const personalNumbers = define({
	id: 'personal_numbers',
	title: t('No SIN or health card numbers', 'Aucun NAS ni numéro de carte Santé'),
	severity: 'error',
	guidance: FIPPA,
	run(post) {
		const problems: Localized[] = [];
		for (const match of post.text.matchAll(SIN)) {
			const lead = before(post.text, match.index, 40);
			const named = SIN_CONTEXT.test(lead);
			if (!named) {
				if (!luhnValid(match[1] + match[2] + match[3])) continue;
				if (LABEL_BEFORE.test(lead) || /\$\s*$/.test(lead)) continue;
				if (QUANTITY_AFTER.test(fold(post.text.slice(match.index + match[0].length, match.index + match[0].length + 16)))) continue;
			}
			problems.push(
				t(`${masked(match[0])} looks like a social insurance number. Remove it.`, `${masked(match[0])} ressemble à un numéro d’assurance sociale. Retirez-le.`)
			);
		}
		if (!problems.length) {
			for (const match of fold(post.text).matchAll(PARTIAL)) {
				problems.push(
					t(
						`${masked(match[1])} is part of a social insurance or health card number. Don’t publish any part of it.`,
						`${masked(match[1])} fait partie d’un numéro d’assurance sociale ou de carte Santé. N’en publiez aucune partie.`
					)
				);
			}
		}
		for (const { value } of ohipNumbers(post.text)) {
			problems.push(
				t(
					`${masked(value)} looks like an Ontario health card (OHIP) number. Remove it.`,
					`${masked(value)} ressemble à un numéro de carte Santé de l’Ontario (OHIP). Retirez-le.`
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
		const problems: Localized[] = [];
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
		const official = new Set((settings.officialNumbers ?? []).map(phoneDigits));
		const ohip = ohipNumbers(post.text);
		for (const match of post.text.matchAll(PHONE)) {
			if (TOLL_FREE.has(match[1])) continue;
			if (official.has(phoneDigits(match[0]))) continue;
			const end = match.index + match[0].length;
			if (ohip.some((s) => s.start < end && match.index < s.end)) continue;
			if (LABEL_BEFORE.test(before(post.text, match.index, 30))) continue;
			problems.push(
				t(
					`${match[0].trim()} looks like a personal phone number. Publish only official service numbers.`,
					`${match[0].trim()} ressemble à un numéro de téléphone personnel. Publiez seulement les numéros de service officiels.`
				)
			);
		}
		return problems;
	}
});

// ---------------------------------------------------------------------------------------------
// Requests for personal details in a reply. Everything below reads folded text (lower case, no
// accents, straight apostrophes).

/** Identifiers never to ask for on social media, not even in a direct message. */
const SENSITIVE = [
	String.raw`health\s*card(?:\s+(?:number|no|#))?`,
	String.raw`ohip(?:\s+number)?`,
	String.raw`health\s+number`,
	String.raw`version\s+code`,
	String.raw`sin(?:\s+number)?`,
	String.raw`social\s+insurance(?:\s+number)?`,
	String.raw`date\s+of\s+birth`,
	String.raw`birth\s*date`,
	String.raw`(?:year|place)\s+of\s+birth`,
	String.raw`birth\s*year`,
	String.raw`birthday(?!\s+(?:party|parties|photos?|pictures?|cake|wishes|celebrations?))`,
	String.raw`dob`,
	String.raw`(?:your|the)\s+age`,
	String.raw`when\s+you\s+were\s+born`,
	String.raw`how\s+old\s+you\s+are`,
	String.raw`(?:driver's\s+|driving\s+)?licen[cs]e\s+(?:number|no|#)`,
	String.raw`passport\s+(?:number|no|#)`,
	String.raw`(?:bank|credit\s+card|banking)\s+(?:account\s+)?(?:number|details|information|info)`,
	String.raw`last\s+(?:four|4|three|3)\s+digits`,
	String.raw`carte\s+sante`,
	String.raw`numero\s+de\s+sante`,
	String.raw`nas`,
	String.raw`assurance\s+sociale`,
	String.raw`(?:date|annee|lieu)\s+de\s+naissance`,
	String.raw`anniversaire`,
	String.raw`(?:votre|ton)\s+age`,
	String.raw`(?:your|household|family|annual|and|or)\s+(?:income|salary|earnings)(?!\s+(?:supports?|programs?|assistance|tax|levels?|thresholds?|limits?|tests?))`,
	String.raw`(?:votre|ton|vos|tes)\s+(?:revenus?|salaire)`,
	String.raw`revenu\s+(?:familial|du\s+menage|annuel)`,
	String.raw`quand\s+vous\s+etes\s+nee?s?`,
	String.raw`numero\s+de\s+permis`,
	String.raw`numero\s+de\s+passeport`,
	String.raw`(?:quatre|4|trois|3)\s+derniers\s+chiffres`,
	String.raw`numero\s+de\s+(?:compte\s+bancaire|carte\s+de\s+credit)`
];

/** Contact details and file numbers: never in public, fine in a private channel. */
const CONTACT = [
	String.raw`(?:your|the|full|home|mailing|street|e-?mail|civic|current|new|correct)\s+(?:(?:home|mailing|street|full|e-?mail)\s+)?address(?:es)?(?!\s+(?:on|of|in|at|below|above|listed|shown|printed|provided|given)\b)`,
	String.raw`(?:phone|telephone|cell|cellphone|mobile|contact)\s+(?:number|no|#)`,
	String.raw`your\s+(?:phone|cell|telephone|mobile|number|e-?mail|street|location|name\s+and\s+address)`,
	String.raw`number\s+to\s+reach\s+you`,
	String.raw`postal\s+code`,
	String.raw`zip\s+code`,
	String.raw`(?:account|case|file|claim|application|reference|tracking|order|confirmation|permit|plate|member|client|customer|ticket|policy)\s+(?:number|no|#)`,
	String.raw`full\s+name`,
	String.raw`last\s+name`,
	String.raw`where\s+you\s+(?:live|are\s+located|reside|stay)`,
	String.raw`what\s+street\s+you`,
	String.raw`(?:votre|vos|ton|ta|tes)\s+(?:adresses?|coordonnees|numero|courriel|telephone|cellulaire|rue|code\s+postal|nom\s+complet|nom\s+et)`,
	String.raw`adresse\s+(?:courriel|electronique|complete|postale|de\s+courriel|domiciliaire|civique|municipale)`,
	String.raw`numero\s+de\s+(?:telephone|cellulaire|dossier|demande|reference|cas|compte|client|confirmation|plaque|reclamation)`,
	String.raw`code\s+postal`,
	String.raw`nom\s+complet`,
	String.raw`(?:ou|a\s+quelle\s+adresse)\s+vous\s+(?:habitez|demeurez|residez|vivez|restez)`
];

const DETAIL = new RegExp(`\\b(?:(${SENSITIVE.join('|')})|(?:${CONTACT.join('|')}))(?![\\p{L}\\d])`, 'gu');

/** Questions that ask by themselves: "when were you born?", « où habitez-vous? ». */
const SELF_SENSITIVE =
	/\b(?:when\s+were\s+you\s+born|how\s+old\s+are\s+you|what\s+year\s+were\s+you\s+born|quand\s+etes-vous\s+nee?s?|quel\s+age\s+avez-vous|en\s+quelle\s+annee\s+etes-vous)/g;
const SELF_CONTACT =
	/\b(?:where\s+do\s+you\s+(?:live|reside|stay)|where\s+are\s+you\s+located|what\s+street|which\s+street|what's\s+the\s+best\s+number|(?:what|which)\s+(?:address|phone\s+number|email\s+address|postal\s+code)|quelle\s+adresse|ou\s+(?:habitez|demeurez|residez|vivez|restez)-vous|quelle\s+rue|a\s+quelle\s+adresse)/g;

/** Any detail or self-asking question, to skip the sentences that name none. */
const ANY_DETAIL = new RegExp(`${DETAIL.source}|${SELF_SENSITIVE.source}|${SELF_CONTACT.source}`, 'u');

/** Words that ask for something: an imperative, "what's", "we'll need", « quel est », « dites-nous ». */
const ASKER = new RegExp(
	'\\b(?:' +
		[
			String.raw`send|share|post|give|provide|reply|respond|comment|include|add|write|leave|drop|type|enter|put|list|confirm|verify|forward|submit|mention|specify`,
			String.raw`tell\s+(?:us|me)|let\s+(?:us|me)\s+know|pass\s+along|fill\s+in|dm|inbox|message\s+us|e-?mail\s+us`,
			String.raw`what(?:'s|\s+is|\s+are|\s+was)|whats`,
			String.raw`(?:may|can|could)\s+(?:we|i)\s+(?:have|get|ask\s+for|see)`,
			String.raw`(?:we|i)(?:'ll|'d|\s+will|\s+would|\s+also)?\s+(?:need|require)`,
			String.raw`envoye[rz]|envoie|partage[rz]|donne[rz]|fourni(?:ssez|r)|indique[rz]|ecrive[zs]|ecrire|repondez|repondre|precise[rz]`,
			String.raw`communique[rz]|laisse[rz]|confirme[rz]|transmett(?:ez|re)|inscri(?:vez|re)|mentionne[rz]|ajoute[rz]|publie[rz]`,
			String.raw`faites-nous\s+parvenir|faire\s+parvenir|dites-(?:nous|moi)|nous\s+dire|quel(?:le)?s?\s+(?:est|sont)`,
			String.raw`nous\s+(?:aurons|aurions|avons)\s+besoin|il\s+nous\s+(?:faut|faudra|faudrait)`
		].join('|') +
		')\\b',
	'g'
);

/** A negation just before the asking word: "never post", "don't share", « ne publiez jamais », « n'envoyez pas ». */
const NEGATION =
	/(?:^|[^\p{L}'])(?:never|don't|dont|do\s+not|not|no\s+need\s+to|avoid|without|instead\s+of|rather\s+than|stop|won't|will\s+not|jamais|ne|n'|pas|plutot\s+que|sans|evitez\s+de)(?![\p{L}])(?:\s+[\p{L}'-]+){0,3}\s*$|(?:^|[^\p{L}'])n'$/u;
/** A statement, not a request: "we can confirm", "it included", « nous allons confirmer ». */
const SUBJECT = /(?:^|[^\p{L}'])(?:we|we'll|we've|we'd|i|i'll|they|it|he|she|nous|je|il|elle|ils|elles)(?:\s+[\p{L}']+){0,2}\s+$/u;
/** A question that asks the reader: "could you please send", « pouvez-vous nous donner ». */
const POLITE = /(?:-vous|\byou|\bplease|\bkindly|s'il\s+vous\s+plait|\bsvp|\bmerci\s+de|\bveuillez)(?:\s+[\p{L}']+){0,2}\s+$/u;
/** Between an asking word and a detail: the request has ended, or explains. */
const BREAK =
	/[;!?]|\b(?:never|don't|not|because|since|after|before|we'll|we\s+will|we\s+can|we've|we\s+have|we\s+hid|parce|car|puisque|jamais|ne|n'|nous\s+(?:allons|pourrons|avons|vous))\b/;
const REACH = 90;
// "your comment", "this post", "votre commentaire": nouns, not requests.
const NOUNS =
	/\b(?:your|our|the|this|that|a|an|votre|notre|ce|cet|cette|le|la|un|une|les|vos|nos|des)\s+(?:comment|post|reply|commentaire|publication|reponse|message)s?\b/g;

/** Where the details would go. */
const PUBLIC =
	/\b(?:reply\s+(?:with|below|here|to\s+this)|respond\s+(?:with|below|here)|comment\s+(?:with|below|here)|in\s+(?:the|a|this)\s+comments?|below|(?<!(?:we're|we\s+are|i'm|i\s+am|is|are|be)\s+)here|publicly|in\s+(?:this|the)\s+thread|(?<!(?:sommes|suis|est|etre)\s+)ici|ci-dessous|en\s+commentaires?|dans\s+les\s+commentaires|publiquement|repondez\s+(?:avec|ici|ci-dessous|a\s+ce))\b/;
const PRIVATE =
	/\b(?:direct\s+message|dm|dms|private\s+message|privately|in\s+private|inbox|messenger|message\s+(?:us|me)|send\s+(?:us|me)\s+a\s+message|e-?mail\s+us|by\s+e-?mail|message\s+prive|messages\s+prives|message\s+direct|messagerie|en\s+prive|par\s+courriel)\b/;
/** Channels fit for identifiers: the official phone line, a secure form or website, a visit in person. */
const SECURE =
	/\b(?:(?:call|calling|phone|contact)\s+(?:us|the|our|serviceontario|service\s+ontario|health811|telehealth|\d|1-|\+1)|give\s+us\s+a\s+call|appelez|composez|telephonez|in\s+person|en\s+personne|secure|securely|securise|securisee|formulaire|online\s+form|official\s+line|ligne\s+officielle)/;
const DOMAIN = /(?<![@\w.-])(?:[a-z0-9-]+\.)+[a-z]{2,}(?![\w@-])/g;

/** Whether the sentence points to one of the official websites: a secure place to enter details. */
const namesOfficialSite = (s: string, domains: readonly string[]) =>
	[...s.matchAll(DOMAIN)].some((m) => {
		const host = m[0].replace(/^www\./, '');
		return domains.some((d) => host === d || host.endsWith(`.${d}`));
	});

export interface Requested {
	/** A health card number, SIN, date of birth or the like: wrong on social media, even in private. */
	sensitive: boolean;
	/** An address, phone number, email or file number: wrong in public, fine in a private channel. */
	contact: boolean;
}

function negatedAt(s: string, index: number, pattern: RegExp): boolean {
	const lead = s.slice(Math.max(0, index - 40), index);
	const cut = Math.max(lead.lastIndexOf(','), lead.lastIndexOf(':'), lead.lastIndexOf('('));
	return pattern.test(cut >= 0 ? lead.slice(cut + 1) : lead);
}

/**
 * What a sentence (folded) asks the reader for: a detail after an asking word that is not negated
 * ("never post your address") nor a statement ("we can confirm your address"), within a few words
 * and with no break between; or a question that asks by itself ("how old are you?"). One pass over
 * the asking words and one over the details: linear in the length of the sentence.
 */
export function requestedDetails(sentence: string): Requested {
	const s = sentence.replace(NOUNS, (m) => ' '.repeat(m.length));
	const found: Requested = { sensitive: false, contact: false };
	const askers: { end: number; we: boolean }[] = [];
	for (const m of s.matchAll(ASKER)) {
		const we = /^(?:we\b|we'|i\b|i'|nous\b|il\b|may\b|can\b|could\b|what|quel|need\b)/.test(m[0]);
		if (negatedAt(s, m.index, NEGATION) || (!we && negatedAt(s, m.index, SUBJECT) && !negatedAt(s, m.index, POLITE))) continue;
		askers.push({ end: m.index + m[0].length, we });
	}
	let a = -1;
	for (const d of s.matchAll(DETAIL)) {
		while (a + 1 < askers.length && askers[a + 1].end <= d.index) a++;
		if (a < 0) continue;
		const gap = s.slice(askers[a].end, d.index);
		if (gap.length > REACH || BREAK.test(gap)) continue;
		if (d[1]) found.sensitive = true;
		else found.contact = true;
	}
	for (const m of s.matchAll(SELF_SENSITIVE)) if (!negatedAt(s, m.index, NEGATION)) found.sensitive = true;
	for (const m of s.matchAll(SELF_CONTACT)) if (!negatedAt(s, m.index, NEGATION)) found.contact = true;
	return found;
}

export const publicReplyPrivacy = define({
	id: 'public_reply_privacy',
	title: t('Personal details moved to a private channel', 'Renseignements personnels demandés en privé'),
	severity: 'error',
	guidance: t(
		'privacy (FIPPA) and service recovery: never ask for personal details in public; move the case to a private channel, and never ask for a health card number, SIN or date of birth, even by direct message',
		'vie privée (LAIPVP) et rétablissement du service : ne demandez jamais de renseignements personnels en public; passez à un canal privé, et ne demandez jamais de numéro de carte Santé, de NAS ni de date de naissance, même par message privé'
	),
	applies: (_post, { publicReply }) => publicReply,
	run(post, { settings }) {
		const problems: Localized[] = [];
		// Most posts name no personal detail at all: one look at the whole text.
		if (!ANY_DETAIL.test(fold(post.text))) return problems;
		const sentences = sentencesOf(post.text);
		const folded = (i: number) => fold(sentences[i]).replace(/[’‘']/g, "'");
		const channelOf = (s: string) => {
			const isPublic = PUBLIC.test(s);
			return {
				isPublic,
				private: !isPublic && PRIVATE.test(s),
				secure: !isPublic && (SECURE.test(s) || namesOfficialSite(s, settings.officialDomains))
			};
		};
		sentences.forEach((sentence, i) => {
			const s = folded(i);
			if (!ANY_DETAIL.test(s)) return;
			const asked = requestedDetails(s);
			if (!asked.sensitive && !asked.contact) return;
			const channel = channelOf(s);
			// A channel named in the sentence before carries: "Send us a direct message. Include your file number."
			if (i > 0 && !channel.isPublic && !s.includes('?') && !channel.private && !channel.secure) {
				const previous = channelOf(folded(i - 1));
				channel.private = previous.private;
				channel.secure = previous.secure;
			}
			if (asked.sensitive && !channel.secure) {
				problems.push(
					channel.private
						? t(
								`${quote(sentence)} asks for a health card number, SIN, date of birth or a similar identifier by private message. Social media are not secure: never ask for these, even by direct message. Refer the person to the official phone line or a secure channel.`,
								`${quote(sentence)} demande un numéro de carte Santé, un NAS, une date de naissance ou un identifiant semblable par message privé. Les médias sociaux ne sont pas sécurisés\u00A0: ne les demandez jamais, même par message privé. Dirigez la personne vers la ligne téléphonique officielle ou un canal sécurisé.`
							)
						: t(
								`${quote(sentence)} asks for a health card number, SIN, date of birth or a similar identifier. Never ask for these on social media, in public or by direct message. Refer the person to the official phone line or a secure channel.`,
								`${quote(sentence)} demande un numéro de carte Santé, un NAS, une date de naissance ou un identifiant semblable. Ne les demandez jamais dans les médias sociaux, ni en public ni par message privé. Dirigez la personne vers la ligne téléphonique officielle ou un canal sécurisé.`
							)
				);
			} else if (asked.contact && !channel.private && !channel.secure) {
				problems.push(
					t(
						`${quote(sentence)} asks for personal details in public. Ask the person to send them by direct message or another private channel.`,
						`${quote(sentence)} demande des renseignements personnels en public. Invitez la personne à les envoyer par message privé ou par un autre canal privé.`
					)
				);
			}
		});
		return problems;
	}
});

// ---------------------------------------------------------------------------------------------
// Addresses in a public reply.

const POSTAL_CODE = /(?<![\p{L}\d])[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z][ \u00A0-]?\d[ABCEGHJ-NPRSTV-Z]\d(?![\p{L}\d])/giu;
const ACCENTED: Record<string, string> = { a: '[aàâ]', e: '[eéèê]', i: '[iîï]', o: '[oô]', u: '[uùû]' };
/** A folded word as written, capitalized or not, with or without its accents: "cote" finds « Côte ». */
const capitalized = (list: readonly string[]) =>
	list.map((w) => `[${w[0]}${w[0].toUpperCase()}]${w.slice(1).replace(/[aeiou]/g, (c) => ACCENTED[c])}`).join('|');
// "777 Bay St.", "14 Birch Cres.", "2231 Concession Road 4", "100 2nd Avenue": a civic number, one to four
// capitalized words, a street type.
const STREET_EN = new RegExp(
	`(?<![\\p{L}\\d.,-])\\d{1,6}[A-Za-z]?(?:-\\d{1,5})?,?\\s+(?:(?:\\p{Lu}[\\p{L}'’.-]*|\\d{1,3}(?:st|nd|rd|th))\\s+){1,4}(?:${capitalized(STREET_TYPES_EN)})\\b\\.?(?!\\s+(?:of|judges?|justices?)\\b)`,
	'gu'
);
// « 123, rue Principale », « 8, chemin du Lac », « 57 boulevard Saint-Joseph ».
const STREET_FR = new RegExp(
	`(?<![\\p{L}\\d.,-])\\d{1,6}[A-Za-z]?,?\\s+(?:${capitalized(STREET_TYPES_FR)})\\.?\\s+(?:(?:de\\s+la|de\\s+l['’]|du|des|de|d['’])\\s*)?[\\p{Lu}\\d][\\p{L}\\d'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}`,
	'gu'
);
const OFFICIAL_PLACE = new RegExp(`\\b(?:${words(OFFICIAL_PLACE_WORDS)})\\b`);
const PERSONAL_PLACE =
	/\b(?:you\s+live|you're\s+at|you\s+are\s+at|your\s+(?:home|house|place|address|property|apartment|unit|cottage|farm|street|door)|near\s+you|mailed\s+to|sent\s+to|delivered\s+to|on\s+its\s+way\s+to|vous\s+habitez|votre\s+(?:adresse|domicile|maison|logement|propriete|residence|appartement|rue|chalet|ferme)|chez\s+vous|envoyee?s?\s+au|livree?s?\s+au|l'adresse)\b/;

/** Where something was sent: "sent from our office to", « expédiée de notre bureau au ». */
const SENT_TO = /\b(?:sent|mailed|delivered|shipped|posted|returned|forwarded|envoyee?s?|postee?s?|livree?s?|expediee?s?|retournee?s?)\b.*\b(?:to|au|a)\s*$/;

/** Whether the words before an address name a public office, and not the person: "the ServiceOntario centre at". */
function officialPlace(text: string, index: number): boolean {
	let lead = fold(text.slice(Math.max(0, index - 100), index)).replace(/[’']/g, "'");
	// From the start of its sentence: the end of the last one is a word of three letters or more and a full stop (not "St.").
	let cut = Math.max(lead.lastIndexOf('\n'), lead.lastIndexOf('!'), lead.lastIndexOf('?'));
	for (const m of lead.matchAll(/[a-z]{3}\.\s/g)) cut = Math.max(cut, m.index + 4);
	if (cut >= 0) lead = lead.slice(cut + 1);
	return OFFICIAL_PLACE.test(lead) && !PERSONAL_PLACE.test(lead) && !SENT_TO.test(lead);
}

export const publicReplyAddress = define({
	id: 'public_reply_address',
	title: t('No street address or postal code in a public reply', 'Aucune adresse ni code postal dans une réponse publique'),
	severity: 'warning',
	guidance: t(
		'privacy (FIPPA): an address is personal information; never repeat or confirm where someone lives in public',
		'vie privée (LAIPVP) : une adresse est un renseignement personnel; ne répétez ni ne confirmez jamais en public l’endroit où une personne habite'
	),
	applies: (_post, { publicReply }) => publicReply,
	run(post) {
		const problems: Localized[] = [];
		const text = post.text;
		const official: Span[] = [];
		const addresses: Span[] = [];
		for (const pattern of [STREET_EN, STREET_FR]) {
			for (const m of text.matchAll(pattern)) {
				const span = { start: m.index, end: m.index + m[0].length, value: m[0] };
				(officialPlace(text, m.index) ? official : addresses).push(span);
			}
		}
		for (const m of text.matchAll(POSTAL_CODE)) {
			// The postal code of an official address a few words before it is official too.
			if (official.some((s) => s.end <= m.index && m.index - s.end < 60) || officialPlace(text, m.index)) continue;
			if (addresses.some((s) => s.end <= m.index && m.index - s.end < 60)) continue;
			addresses.push({ start: m.index, end: m.index + m[0].length, value: m[0] });
		}
		for (const { value } of addresses.sort((a, b) => a.start - b.start)) {
			const shown = value.trim().replace(/\s+/g, ' ');
			problems.push(
				t(
					`“${shown}” looks like a person’s address. Don’t repeat or confirm an address in public; move the case to a private channel.`,
					`«\u00A0${shown}\u00A0» ressemble à l’adresse d’une personne. Ne répétez ni ne confirmez une adresse en public; passez à un canal privé.`
				)
			);
		}
		return problems;
	}
});
