import { describe, expect, it } from 'vitest';
import { cohortNamesForm } from './names';

describe('cohort names form', () => {
	it('keeps a French name and makes an empty one none', () => {
		expect(cohortNamesForm().parse({ name: ' Cohort 1 ', name_fr: ' Cohorte 1 ' })).toEqual({ name: 'Cohort 1', name_fr: 'Cohorte 1' });
		expect(cohortNamesForm().parse({ name: 'Cohort 1', name_fr: '  ' })).toEqual({ name: 'Cohort 1', name_fr: null });
		expect(cohortNamesForm().parse({ name: 'Cohort 1' })).toEqual({ name: 'Cohort 1', name_fr: null });
	});

	it('refuses a French name longer than 120 characters, saying so', () => {
		const result = cohortNamesForm().safeParse({ name: 'Cohort 1', name_fr: 'é'.repeat(121) });
		expect(result.success).toBe(false);
		expect(result.error?.issues[0]).toMatchObject({ path: ['name_fr'], message: 'Use at most 120 characters for the French name' });
	});
});
