import { describe, expect, it } from 'vitest';
import { editionOf } from './edition';

describe('editionOf', () => {
	const versions = [
		{ contentVersion: 'c3', firstCompletedAt: 3_000 },
		{ contentVersion: 'a1', firstCompletedAt: 1_000 },
		{ contentVersion: 'b2', firstCompletedAt: 2_000 }
	];

	it('numbers content versions in the order records were first earned on them, dated by the first', () => {
		expect(editionOf(versions, 'a1')).toEqual({ version: 1, since: 1_000 });
		expect(editionOf(versions, 'c3')).toEqual({ version: 3, since: 3_000 });
	});

	it('keeps an edition when a later version appears', () => {
		expect(editionOf([...versions, { contentVersion: 'd4', firstCompletedAt: 4_000 }], 'b2')).toEqual({ version: 2, since: 2_000 });
	});

	it('has no edition for a content version no record was earned on', () => {
		expect(editionOf(versions, 'zz')).toBeNull();
	});
});
