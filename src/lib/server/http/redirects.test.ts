import { describe, expect, it } from 'vitest';
import { bypasses } from '../../../../tests/fixtures/redirect-bypasses';
import { safeNext } from './redirects';

const origin = 'http://localhost:4173';

describe('safeNext', () => {
	it('keeps paths on this site, normalized, with their query and language prefix', () => {
		expect(safeNext('/fr/admin?x=1', origin)).toBe('/fr/admin?x=1');
		expect(safeNext('/admin', origin)).toBe('/admin');
		expect(safeNext('/courses/a/../b', origin)).toBe('/courses/b');
		expect(safeNext('/verify/BC-2222-3333#top', origin)).toBe('/verify/BC-2222-3333');
		expect(safeNext('/admin/people?q=%C3%89milie', origin)).toBe('/admin/people?q=%C3%89milie');
		// A search for a per cent sign or a backslash is still a way back to the search.
		expect(safeNext('/admin/records?q=%25', origin)).toBe('/admin/records?q=%25');
		expect(safeNext('/admin/people?q=%5C', origin)).toBe('/admin/people?q=%5C');
	});

	it('drops other sites and odd values', () => {
		for (const bad of ['https://evil.example', '//evil.example', '/\\evil.example', 'admin', '', null, undefined]) {
			expect(safeNext(bad, origin)).toBeNull();
		}
	});

	it.each(bypasses)('never leaves the site for %j', (value) => {
		const next = safeNext(value, origin);
		if (next === null) return;
		expect(next).toMatch(/^\/(?![/\\])/);
		// eslint-disable-next-line no-control-regex -- no control character may survive
		expect(next).not.toMatch(/[\u0000-\u0020\u007f-\uffff\\]/);
		expect(new URL(next, origin).origin).toBe(origin);
		// What a browser makes of the Location header: still this site.
		expect(new URL(next, 'https://bootcamp.example.ca').host).toBe('bootcamp.example.ca');
	});

	it('drops every bypass that relies on a control character, a backslash or a second slash', () => {
		for (const value of ['/%09/evil.test', '/%0A/x', '/%5Cevil.test', '/%2F%2Fevil.test', '/.//evil.test?', '/%C2%85/evil.test', '/%252F%252Fevil.test']) {
			expect(safeNext(value, origin), value).toBeNull();
		}
	});
});
