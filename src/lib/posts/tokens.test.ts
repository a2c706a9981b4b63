import fc from 'fast-check';
import twitterText from 'twitter-text';
import { describe, expect, it } from 'vitest';
import { URL_SHORTENERS } from '../exercises/wordlists';
import { initials, tokenizePost } from './tokens';

describe('tokenizePost', () => {
	it('styles links, hashtags and mentions and keeps the rest as text', () => {
		expect(tokenizePost('Apply at ontario.ca/grants today! #OntarioJobs @OntarioGov.')).toEqual([
			{ type: 'text', value: 'Apply at ' },
			{ type: 'link', value: 'ontario.ca/grants', href: 'https://ontario.ca/grants' },
			{ type: 'text', value: ' today! ' },
			{ type: 'hashtag', value: '#OntarioJobs' },
			{ type: 'text', value: ' ' },
			{ type: 'mention', value: '@OntarioGov' },
			{ type: 'text', value: '.' }
		]);
	});

	it('keeps full URLs whole but leaves trailing punctuation out', () => {
		const tokens = tokenizePost('See https://www.ontario.ca/page/x?y=1, then reply.');
		expect(tokens[1]).toEqual({ type: 'link', value: 'https://www.ontario.ca/page/x?y=1', href: 'https://www.ontario.ca/page/x?y=1' });
		expect(tokens[2]).toEqual({ type: 'text', value: ', then reply.' });
	});

	it('reads French hashtags with accents', () => {
		expect(tokenizePost('#SantéOntario')).toEqual([{ type: 'hashtag', value: '#SantéOntario' }]);
	});

	it('does not take an email address for a mention', () => {
		expect(tokenizePost('write to info@ontario.ca').some((t) => t.type === 'mention')).toBe(false);
	});
});

describe('initials', () => {
	it('takes the first and last words', () => {
		expect(initials('Ontario Ministry of Health')).toBe('OH');
		expect(initials("Ministère de la Santé de l'Ontario")).toBe('MO');
		expect(initials('ontario')).toBe('ON');
		expect(initials('  ')).toBe('?');
	});
});

const links = (text: string) => tokenizePost(text).flatMap((t) => (t.type === 'link' ? [t.value] : []));

describe('links without a scheme', () => {
	it('are found with any top-level domain, as on X: every shortener in every form', () => {
		for (const host of URL_SHORTENERS) {
			expect(links(`Book now: ${host}/abc`)).toEqual([`${host}/abc`]);
			expect(links(`Book now at www.${host}/abc.`)).toEqual([`www.${host}/abc`]);
			expect(links(`(${host}/abc), then`)).toEqual([`${host}/abc`]);
			expect(links(`Réservez : « ${host}/abc »!`)).toEqual([`${host}/abc`]);
			expect(links(`https://${host}/abc!`)).toEqual([`https://${host}/abc`]);
		}
	});

	it('keep Ontario addresses whole', () => {
		expect(links('See ontario.ca, news.ontario.ca/en and ontarioparks.ca/park?id=2.')).toEqual([
			'ontario.ca',
			'news.ontario.ca/en',
			'ontarioparks.ca/park?id=2'
		]);
		expect(links('Visitez ServiceOntario.ca; écrivez à info@ontario.ca')).toEqual(['ServiceOntario.ca']);
	});

	it('are not abbreviations, initials, times or numbers', () => {
		for (const text of [
			'e.g. this',
			'p. ex. ceci',
			'Open 9 a.m. to 5 p.m.',
			'St. Catharines',
			'St.Catharines',
			'1.5 km',
			'Dr.Smith',
			'J.Doe',
			'U.S.A.',
			'Node.js',
			'report.pdf',
			'No.1'
		])
			expect(links(text), text).toEqual([]);
	});

	it('are the links twitter-text’s own extractor finds', () => {
		// Pieces of domains, paths and what may come before them. Left out, where the two differ: letters
		// outside the Latin script glued to a domain, and underscores in host names.
		const pieces = ['a', 'B', '1', '-', '+', '.', '..', '@', '#', '&', '/', ':', ' ', '\n', ',', '!', '(', ')', '?', '=', '$', '*', "'", '%', '~'];
		const words = [
			'é',
			'ſ',
			'ca',
			'com',
			'gl',
			'ly',
			'in',
			'today',
			'smith',
			'www.',
			'ontario.ca',
			'goo.gl/x',
			'x@y.ca',
			'#Tag',
			'@Gov',
			'e.g.',
			'xn--p1ai',
			'https://'
		];
		const texts = fc.array(fc.constantFrom(...pieces, ...words), { maxLength: 30 }).map((p) => p.join(''));
		fc.assert(
			fc.property(texts, (text) => {
				let at = 0;
				const ours: string[] = [];
				const others: [number, number][] = [];
				for (const token of tokenizePost(text)) {
					if (token.type === 'link' && !/^https?:/i.test(token.value)) ours.push(`${at}:${token.value}`);
					else if (token.type !== 'text' || token.value.includes('@')) others.push([at, at + token.value.length]);
					at += token.value.length;
				}
				// X's own: without a scheme, not overlapping a hashtag, a mention, an address or a link with a scheme.
				const theirs = twitterText
					.extractUrlsWithIndices(text)
					.filter((u) => !/^https?:/i.test(u.url) && !others.some(([s, e]) => u.indices[0] < e && s < u.indices[1]))
					.map((u) => `${u.indices[0]}:${u.url}`);
				// A port or a query right after a domain is part of the link here.
				const trimmed = ours.map((link) => theirs.find((x) => link.startsWith(x) && /^[?:]/.test(link.slice(x.length))) ?? link);
				expect(trimmed).toEqual(theirs);
			}),
			{ numRuns: 4000 }
		);
	});
});
