import { readdirSync } from 'node:fs';
import { describe as group, expect, it } from 'vitest';
import { describe, descriptions } from './descriptions';

/** Every page under src/routes, as SvelteKit names its route. */
const pageRoutes = () =>
	readdirSync('src/routes', { recursive: true, encoding: 'utf8' })
		.filter((file) => /(^|[\\/])\+page\.svelte$/.test(file))
		.map((file) => `/${file.replace(/\\/g, '/').replace(/\/?\+page\.svelte$/, '')}`);

group('page descriptions', () => {
	it('every page has its own description, and none is listed for a page that is gone', () => {
		const pages = pageRoutes();
		expect(pages.length).toBeGreaterThan(30);
		expect(pages.filter((route) => !(route in descriptions))).toEqual([]);
		expect(Object.keys(descriptions).filter((route) => !pages.includes(route))).toEqual([]);
	});

	it('no two pages share a description, and an unknown route still gets the site’s', () => {
		const texts = Object.values(descriptions).map((text) => text());
		expect(new Set(texts).size).toBe(texts.length);
		expect(describe(null).length).toBeGreaterThan(20);
	});
});
