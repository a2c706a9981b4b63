import { z } from 'zod';
import { m } from '$lib/paraglide/messages';

export const COHORT_NAME_MAX = 120;

/** A cohort's names as its forms send them: the English one required, the French one optional (empty: none). */
export const cohortNameFields = () => ({
	name: z.string().trim().min(1, m.cohort_name_required()).max(COHORT_NAME_MAX, m.cohort_name_too_long()),
	name_fr: z
		.string()
		.trim()
		.max(COHORT_NAME_MAX, m.cohortfr_name_fr_too_long())
		.optional()
		.transform((value) => value || null)
});

export const cohortNamesForm = () => z.object(cohortNameFields());
