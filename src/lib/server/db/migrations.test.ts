import type { Migration } from 'kysely';
import { describe, expect, it } from 'vitest';
import { migrations } from '../../../../db/migrations/index';

const files = import.meta.glob<Migration>(['../../../../db/migrations/*.ts', '!**/index.ts'], { eager: true });
const byName = new Map(Object.entries(files).map(([path, module]) => [path.split('/').pop()!.replace(/\.ts$/, ''), module]));

describe('migrations', () => {
	it('lists every file in db/migrations under its file name, and nothing else', () => {
		expect(byName.size).toBeGreaterThan(0);
		expect(Object.keys(migrations).sort()).toEqual([...byName.keys()].sort());
		for (const [name, module] of byName) expect(migrations[name].up, name).toBe(module.up);
	});

	it('are named so that sorting by name runs them in the order they were written', () => {
		for (const name of byName.keys()) expect(name).toMatch(/^\d{4}-\d{2}-\d{2}T\d{4}_[a-z0-9_]+$/);
	});
});
