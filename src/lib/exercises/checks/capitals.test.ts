import { describe, expect, it } from 'vitest';
import { allCaps, shoutedRuns } from './capitals';
import { check, english, french } from './testing';

describe('all caps', () => {
	it('flags a run of words in capitals, in English and French', () => {
		expect(shoutedRuns('BOIL WATER ADVISORY for north Eastmere.')).toEqual(['BOIL WATER ADVISORY']);
		expect(shoutedRuns('Summer camping is OPEN NOW! Book at ontarioparks.ca')).toEqual(['OPEN NOW']);
		expect(shoutedRuns('ROUTE FERMÉE entre Sudbury et Espanola.')).toEqual(['ROUTE FERMÉE']);
		expect(shoutedRuns('🌲🌳 BIG NEWS for #landowners: free trees')).toEqual(['BIG NEWS']);
		expect(english(check(allCaps, 'DO NOT DRIVE on Highway 17 tonight.'))[0]).toContain('“DO NOT DRIVE” is in capitals: write it in sentence case.');
		expect(french(check(allCaps, 'NE CONDUISEZ PAS sur la route 17 ce soir.', { lang: 'fr' }))[0]).toContain(
			'“NE CONDUISEZ PAS” est en majuscules\u00a0: écrivez-le en minuscules.'
		);
	});

	it('flags a single word that shouts on its own', () => {
		expect(shoutedRuns('IMPORTANT: our offices close at noon on Friday.')).toEqual(['IMPORTANT']);
		expect(shoutedRuns('RAPPEL : la date limite est vendredi.')).toEqual(['RAPPEL']);
	});

	it('leaves acronyms, handles, hashtags, links and single short words alone', () => {
		for (const text of [
			'Renew your OHIP card online: ontario.ca/healthcard',
			'COVID-19 and flu shots are available at pharmacies. TTY: 1-800-387-5559',
			'Follow @ONgov and MTO for road updates. #ONroads',
			'Videos in ASL and LSQ are on our YouTube channel.',
			'The AODA sets accessibility standards. Call 911 in an emergency.',
			'An AMBER Alert was issued for Sudbury.',
			'Summer is HERE. Book your campsite at ontarioparks.ca',
			'Visit ONTARIO.CA/FLU to book.',
			'Le ministère (MTO) et la LAPHO : renseignez-vous à ontario.ca/accessibilite',
			'Toronto, ON M7A 1N3',
			'OHIP and TTY numbers: OHIP TTY 1-800-387-5559',
			'COVID-19 ON M7A'
		])
			expect(check(allCaps, text), text).toEqual([]);
	});
});

describe('runs of capitals read sentence by sentence', () => {
	it('go on across a sentence end or a line break until a word in lower case', () => {
		expect(shoutedRuns('BIG NEWS.\nFREE FLU SHOTS today')).toEqual(['BIG NEWS FREE FLU SHOTS']);
		expect(shoutedRuns('OHIP. TTY and ASL. NEW')).toEqual(['ASL NEW']);
		expect(shoutedRuns('Read this. URGENT.')).toEqual(['URGENT']);
		expect(shoutedRuns('OHIP\n\nTTY')).toEqual([]);
	});
});
