import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { firstCodePoints, frenchReadability, keyMessage, openingFiller, readingGrade } from './plain-language';
import { lix } from '../readability';
import { OPENING_FILLER } from '../wordlists';
import { check, english, french } from './testing';

const dense =
	'The ministry is implementing comprehensive immunization infrastructure modernization initiatives, facilitating equitable accessibility for individuals experiencing socioeconomic marginalization throughout the province’s communities.';
const denseFr =
	'Le ministère procède actuellement à la modernisation exhaustive des infrastructures immunitaires provinciales, conformément aux orientations stratégiques gouvernementales relatives à l’accessibilité équitable des services.';
const plainFr =
	'Le vaccin est gratuit. Allez à la pharmacie près de chez vous. Apportez votre carte Santé. Cela prend dix minutes, et vous repartez tout de suite.';

describe('reading grade', () => {
	it('flags a dense English post with its grade', () => {
		const [message] = english(check(readingGrade, dense));
		expect(message).toMatch(/^Reads at grade \d+(\.\d)?; aim for grade 8 or lower/);
	});

	it('passes plain English, and a higher target when the scenario sets one', () => {
		expect(check(readingGrade, 'Flu shots are free. Get yours at a pharmacy near you. Bring your health card.')).toEqual([]);
		expect(check(readingGrade, dense, { settings: { readingGradeMax: 50 } })).toEqual([]);
	});

	it('holds a LinkedIn post, written for professionals, to grade 12, and still flags a dense one', () => {
		const specialists =
			'Are you an ecologist, a hydrologist or a trail design specialist? The ministry is reviewing the management plan for the provincial park and is looking for technical input on trail options near the wetland. Background documents and the technical survey are available until June 30: ontario.ca/park';
		expect(english(check(readingGrade, specialists, { platform: 'facebook' }))[0]).toMatch(/^Reads at grade 1\d(\.\d)?; aim for grade 8 or lower\./);
		expect(check(readingGrade, specialists, { platform: 'linkedin' })).toEqual([]);
		const [message] = english(check(readingGrade, dense, { platform: 'linkedin' }));
		expect(message).toMatch(/aim for grade 12 or lower for a professional audience\./);
		expect(french(check(readingGrade, dense, { platform: 'linkedin' }))[0]).toMatch(/visez la 12e année ou moins pour un public professionnel\./);
		expect(check(readingGrade, specialists, { platform: 'linkedin', settings: { readingGradeMax: 4 } })).toHaveLength(1);
	});

	it('applies to English posts only', () => {
		expect(check(readingGrade, denseFr, { lang: 'fr' })).toBe('not applicable');
	});
});

describe('French readability', () => {
	it('flags dense French with its LIX score, in French', () => {
		expect(french(check(frenchReadability, denseFr, { lang: 'fr' }))[0]).toMatch(/^Indice de lisibilité LIX de \d+; visez 50 ou moins/);
	});

	it('passes plain French', () => {
		expect(check(frenchReadability, plainFr, { lang: 'fr' })).toEqual([]);
	});

	it('reads only the French half of a bilingual post', () => {
		const english =
			'The ministry is implementing comprehensive immunization infrastructure modernization initiatives for communities. Administrative documentation requirements necessitate considerable organizational coordination.';
		const both = `${plainFr}\n${english}`;
		expect(check(frenchReadability, both, { lang: 'fr', platform: 'facebook', settings: { frenchLixMax: 40 } })).toEqual([]);
		expect(lix(both).score).toBeGreaterThan(40);
	});

	it('applies to French posts only', () => {
		expect(check(frenchReadability, dense)).toBe('not applicable');
	});
});

describe('key message first', () => {
	it('reads the first 125 characters as code points, an emoji or a lone surrogate counting once', () => {
		fc.assert(
			fc.property(fc.string({ unit: fc.constantFrom('a', 'é', '💉', '\uD83D', '\uDC89', ' ', '👩‍💻'), maxLength: 200 }), fc.nat(150), (text, count) => {
				expect(firstCodePoints(text, count)).toBe([...text].slice(0, count).join(''));
			})
		);
	});

	const settings = { keyTerms: { en: ['flu shot'], fr: ['vaccin contre la grippe'] } };

	it('passes when the key message comes first', () => {
		expect(check(keyMessage, 'Get your flu shot at a pharmacy this week.', { settings })).toEqual([]);
		expect(check(keyMessage, 'Le vaccin contre la grippe est offert en pharmacie.', { lang: 'fr', settings })).toEqual([]);
	});

	it('flags a key message buried after 125 characters', () => {
		const late = `${'Autumn is here and with it come shorter days, cooler nights and busier schedules for families across the province. '}Get your flu shot.`;
		expect(english(check(keyMessage, late, { settings }))).toEqual(['Move the key message (“flu shot”) into the first 125 characters.']);
	});

	it('flags a missing key message, in French', () => {
		expect(french(check(keyMessage, 'Les cliniques ouvrent lundi.', { lang: 'fr', settings }))).toEqual([
			'Le message clé est absent : mentionnez « vaccin contre la grippe ».'.replace('« ', '“').replace(' »', '”')
		]);
	});

	it('does not apply when the scenario names no key message', () => {
		expect(check(keyMessage, 'Anything')).toBe('not applicable');
	});
});

describe('opening filler', () => {
	it('flags openers that delay the news', () => {
		expect(check(openingFiller, 'Did you know that flu clinics open Monday?')).toHaveLength(1);
		expect(check(openingFiller, 'Veuillez noter que les cliniques ouvrent lundi.', { lang: 'fr' })).toHaveLength(1);
	});

	it('leaves “pleased to announce” to the bureaucratic-opener warning, so one fault gets one message', () => {
		expect(check(openingFiller, 'We are pleased to announce that flu clinics open Monday.')).toEqual([]);
	});

	it('reads the opener of a long post however the start is spaced, accented or long', () => {
		const rest = ' Flu clinics open Monday across Ontario, with evening hours on Thursdays.'.repeat(20);
		expect(check(openingFiller, `  Did   you\n know${rest}`)).toHaveLength(1);
		expect(check(openingFiller, `Le saviez\u2011vous? ${rest}`, { lang: 'fr' })).toEqual([]);
		expect(check(openingFiller, `LE SAVIEZ-VOUS ${rest}`, { lang: 'fr' })).toHaveLength(1);
		expect(check(openingFiller, `${' '.repeat(100)}Veuillez    noter${' '.repeat(80)}que ${rest}`, { lang: 'fr' })).toHaveLength(1);
		// Only the first 60 characters are read: every opener must fit well inside what is left of them.
		expect(Math.max(...OPENING_FILLER.map((phrase) => phrase.length))).toBeLessThanOrEqual(32);
	});

	it('passes a post that leads with the news', () => {
		expect(check(openingFiller, 'Flu clinics open Monday.')).toEqual([]);
		expect(check(openingFiller, 'Les cliniques ouvrent lundi.', { lang: 'fr' })).toEqual([]);
	});
});
