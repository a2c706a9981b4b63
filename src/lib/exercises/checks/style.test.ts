import { describe, expect, it } from 'vitest';
import { anglicisms, bureaucraticOpener, dateTimeProblems, dateTimeStyle } from './style';
import { check, english, french } from './testing';

describe('bureaucratic opener', () => {
	it('flags the organization’s pleasure before the news, in both languages, quoting the words as typed', () => {
		expect(english(check(bureaucraticOpener, 'The Ministry of Health is pleased to announce that flu clinics open Monday.'))[0]).toMatch(
			/^“is pleased to announce”/
		);
		expect(french(check(bureaucraticOpener, 'Le ministère est heureux d’annoncer l’ouverture des cliniques.', { lang: 'fr' }))[0]).toMatch(
			/^« est heureux d’annoncer »/
		);
		expect(check(bureaucraticOpener, 'Parcs Ontario a le plaisir de présenter son nouveau site.', { lang: 'fr' })).toHaveLength(1);
		expect(check(bureaucraticOpener, 'Hi Sam! We are thrilled to share that the trail reopens Friday.')).toHaveLength(1);
	});

	it('passes an offer of help and a post that leads with the news', () => {
		expect(check(bureaucraticOpener, '@sam Hi Sam! We’re happy to help. Most drivers can renew online.')).toEqual([]);
		expect(check(bureaucraticOpener, 'Nous sommes heureux de vous aider. Écrivez-nous en privé.', { lang: 'fr' })).toEqual([]);
		expect(check(bureaucraticOpener, 'Flu clinics open Monday. We are pleased to announce more dates soon.')).toEqual([]);
	});
});

describe('date and time style', () => {
	it('gives the Canadian Press form of English dates and times', () => {
		expect(dateTimeProblems('Apply by May 15th at 5pm, or 17:00 on 12 June. The test is at 12 noon, then 10:00 AM.', 'en')).toEqual([
			{ typed: 'May 15th', fix: 'May 15' },
			{ typed: '5pm', fix: '5 p.m.' },
			{ typed: '17:00', fix: '5 p.m.' },
			{ typed: '12 June', fix: 'June 12' },
			{ typed: '12 noon', fix: 'noon' },
			{ typed: '10:00 AM', fix: '10 a.m.' }
		]);
	});

	it('gives the Translation Bureau’s form of French dates and times', () => {
		expect(dateTimeProblems('Avant le 27 Juin à 5:00 PM, ou juin 12 à 17h30, ou le 1 mai à 9 h 00, le Lundi 3 mars.', 'fr')).toEqual([
			{ typed: '27 Juin', fix: '27 juin' },
			{ typed: '5:00 PM', fix: '17 h' },
			{ typed: 'juin 12', fix: '12 juin' },
			{ typed: '17h30', fix: '17 h 30' },
			{ typed: '1 mai', fix: '1er mai' },
			{ typed: '9 h 00', fix: '9 h' },
			{ typed: 'Lundi', fix: 'lundi' }
		]);
	});

	it('passes dates and times written right, with plain or non-breaking spaces', () => {
		expect(check(dateTimeStyle, 'Campgrounds open May 1 and close at 4:30 p.m. on October 14. Applications close at noon.')).toEqual([]);
		expect(
			check(dateTimeStyle, 'Ouvert du 1er mai au 14 octobre, de 8\u00a0h à 16\u00a0h\u00a030. Juin est le Mois de l’histoire autochtone.', { lang: 'fr' })
		).toEqual([]);
		expect(check(dateTimeStyle, 'Le rapport de mai 2026 est en ligne. Ouvert 24 heures sur 24.', { lang: 'fr' })).toEqual([]);
	});

	it('names the house style in the message', () => {
		expect(french(check(dateTimeStyle, 'Le 27 Juin.', { lang: 'fr' }))[0]).toBe(
			'Écrivez les dates et les heures à la française (« 15 mai », « 17 h 30 ») : « 27 Juin » → « 27 juin ».'
		);
	});
});

describe('anglicisms', () => {
	it('flags the machine translation’s anglicisms with the French to use and the source', () => {
		const messages = french(
			check(anglicisms, 'Êtes-vous éligible? Appliquez pour la subvention et complétez le formulaire en ligne. Vous pouvez céduler un appel.', { lang: 'fr' })
		);
		expect(messages).toHaveLength(4);
		expect(messages[0]).toBe(
			'« éligible » est un anglicisme : écrivez « admissible » (OQLF BDL, « éligible »; Clefs du français pratique, « éligible / admissible »).'
		);
		expect(check(anglicisms, 'Le bureau est en charge de la vaccination.', { lang: 'fr' })).toHaveLength(1);
		expect(check(anglicisms, 'Remplissez votre application avant le 15 mars.', { lang: 'fr' })).toHaveLength(1);
		expect(check(anglicisms, 'Ce sentier vaut définitivement le détour.', { lang: 'fr' })).toHaveLength(1);
	});

	it('leaves good French alone: mobile apps, « prise en charge », « s’applique », « fermé définitivement », elections', () => {
		for (const text of [
			'Téléchargez l’application ONroute.',
			'Les frais sont pris en charge par l’Assurance-santé. Notre équipe va prendre en charge votre dossier.',
			'La règle s’applique à tous. Appliquez un écran solaire.',
			'Le centre fermera définitivement le 28 février.',
			'Vous pouvez compléter votre dossier en ligne.',
			'Pour être éligible au poste de conseillère scolaire, il faut résider dans le secteur.',
			'Remplissez le formulaire et présentez une demande.'
		]) {
			expect(check(anglicisms, text, { lang: 'fr' }), text).toEqual([]);
		}
	});

	it('applies to French posts only', () => {
		expect(check(anglicisms, 'Are you eligible?')).toBe('not applicable');
	});
});
