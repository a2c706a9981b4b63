import { describe, expect, it } from 'vitest';
import {
	altTextCaption,
	altTextExtras,
	altTextImageOf,
	altTextLength,
	altTextPresent,
	emergencyEmoji,
	emojiCount,
	emojiPosition,
	fancyText
} from './accessibility';
import fc from 'fast-check';
import { fold, proseOf, wordsOf } from '../text';
import { check, english, french } from './testing';

describe('alt text present', () => {
	it('flags an image without alt text, in both languages', () => {
		expect(english(check(altTextPresent, 'Flu clinics open Monday', { alts: ['  '] }))).toEqual(['Image 1 has no alt text: describe what it shows.']);
		expect(french(check(altTextPresent, 'Les cliniques ouvrent lundi', { lang: 'fr', alts: ['Une infirmière', ''] }))).toEqual([
			'L’image 2 n’a pas de texte de remplacement : décrivez ce qu’elle montre.'
		]);
	});

	it('passes described images and does not apply without images', () => {
		expect(check(altTextPresent, 'Text', { alts: ['A nurse gives a flu shot to an older man.'] })).toEqual([]);
		expect(check(altTextPresent, 'Text')).toBe('not applicable');
	});
});

describe('alt text length', () => {
	it('holds X to 1,000 characters and Bluesky to 2,000', () => {
		const long = 'a'.repeat(1500);
		expect(check(altTextLength, 'Text', { alts: [long] })).toHaveLength(1);
		expect(check(altTextLength, 'Text', { alts: [long], platform: 'bluesky' })).toEqual([]);
		expect(french(check(altTextLength, 'Texte', { lang: 'fr', alts: ['é'.repeat(2001)], platform: 'bluesky' }))[0]).toContain('limité à 2');
		expect(check(altTextLength, 'Texte', { lang: 'fr', alts: ['Une pharmacienne vaccine un homme âgé.'] })).toEqual([]);
	});
});

describe('alt text “image of”', () => {
	it('flags alt text that announces itself, in English and French', () => {
		expect(check(altTextImageOf, 'Text', { alts: ['Image of a nurse giving a flu shot'] })).toHaveLength(1);
		expect(check(altTextImageOf, 'Text', { alts: ['A photo of the clinic'] })).toHaveLength(1);
		expect(check(altTextImageOf, 'Texte', { lang: 'fr', alts: ['Image d’une infirmière qui vaccine'] })).toHaveLength(1);
		expect(check(altTextImageOf, 'Texte', { lang: 'fr', alts: ['Photo de la clinique'] })).toHaveLength(1);
	});

	it('passes alt text that starts with the subject', () => {
		expect(check(altTextImageOf, 'Text', { alts: ['A nurse gives a flu shot to an older man.'] })).toEqual([]);
		expect(check(altTextImageOf, 'Texte', { lang: 'fr', alts: ['Une infirmière vaccine un homme âgé.'] })).toEqual([]);
		expect(check(altTextImageOf, 'Text', { alts: ['Imagery workshop poster'] })).toEqual([]);
	});
});

describe('alt text copies the caption', () => {
	it('flags alt text that repeats the post', () => {
		expect(check(altTextCaption, 'Flu clinics open Monday across Ontario.', { alts: ['Flu clinics open Monday across Ontario'] })).toHaveLength(1);
		expect(check(altTextCaption, 'Les cliniques de grippe ouvrent lundi.', { lang: 'fr', alts: ['Les cliniques de grippe ouvrent lundi'] })).toHaveLength(1);
	});

	it('passes alt text that describes the image', () => {
		expect(check(altTextCaption, 'Flu clinics open Monday across Ontario.', { alts: ['A nurse in blue scrubs gives a shot to a smiling older man.'] })).toEqual(
			[]
		);
		expect(check(altTextCaption, 'Les cliniques ouvrent lundi.', { lang: 'fr', alts: ['Une infirmière en blouse bleue vaccine un homme souriant.'] })).toEqual(
			[]
		);
	});

	it('finds the caption’s words as the words of its whole prose would, whatever the case, accents and punctuation', () => {
		// The check reads the caption sentence by sentence, folding word by word; this is the plain way.
		const plain = (text: string, alt: string) => {
			const caption = new Set(wordsOf(fold(proseOf(text))));
			const words = new Set(wordsOf(fold(proseOf(alt))));
			return words.size >= 3 && [...words].filter((w) => caption.has(w)).length / words.size >= 0.8;
		};
		const word = fc.constantFrom(
			'Santé',
			'SANTÉ',
			'sante',
			'l’avis',
			'L’Avis',
			'flu',
			'Flu-shot',
			"'flu",
			'İstanbul',
			'e\u0301te\u0301',
			'été',
			'ontario.ca/flu',
			'#Flu',
			'@ONT',
			'x',
			'💉',
			'Œuvre',
			'œuvre',
			'rock’n’roll'
		);
		const gap = fc.constantFrom(' ', '. ', '! ', '\n', ', ', ' - ', ' « ', ' » ', '… ');
		const text = fc.array(fc.tuple(word, gap), { maxLength: 14 }).map((parts) => parts.map(([w, g]) => w + g).join(''));
		fc.assert(
			fc.property(text, text, (caption, alt) => {
				expect(check(altTextCaption, caption, { alts: [alt] }) !== 'not applicable' && check(altTextCaption, caption, { alts: [alt] }).length === 1).toBe(
					plain(caption, alt)
				);
			}),
			{ numRuns: 500 }
		);
	});
});

