import { describe, expect, it } from 'vitest';
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
