import { describe, expect, it } from 'vitest';
import { cohortName } from './name';

describe('cohortName', () => {
	const cohort = { name: 'Social Media Bootcamp — Cohort 1', name_fr: 'Camp d’entraînement médias sociaux — Cohorte 1' };

	it('is the French name in French and the English name in English', () => {
		expect(cohortName(cohort, 'fr')).toBe('Camp d’entraînement médias sociaux — Cohorte 1');
		expect(cohortName(cohort, 'en')).toBe('Social Media Bootcamp — Cohort 1');
	});

	it('falls back to the English name when the cohort has no French one', () => {
		expect(cohortName({ name: 'Pilot', name_fr: null }, 'fr')).toBe('Pilot');
		expect(cohortName({ name: 'Pilot', name_fr: '' }, 'fr')).toBe('Pilot');
		expect(cohortName({ name: 'Pilot' }, 'fr')).toBe('Pilot');
	});
});
