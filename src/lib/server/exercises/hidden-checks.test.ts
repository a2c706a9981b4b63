import { describe, expect, it } from 'vitest';
import { runHiddenChecks } from './hidden-checks';
import type { HiddenCheck } from './scenario';

const healthCard: HiddenCheck = {
	id: 'health-card',
	severity: 'warning',
	posts: 'all',
	mustIncludeAny: ['health card', 'carte Santé'],
	mustNotInclude: [],
	message: { en: 'Tell people to bring their health card.', fr: 'Dites aux gens d’apporter leur carte Santé.' }
};
const noGuarantee: HiddenCheck = { ...healthCard, id: 'no-guarantee', severity: 'error', posts: 'en', mustIncludeAny: [], mustNotInclude: ['guaranteed'] };

describe('hidden checks', () => {
	it('pass a post that says what the scenario needs, in English or French', () => {
		const results = runHiddenChecks(
			[healthCard],
			[
				{ text: 'Bring your health card.', lang: 'en', alts: [] },
				{ text: 'Apportez votre carte santé.', lang: 'fr', alts: [] }
			]
		);
		expect(results.map((r) => r.passed)).toEqual([true, true]);
		expect(results[0]).toMatchObject({ check: 'scenario:health-card', hidden: true });
	});

	it('flag a missing phrase and a forbidden one, only on the posts they apply to', () => {
		const results = runHiddenChecks(
			[healthCard, noGuarantee],
			[
				{ text: 'Flu shots are guaranteed.', lang: 'en', alts: [] },
				{ text: 'Vaccin garanti.', lang: 'fr', alts: [] }
			]
		);
		expect(results.map((r) => [r.check, r.post, r.passed])).toEqual([
			['scenario:health-card', 0, false],
			['scenario:no-guarantee', 0, false],
			['scenario:health-card', 1, false]
		]);
		expect(results[1].messages[0].fr).toBe('Dites aux gens d’apporter leur carte Santé.');
	});
});