describe('emoji count', () => {
	it('flags more emoji than the scenario allows', () => {
		expect(english(check(emojiCount, 'Flu shots are here 💉🎉🙌👏 Book today at the pharmacy near you.'))).toEqual(['This post has 4 emoji; use at most 3.']);
		expect(french(check(emojiCount, 'Vaccins 💉🎉🙌 ici', { lang: 'fr' }))[0]).toContain('3 émojis pour 2 mots');
	});

	it('counts once the emoji a bilingual post repeats for its other language, as module 5’s example does', () => {
		expect(check(emojiCount, 'Bonne fête aux Franco-Ontariennes et aux Franco-Ontariens! 💚🤍\nHappy Franco-Ontarian Day! 💚🤍', { lang: 'fr' })).toEqual([]);
		expect(english(check(emojiCount, 'Happy Franco-Ontarian Day! 💚🤍 Bonne fête! 💚🤍'))).toEqual(['This post has 4 emoji; use at most 3.']);
	});

	it('allows the two emoji module 4 allows, even in a short post', () => {
		expect(check(emojiCount, 'Thank you to the 2,400 volunteers who cleaned up our shorelines. 👏🏽👏🏿')).toEqual([]);
	});

	it('passes a single emoji at the end', () => {
		expect(check(emojiCount, 'Flu shots are free at your pharmacy this fall. 💉')).toEqual([]);
		expect(check(emojiCount, 'Le vaccin est gratuit en pharmacie cet automne. 💉', { lang: 'fr' })).toEqual([]);
	});
});

describe('emoji position', () => {
	it('flags an emoji standing in for a word', () => {
		expect(check(emojiPosition, 'Get your 💉 today at a pharmacy')).toHaveLength(1);
		expect(check(emojiPosition, 'Recevez votre 💉 en pharmacie', { lang: 'fr' })).toHaveLength(1);
	});

	it('flags emoji before the message, and a run of emoji in the middle of a sentence', () => {
		expect(english(check(emojiPosition, '🎉📣 Summer camps are open. Sign up at ontario.ca/camps'))).toEqual([
			'🎉📣 comes before the message: a screen reader reads its name first. Start with the news, and keep emoji for the end of a sentence.'
		]);
		expect(check(emojiPosition, '📣 Les camps d’été sont ouverts.', { lang: 'fr' })).toHaveLength(1);
		expect(check(emojiPosition, 'Welcome to the athletes from 🇨🇦🇺🇸🇲🇽 competing at the Games!')).toHaveLength(1);
		expect(check(emojiPosition, 'Book your campsite at 👉 Ontario Parks')).toHaveLength(1);
	});

	it('takes a capital after an emoji for a new sentence', () => {
		expect(check(emojiPosition, 'Summer camps are open for registration 🎉 Sign up at ontario.ca/camps')).toEqual([]);
		expect(check(emojiPosition, 'Avis d’ébullition de l’eau 💧 Faites bouillir l’eau.', { lang: 'fr' })).toEqual([]);
	});

	it('passes emoji at the end of a sentence or a line', () => {
		expect(check(emojiPosition, 'Get your flu shot today. 💉 Clinics open at 9.')).toEqual([]);
		expect(check(emojiPosition, 'Recevez votre vaccin 💉\nCliniques ouvertes', { lang: 'fr' })).toEqual([]);
	});
});

