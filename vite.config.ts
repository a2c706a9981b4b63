import { sveltekit } from '@sveltejs/kit/vite';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

const FIXTURES_ID = 'virtual:test-fixtures';

/**
 * The test courses (tests/fixtures) go into vitest, into a dev server started with
 * FIXTURE_COURSES=true and into a build made with it (`npm run build:e2e`, for the browser
 * tests); any other build gets `null`, so the production server carries no test course.
 */
function testFixtures(include: boolean): Plugin {
	return {
		name: 'bootcamp:test-fixtures',
		enforce: 'pre',
		resolveId(source) {
			if (source !== FIXTURES_ID) return null;
			return include ? fileURLToPath(new URL('./tests/fixtures/index.ts', import.meta.url)) : `\0${FIXTURES_ID}`;
		},
		load(id) {
			return id === `\0${FIXTURES_ID}` ? 'export const fixtures = null;' : null;
		}
	};
}

export default defineConfig(({ mode }) => ({
	plugins: [testFixtures(mode === 'test' || process.env.FIXTURE_COURSES === 'true'), sveltekit()],
	server: { fs: { allow: ['courses', 'db', 'tests/fixtures'] } },
	test: {
		include: ['src/**/*.test.ts', 'tests/integration/**/*.test.ts', 'tests/checks/**/*.test.ts'],
		environment: 'node',
		pool: 'forks',
		testTimeout: 20_000
	}
}));
