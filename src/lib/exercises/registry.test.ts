import { describe, expect, it } from 'vitest';
import { DICTIONARY_CHECKS } from '$lib/server/exercises/dictionary-checks';
import { allCheckIdsRegistered, blockingResults, CHECKS, CHECKS_VERSION, runChecks } from './registry';
import { DICTIONARY_CHECK_IDS, serverOnlyResults } from './server-only';
import { DEFAULT_SETTINGS } from './settings';
import type { PostInput } from './types';

const goodEnglish: PostInput = {
	text: 'Flu shots are free at pharmacies across Ontario. Bring your health card and book at ontario.ca/flu 💉 #FluSeason',
	lang: 'en',
	alts: ['A pharmacist gives a flu shot to an older man in a clinic.']
};
const goodFrench: PostInput = {
	text: 'Le vaccin contre la grippe est gratuit en pharmacie partout en Ontario. Apportez votre carte Santé et prenez rendez-vous à ontario.ca/grippe 💉 #SaisonGrippale',
	lang: 'fr',
	alts: ['Une pharmacienne vaccine un homme âgé dans une clinique.']
};
const input = (posts: PostInput[], extra = {}) => ({
	platform: 'x' as const,
	task: 'bilingual' as const,
	publicReply: false,
	posts,
	settings: DEFAULT_SETTINGS,
	...extra
});

describe('the check registry', () => {
	it('registers every check id exactly once', () => {
		expect(allCheckIdsRegistered(DICTIONARY_CHECKS)).toBe(true);
		expect(allCheckIdsRegistered()).toBe(false);
		const all = [...CHECKS, ...DICTIONARY_CHECKS];
		expect(new Set(all.map((c) => c.id)).size).toBe(all.length);
	});

	it('knows without loading the registry which results only the server computes', () => {
		expect([...DICTIONARY_CHECK_IDS].sort()).toEqual(DICTIONARY_CHECKS.map((c) => c.id).sort());
		const report = runChecks(input([goodEnglish]), DICTIONARY_CHECKS).results;
		expect(serverOnlyResults(report).map((r) => r.check)).toEqual(DICTIONARY_CHECKS.map((c) => c.id));
		expect(serverOnlyResults([{ ...report[0], hidden: true }])).toHaveLength(1);
	});

	it('every check names its guidance and has a title in both languages', () => {
		for (const check of [...CHECKS, ...DICTIONARY_CHECKS]) {
			for (const text of [check.title, check.guidance]) {
				expect(text.en.trim(), check.id).not.toBe('');
				expect(text.fr.trim(), check.id).not.toBe('');
				expect(text.fr, check.id).not.toBe(text.en);
			}
		}
	});

	it('finds nothing wrong with a good bilingual pair', () => {
		const report = runChecks(input([goodEnglish, goodFrench]));
		expect(report.version).toBe(CHECKS_VERSION);
		expect(report.results.filter((r) => !r.passed)).toEqual([]);
		expect(report.results.filter((r) => r.post === 1).map((r) => r.check)).toContain('french_counterpart');
	});

	it('flags a “French” post written in English as a blocking error', () => {
		const report = runChecks(input([goodEnglish, { ...goodEnglish, lang: 'fr' }]));
		const failed = report.results.filter((r) => !r.passed && r.post === 1).map((r) => r.check);
		expect(failed).toEqual(expect.arrayContaining(['language_match', 'french_counterpart']));
		expect(blockingResults(report, { blocking: true }).map((r) => r.check)).toContain('language_match');
		expect(blockingResults(report, { blocking: false })).toEqual([]);
	});

	it('leaves out the checks a scenario turns off, and applies its severities', () => {
		const bad = { ...goodEnglish, text: 'Click here: bit.ly/x' };
		const report = runChecks(
			input([bad], { task: 'compose', settings: { ...DEFAULT_SETTINGS, off: ['url_shortener'], severity: { descriptive_links: 'error' } } })
		);
		expect(report.results.some((r) => r.check === 'url_shortener')).toBe(false);
		expect(report.results.find((r) => r.check === 'descriptive_links')).toMatchObject({ passed: false, severity: 'error' });
	});

	it('runs platform-specific checks only on their platforms', () => {
		const onX = runChecks(input([goodEnglish], { task: 'compose' }));
		const onInstagram = runChecks(input([goodEnglish], { task: 'compose', platform: 'instagram' }));
		expect(onX.results.some((r) => r.check === 'platform_limits')).toBe(false);
		expect(onInstagram.results.some((r) => r.check === 'platform_limits')).toBe(true);
	});
});
