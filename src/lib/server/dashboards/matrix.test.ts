import { describe, expect, it } from 'vitest';
import type { TraineeProgress } from '$lib/dashboards/types';
import { applyMatrixQuery, ministriesOf, parseMatrixQuery } from './matrix';

const trainee = (name: string, extra: Partial<TraineeProgress>): TraineeProgress => ({
	id: name,
	name,
	email: `${name}@ontario.ca`,
	ministry: 'Health',
	branch: '',
	statuses: ['completed', 'not_started'],
	completed: 1,
	standing: 'on_track',
	lastActiveAt: 100,
	risks: [],
	...extra
});
const people = [
	trainee('Émile', { ministry: 'Education', completed: 2, statuses: ['completed', 'completed'], standing: 'finished', lastActiveAt: 300 }),
	trainee('Ada', {
		statuses: ['in_progress', 'needs_review'],
		completed: 0,
		standing: 'behind',
		lastActiveAt: null,
		risks: [{ kind: 'inactive', days: 20, never: true }]
	}),
	trainee('Zoé', {}),
	trainee('bob', { statuses: ['completed', 'needs_review'], lastActiveAt: 50 })
];
const slugs = ['one', 'two'];
const names = (query: string) => applyMatrixQuery(people, slugs, parseMatrixQuery(new URLSearchParams(query))).rows.map((t) => t.name);

describe('matrix filters and sorting', () => {
	it('sorts by name by default, ignoring accents and case', () => {
		expect(names('')).toEqual(['Ada', 'bob', 'Émile', 'Zoé']);
	});

	it('filters by ministry, by standing and by a status in any module or in one', () => {
		expect(names('ministry=Education')).toEqual(['Émile']);
		expect(names('standing=behind')).toEqual(['Ada']);
		expect(names('standing=at_risk')).toEqual(['Ada']);
		expect(names('status=needs_review')).toEqual(['Ada', 'bob']);
		expect(names('status=in_progress&module=one')).toEqual(['Ada']);
		expect(names('status=in_progress&module=two')).toEqual([]);
	});

	it('sorts by progress either way and by the longest silence, never-active first', () => {
		expect(names('sort=progress_asc')).toEqual(['Ada', 'bob', 'Zoé', 'Émile']);
		expect(names('sort=progress_desc')).toEqual(['Émile', 'bob', 'Zoé', 'Ada']);
		expect(names('sort=activity')).toEqual(['Ada', 'bob', 'Zoé', 'Émile']);
	});

	it('falls back to everyone, by name, when a parameter makes no sense', () => {
		expect(names('standing=late&status=lost&sort=random&page=-3')).toEqual(['Ada', 'bob', 'Émile', 'Zoé']);
	});

	it('pages through the matches and keeps the page within range', () => {
		const page = applyMatrixQuery(people, slugs, parseMatrixQuery(new URLSearchParams('page=9')), 3);
		expect(page).toMatchObject({ matching: 4, page: 2, pages: 2 });
		expect(page.rows.map((t) => t.name)).toEqual(['Zoé']);
	});

	it('offers each ministry once', () => {
		expect(ministriesOf(people)).toEqual(['Education', 'Health']);
	});
});

describe('matrix query', () => {
	it('reads the days of silence that count as at risk, 14 unless told otherwise', () => {
		expect(parseMatrixQuery(new URLSearchParams('')).inactive).toBe(14);
		expect(parseMatrixQuery(new URLSearchParams('inactive=7')).inactive).toBe(7);
		expect(parseMatrixQuery(new URLSearchParams('inactive=0')).inactive).toBe(14);
	});
});