describe('fancy text', () => {
	it('flags mathematical alphanumeric letters', () => {
		expect(check(fancyText, '𝐅𝐫𝐞𝐞 flu shots')).toHaveLength(1);
		expect(check(fancyText, 'Vaccin 𝓰𝓻𝓪𝓽𝓾𝓲𝓽', { lang: 'fr' })).toHaveLength(1);
		expect(check(fancyText, 'Plain', { alts: ['𝘼 nurse'] })).toHaveLength(1);
	});

	it('passes plain and accented letters', () => {
		expect(check(fancyText, 'Free flu shots — vaccins gratuits, été 2026')).toEqual([]);
	});
});

describe('alt text extras', () => {
	it('flags hashtags, emoji and links in alt text, in English and French', () => {
		expect(english(check(altTextExtras, 'Text', { alts: ['A nurse gives a flu shot 💉 #FluSeason ontario.ca/flu'] }))).toEqual([
			'Image 1: the alt text has #FluSeason 💉 ontario.ca/flu. Screen readers read them out; describe the image in plain words, and put hashtags, emoji and links in the post.'
		]);
		expect(french(check(altTextExtras, 'Texte', { lang: 'fr', alts: ['Une plage au coucher du soleil', 'Des pagayeurs sur un lac #ParcsOntario'] }))).toEqual([
			'L’image 2\u00a0: le texte de remplacement contient #ParcsOntario. Les lecteurs d’écran les lisent à voix haute; décrivez l’image en mots simples, et mettez mots-clics, émojis et liens dans la publication.'
		]);
	});

	it('passes plain descriptions, and an address the image itself shows, quoted', () => {
		expect(check(altTextExtras, 'Text', { alts: ['A pharmacist gives a flu shot to an older man.'] })).toEqual([]);
		expect(check(altTextExtras, 'Text', { alts: ['A poster that reads: Get your flu shot. ontario.ca/flu'] })).toEqual([]);
		expect(check(altTextExtras, 'Texte', { lang: 'fr', alts: ['Une affiche où on lit « Vaccinez-vous : ontario.ca/grippe »'] })).toEqual([]);
		expect(check(altTextExtras, 'Text', { alts: ['Exit sign for Highway 401, exit #12'] })).toEqual([]);
		expect(check(altTextExtras, 'Text')).toBe('not applicable');
	});
});

describe('emergency emoji', () => {
	it('flags emoji in a post about an emergency, in English and French', () => {
		expect(english(check(emergencyEmoji, '⚠️ Evacuation order for Red Lake. Leave now by Highway 105.'))[0]).toContain(
			'This post is about an emergency (“evacuation order”): remove the emoji (⚠️).'
		);
		expect(french(check(emergencyEmoji, 'Avis d’ébullition de l’eau à Eastmere 💧 Faites bouillir l’eau avant de la boire.', { lang: 'fr' }))[0]).toContain(
			'retirez les émojis (💧)'
		);
	});

	it('flags any emoji when the scenario is an emergency, whatever the words', () => {
		expect(english(check(emergencyEmoji, 'Stay off Highway 11 north of Orillia tonight 🚗', { settings: { emergency: true } }))[0]).toContain(
			'This is an emergency post: remove the emoji (🚗).'
		);
	});

	it('reads a crash with people hurt as an emergency, as module 7 does', () => {
		expect(check(emergencyEmoji, 'Huge crash on Hwy 17!! Sounds like multiple people hurt 😢')).toHaveLength(1);
		expect(check(emergencyEmoji, '⚠️🌪️ Alerte de tornade pour Ottawa et Gatineau.', { lang: 'fr' })).toHaveLength(1);
	});

	it('passes emergency posts without emoji, and emoji in everyday posts', () => {
		expect(check(emergencyEmoji, 'Evacuation order for Red Lake. Leave now by Highway 105. Updates: ontario.ca/alerts')).toEqual([]);
		expect(check(emergencyEmoji, 'Summer camping reservations are open. Book at ontarioparks.ca ☀️')).toEqual([]);
		expect(check(emergencyEmoji, 'Les réservations de camping sont ouvertes. Réservez à ontarioparks.ca ☀️', { lang: 'fr' })).toEqual([]);
	});
});
