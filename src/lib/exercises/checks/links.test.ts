import { describe, expect, it } from 'vitest';
import { descriptiveLinks, officialDomain, urlShortener } from './links';
import { check, english } from './testing';

describe('descriptive links', () => {
	it('flags “click here” and “cliquez ici”', () => {
		expect(check(descriptiveLinks, 'Flu clinics are open. Click here: ontario.ca/flu')).toHaveLength(1);
		expect(check(descriptiveLinks, 'Les cliniques sont ouvertes. Cliquez ici : ontario.ca/grippe', { lang: 'fr' })).toHaveLength(1);
	});

	it('flags a bare “here” in front of a link', () => {
		expect(english(check(descriptiveLinks, 'Details here: ontario.ca/flu'))[0]).toContain('“here” before ontario.ca/flu');
		expect(check(descriptiveLinks, 'Tous les détails ici ontario.ca/grippe', { lang: 'fr' })).toHaveLength(1);
	});

	it('passes links that say where they go', () => {
		expect(check(descriptiveLinks, 'Find a flu clinic near you at ontario.ca/flu')).toEqual([]);
		expect(check(descriptiveLinks, 'Trouvez une clinique près de chez vous : ontario.ca/grippe', { lang: 'fr' })).toEqual([]);
		expect(check(descriptiveLinks, 'Here is what to bring: your health card.')).toEqual([]);
	});
});

describe('URL shorteners', () => {
	it('flags shortened links', () => {
		expect(check(urlShortener, 'Book now: bit.ly/3flu')).toHaveLength(1);
		expect(check(urlShortener, 'Réservez : https://tinyurl.com/grippe', { lang: 'fr' })).toHaveLength(1);
	});

	it('passes full addresses', () => {
		expect(check(urlShortener, 'Book at ontario.ca/flu')).toEqual([]);
		expect(check(urlShortener, 'Réservez à ontario.ca/grippe', { lang: 'fr' })).toEqual([]);
	});
});

describe('official domains', () => {
	it('flags links outside the official domains', () => {
		expect(english(check(officialDomain, 'Book at flu-clinics-ontario.com/book'))).toEqual([
			'flu-clinics-ontario.com is not an official site for this exercise (ontario.ca, gov.on.ca).'
		]);
		expect(check(officialDomain, 'Réservez sur cliniques-grippe.com', { lang: 'fr' })).toHaveLength(1);
	});

	it('passes ontario.ca, its subdomains, and domains the scenario adds', () => {
		expect(check(officialDomain, 'See ontario.ca/flu and https://news.ontario.ca/en and www.health.gov.on.ca')).toEqual([]);
		expect(check(officialDomain, 'Réservez sur ontarioparks.ca', { lang: 'fr', settings: { officialDomains: ['ontario.ca', 'ontarioparks.ca'] } })).toEqual([]);
	});

	it('leaves shorteners to their own check', () => {
		expect(check(officialDomain, 'bit.ly/x')).toEqual([]);
	});
});
