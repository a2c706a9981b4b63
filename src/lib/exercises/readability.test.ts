import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, lix } from './readability';

const plainEnglish = 'Flu shots are free. Get yours at a clinic near you. Bring your health card. It takes ten minutes, and you can go home right after.';
const denseEnglish =
	'The ministry is implementing comprehensive immunization infrastructure modernization initiatives, facilitating equitable accessibility for individuals experiencing socioeconomic marginalization throughout Ontario communities.';
const plainFrench = 'Le vaccin est gratuit. Allez à une clinique près de chez vous. Apportez votre carte santé. Cela prend dix minutes, puis vous repartez.';
const denseFrench =
	'Le ministère procède actuellement à la modernisation exhaustive des infrastructures immunitaires provinciales, conformément aux orientations stratégiques gouvernementales relatives à l’accessibilité équitable.';

describe('fleschKincaidGrade', () => {
	it('scores short plain sentences at a low grade', () => {
		expect(fleschKincaidGrade(plainEnglish).score).toBeLessThan(6);
	});

	it('scores long sentences of long words far above grade 8', () => {
		expect(fleschKincaidGrade(denseEnglish).score).toBeGreaterThan(16);
	});

	it('counts a name as one syllable: a place name does not make a post hard', () => {
		expect(
			fleschKincaidGrade('Campgrounds at Pine Narrows Provincial Park and Killarney open Friday. Book your site online today and bring the whole family.').score
		).toBeLessThan(8);
	});

	it('counts a name in CamelCase as one syllable even first in a sentence, but not any first word', () => {
		const closed =
			'ServiceOntario centres are closed Monday, August 4, for the Civic Holiday. Most services are available online any time, including sticker refunds and address changes.';
		const named = fleschKincaidGrade(closed).score!;
		expect(fleschKincaidGrade(closed.replace('ServiceOntario', 'They')).score).toBe(named);
		expect(fleschKincaidGrade(closed.replace('ServiceOntario', 'Administrative')).score).toBeGreaterThan(named + 1);
	});

	it('gives no score to a post too short to judge, and ignores links and hashtags', () => {
		expect(fleschKincaidGrade('Flu shots are free! #FluSeason ontario.ca/flu').score).toBeNull();
	});
});

describe('lix', () => {
	it('scores plain French as easy', () => {
		expect(lix(plainFrench).score).toBeLessThan(35);
	});

	it('scores dense French as very hard', () => {
		expect(lix(denseFrench).score).toBeGreaterThan(55);
	});

	it('does not count an elided article as part of a word', () => {
		expect(
			lix("L'école ouvre lundi. L'élève arrive tôt. D'accord, on part à l'heure ce matin. L'autobus passe à huit heures devant l'église.").score
		).toBeLessThan(25);
	});

	it('reads a hyphenated imperative as two short words, and does not count names as long words', () => {
		const imperative = 'Inscrivez-vous dès ce soir. Dites-nous ce que vous pensez. Rendez-vous au parc avec vos amis pour la fête de la rentrée.';
		const plain = 'Inscrivez vous dès ce soir. Dites nous ce que vous pensez. Rendez vous au parc avec vos amis pour la fête de la rentrée.';
		expect(lix(imperative).score).toBeLessThanOrEqual(lix(plain).score! + 1);
		expect(lix('Le parc est ouvert à Kapuskasing, Temiscaming et Mississauga. Venez en famille, les enfants entrent sans payer.').score).toBeNull();
		expect(
			lix('Le parc est ouvert à Kapuskasing, Temiscaming et Mississauga. Venez en famille avec vos amis, les enfants entrent sans payer ce mois-ci.').score
		).toBeLessThan(30);
	});

	it('gives no score under 20 words, where one long word moves it by 5 points', () => {
		expect(lix('Étudiantes et étudiants : les emplois d’été de la fonction publique sont affichés. Postulez d’ici vendredi.').score).toBeNull();
	});
});
