import { quote, sentencesIn } from '../text';
import { define, t } from './define';
import { RunMemo } from '../memo';

/**
 * Acronyms of five letters or more that posts write in capitals; shorter all-capital words (OHIP, MTO,
 * TTY, ASL, LSQ, AODA) are taken for acronyms unless they are common words, and words with digits
 * (COVID-19, 911) for codes.
 */
const LONG_ACRONYMS = new Set(
	`AMBER COVID FIPPA MFIPPA PHIPA LAPHO LAIPVP CNESST UNESCO NAFTA CUSMA ACEUM OMAFRA MAAARO MCCSS MSESC MLITSD MTCU
	MAESD MEDJCT MNDMNRF MNRF MECP MEPAC NORAD OPSEU AMAPCEO OSSTF ETFO AEFO STEM ICBC CAMH LGBTQ LGBTQ2S LGBTQIA
	ISBN NASA RSVP ASAP OSHA WHMIS SIMDUT CANSIM BIPOC PANDA OCASA CNIB CHEO SOS`.split(/\s+/)
);

/** Short words that are words, not acronyms: in capitals beside another, they shout. */
const SHORT_WORDS = new Set(
	`AN THE IS ARE WAS BE TO OF IN ON AT BY FOR AND OR BUT NOT NO YES NOW NEW ALL YOUR YOU OUR WE US IT ITS THIS THAT HERE
	FREE OPEN GET DO DON'T CAN WILL JUST ONLY LAST BIG BEST MORE MUST SALE LIVE SOON WAIT LOOK READ HELP SAFE STAY HOME OFF
	OUT UP GO SEE WHAT WHEN WHO HOW WHY DAY DAYS BOIL ROAD FIRE STOP NOTE CALL SHOP BOOK KEEP MAKE TAKE DRY WET COLD HOT
	LE LA LES UN UNE DES DU DE ET OU EST SONT AU AUX POUR PAR SUR DANS AVEC PAS NE PLUS TOUT TOUS VOUS NOUS VOTRE VOS
	NOTRE ICI OUI NON CE CET QUI QUE FAIT AVIS FEU EAU`.split(/\s+/)
);

/** Single words that shout on their own. */
const SHOUTED = new Set(
	`IMPORTANT URGENT REMINDER WARNING ALERT ATTENTION CLOSED CLOSURE UPDATE UPDATED BREAKING DEADLINE TODAY TONIGHT
	TOMORROW NOTICE CAUTION DANGER CANCELLED CANCELED POSTPONED DELAYED FINAL NEVER ALWAYS PLEASE HURRY LIMITED
	REGISTER EVERYONE DON'T AVAILABLE ANNOUNCEMENT RAPPEL AVERTISSEMENT ALERTE FERMÉ FERMÉE FERMÉS FERMÉES FERMETURE
	ANNULÉ ANNULÉE REPORTÉ REPORTÉE AUJOURD'HUI MAINTENANT JAMAIS TOUJOURS GRATUIT GRATUITE DERNIÈRE DERNIER NOUVEAU
	NOUVELLE DANGER URGENCE`.split(/\s+/)
);

type Kind = 'acronym' | 'word' | 'neutral';

function kindOf(word: string): Kind {
	const letters = word.replace(/[^\p{L}]/gu, '');
	if (letters.length < 2) return 'neutral';
	const key = word.replace(/’/g, "'");
	// Codes and numbered names (COVID-19, M7A, 4K) neither shout nor break a run.
	if (/\p{N}/u.test(word)) return 'neutral';
	if (LONG_ACRONYMS.has(key.replace(/S$/, ''))) return 'acronym';
	if (SHORT_WORDS.has(key) || SHOUTED.has(key)) return 'word';
	return letters.length <= 4 ? 'acronym' : 'word';
}

const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}’'-]*/gu;

/** A word in capitals and its kind, or null where a word in lower case ends a run. */
type Event = { word: string; kind: 'acronym' | 'word' } | null;

// The events of each sentence, remembered by its text: a keystroke changes one sentence.
const sentenceEvents = new RunMemo<string, Event[]>();

function eventsOf(sentence: string): Event[] {
	let events = sentenceEvents.get(sentence);
	if (events === undefined) {
		events = [];
		for (const [word] of sentence.matchAll(WORD)) {
			if (!/\p{Lu}/u.test(word) || /\p{Ll}/u.test(word)) {
				if (/\p{L}/u.test(word) && events[events.length - 1] !== null) events.push(null);
				continue;
			}
			const kind = kindOf(word);
			if (kind !== 'neutral') events.push({ word, kind });
		}
		sentenceEvents.set(sentence, events);
	}
	return events;
}

/**
 * Runs of words in capitals that read as shouting: two or more side by side, at least one of them a
 * word rather than an acronym (“BIG NEWS”, not “OHIP TTY”), or one word that shouts on its own.
 * Read sentence by sentence (a word never spans the space between two, and the prose left out of
 * sentences has no letters), but a run goes on from one sentence to the next.
 */
export function shoutedRuns(text: string): string[] {
	// Most posts have no two capitals in a row: nothing to read word by word.
	if (!/\p{Lu}[\p{M}’'-]?\p{Lu}/u.test(text)) return [];
	const runs: string[] = [];
	let run: string[] = [];
	let words = 0;
	let shouts = false;
	const close = () => {
		if ((run.length >= 2 && words >= 1) || shouts) runs.push(run.join(' '));
		run = [];
		words = 0;
		shouts = false;
	};
	for (const sentence of sentencesIn(text))
		for (const event of eventsOf(sentence)) {
			if (event === null) {
				close();
				continue;
			}
			const { word, kind } = event;
			run.push(word);
			if (kind === 'word') words++;
			if (word.length >= 5 && SHOUTED.has(word.replace(/’/g, "'"))) shouts = true;
		}
	close();
	return runs;
}

export const allCaps = define({
	id: 'all_caps',
	title: t('No text in capitals', 'Pas de texte en majuscules'),
	severity: 'warning',
	guidance: t(
		'The Canadian Style (Translation Bureau), 10.32: no messages in capitals; module 4 of this course: capitals read as shouting, and some screen readers spell them out',
		'The Canadian Style (Bureau de la traduction), 10.32 : pas de messages en majuscules; module 4 du cours : les majuscules donnent l’impression de crier, et certains lecteurs d’écran les épellent'
	),
	run(post) {
		const runs = shoutedRuns(post.text);
		if (!runs.length) return [];
		const quoted = runs.map((run) => quote(run, 40)).join(', ');
		return [
			t(
				`${quoted} is in capitals: write it in sentence case. Capitals read as shouting, are harder to read, and some screen readers spell them out letter by letter. Acronyms stay in capitals.`,
				`${quoted} est en majuscules : écrivez-le en minuscules. Les majuscules donnent l’impression de crier, se lisent plus difficilement, et certains lecteurs d’écran les épellent lettre par lettre. Les sigles restent en majuscules.`
			)
		];
	}
});
