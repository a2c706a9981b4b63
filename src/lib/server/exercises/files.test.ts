import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// courses:check validates exercise.yaml without seeing the files beside it; this makes sure every
// image a scenario names is there, so a trainee never meets a broken exercise.
function exerciseFiles(dir: string): string[] {
	if (!existsSync(dir)) return [];
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? exerciseFiles(path) : name === 'exercise.yaml' ? [path] : [];
	});
}

describe('exercise.yaml files', () => {
	const files = [...exerciseFiles('courses'), ...exerciseFiles('tests/fixtures/courses')];

	it('exist in the fixture course', () => {
		expect(files.length).toBeGreaterThanOrEqual(3);
	});

	it.each(files)('%s names only images beside it', (file) => {
		const images = (parse(readFileSync(file, 'utf8'))?.images ?? []) as { file: string }[];
		for (const image of images) expect(existsSync(join(dirname(file), image.file)), image.file).toBe(true);
	});
});
