import { describe, expect, it } from 'vitest';
import { ADVERSARIAL_UNITS, adversarialText } from '../../exercises/adversarial';
import { check, english, french } from '../../exercises/checks/testing';
import { MAX_ALT_CHARS, MAX_POST_CHARS } from '../../exercises/settings';
import { forgetSuggestions } from '../spelling/spell';
import { camelCase, DICTIONARY_CHECKS, forgetTags, hashtagCase, spelling } from './dictionary-checks';

describe('CamelCase hashtags', () => {
	it('flags joined lower-case words and suggests the CamelCase form', () => {
		expect(english(check(hashtagCase, 'Campfires are banned. #fireban'))).toEqual(['Write #fireban as #FireBan.']);
		expect(english(check(hashtagCase, 'Hiring now #ontariojobs #Ontariojobs'))).toEqual([
			'Write #ontariojobs as #OntarioJobs.',
			'Write #Ontariojobs as #OntarioJobs.'
		]);
		expect(english(check(hashtagCase, '#FLUSEASON'))).toEqual(['Write #FLUSEASON as #FluSeason.']);
		expect(english(check(hashtagCase, '#covid19vaccine'))).toEqual(['Write #covid19vaccine as #Covid19Vaccine.']);
	});

	it('splits French with its elisions and gives back the accents left out', () => {
		expect(french(check(hashtagCase, 'Postulez! #emploisdete', { lang: 'fr' }))).toEqual(['Écrivez #emploisdete sous la forme #EmploisDÉté.']);
		expect(french(check(hashtagCase, 'Vaccins #santéontario', { lang: 'fr' }))).toEqual(['Écrivez #santéontario sous la forme #SantéOntario.']);
		expect(camelCase('#lechoixdelontario', 'fr')).toBe('#LeChoixDeLOntario');
		expect(camelCase('#santementale', 'fr')).toBe('#SantéMentale');
	});

	it('tries the other language when the post’s own has no split', () => {
		expect(camelCase('#ontariojobs', 'fr')).toBe('#OntarioJobs');
		expect(camelCase('#emploisdete', 'en')).toBe('#EmploisDÉté');
	});

	it('passes CamelCase, single words, acronyms, numbers and names', () => {
		const tags = '#OntarioJobs #EmploisDÉté #vaccination #ontario #Ontario #santé #OHIP #AODA #COVID19 #Budget2026 #budget2026 #fire_ban #kawartha';
		expect(check(hashtagCase, tags)).toEqual([]);
		expect(check(hashtagCase, tags, { lang: 'fr' })).toEqual([]);
	});
});

describe('spelling', () => {
	it('names the word and the fix in both languages', () => {
		expect(check(spelling, 'Fall colors are here.')).toEqual([
			{
				en: '“colors” is the US spelling: write “colours” (Canadian spelling).',
				fr: '« colors » est l’orthographe américaine : écrivez « colours » (orthographe canadienne).'
			}
		]);
		expect(check(spelling, 'Les eleves sont en classe.', { lang: 'fr' })).toEqual([
			{
				en: '“eleves” is not in the French dictionary: did you mean “élèves” or “élevés”?',
				fr: '« eleves » n’est pas dans le dictionnaire français : vouliez-vous écrire « élèves » ou « élevés »?'
			}
		]);
	});

	it('checks the alt text too, and says so', () => {
		const messages = english(check(spelling, 'Parks are open.', { alts: ['A tent in a provincial prak.'] }));
		expect(messages).toHaveLength(1);
		expect(messages[0]).toMatch(/^“prak” \(alt text\) is not in the Canadian English dictionary: did you mean “park”/);
	});

	it('passes the words of links, hashtags, mentions and emails, and the scenario’s key terms', () => {
		expect(check(spelling, 'Thanks @ONgovv! See ontario.ca/flushotz or write to flu@ontaryo.ca #flushotz')).toEqual([]);
		expect(english(check(spelling, 'Tarion protects buyers of new homes.'))).toHaveLength(1);
		expect(check(spelling, 'Tarion protects buyers of new homes.', { settings: { keyTerms: { en: ['Tarion warranty'], fr: [] } } })).toEqual([]);
	});

	it('passes the course’s own names', () => {
		expect(check(spelling, 'Apply for the Main Street Accessibility Grant. ServiceOntario can help.')).toEqual([]);
	});

	// As in src/lib/exercises/adversarial.test.ts: process CPU time, the fastest of several runs, and 40×
	// for 10× the text (linear code takes 10×, quadratic 100×; the rest is room for a busy shared machine).
	// The posts' analysis (words, hashtags), shared with every check and measured there, is done before timing.
	it.each(Object.keys(ADVERSARIAL_UNITS))(
		'takes time in proportion to the length of the text: %s',
		(name) => {
			const cpuMs = () => {
				const { user, system } = process.cpuUsage();
				return (user + system) / 1000;
			};
			const run = (text: string, alt: string) => {
				forgetSuggestions();
				forgetTags();
				for (const definition of DICTIONARY_CHECKS) for (const lang of ['en', 'fr'] as const) check(definition, text, { lang, alts: [alt] });
			};
			const fastest = (text: string, alt: string, repetitions: number, each: number) => {
				const times: number[] = [];
				for (let r = 0; r < repetitions; r++) {
					const start = cpuMs();
					for (let i = 0; i < each; i++) run(text, alt);
					times.push((cpuMs() - start) / each);
				}
				// The fastest run: what the code costs, without the collections and neighbours CI adds.
				return Math.min(...times);
			};
			const short = [adversarialText(name, MAX_POST_CHARS / 10), adversarialText(name, MAX_ALT_CHARS / 10)] as const;
			const long = [adversarialText(name, MAX_POST_CHARS), adversarialText(name, MAX_ALT_CHARS)] as const;
			run(...short);
			run(...long);
			const shortMs = fastest(...short, 5, 3);
			const longMs = fastest(...long, 5, 1);
			if (longMs > 5) expect(longMs / Math.max(shortMs, 0.05)).toBeLessThan(40);
		},
		60_000
	);
});
