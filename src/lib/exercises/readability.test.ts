import { describe, expect, it } from 'vitest';
import { fleschKincaidGrade, lix } from './readability';

const plainEnglish = 'Flu shots are free. Get yours at a clinic near you. Bring your health card. It takes ten minutes.';
const denseEnglish =
	'The ministry is implementing comprehensive immunization infrastructure modernization initiatives, facilitating equitable accessibility for individuals experiencing socioeconomic marginalization throughout Ontario communities.';
const plainFrench = 'Le vaccin est gratuit. Allez à une clinique près de chez vous. Apportez votre carte santé.';
const denseFrench =
	'Le ministère procède actuellement à la modernisation exhaustive des infrastructures immunitaires provinciales, conformément aux orientations stratégiques gouvernementales relatives à l’accessibilité équitable.';

describe('fleschKincaidGrade', () => {
	it('scores short plain sentences at a low grade', () => {
		expect(fleschKincaidGrade(plainEnglish).score).toBeLessThan(6);
	});

	it('scores long sentences of long words far above grade 8', () => {
		expect(fleschKincaidGrade(denseEnglish).score).toBeGreaterThan(16);
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
		expect(lix("L'école ouvre lundi. L'élève arrive tôt. D'accord, on part à l'heure ce matin.").score).toBeLessThan(25);
	});
});
