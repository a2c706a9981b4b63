import type { Component } from 'svelte';
import { fixtures } from 'virtual:test-fixtures';
import { serverConfig } from '../config';

/**
 * The test courses (tests/fixtures/courses) and the cohorts the browser tests' demo seeds for
 * them. Only a build made with FIXTURE_COURSES=true (`npm run build:e2e`), vitest and a dev server
 * started with it carry them (vite.config.ts); the production build has none.
 */
export interface TestFixtures {
	/** Folder of the test courses, from the repository root. */
	root: string;
	/** Each .md and .yaml file's text, by path from the repository root. */
	sources: Record<string, string>;
	/** Each image, caption and video file's served address, by path from the repository root. */
	assetUrls: Record<string, string>;
	/** Each SVG drawing's text (for its width and height), by path from the repository root. */
	svgSources?: Record<string, string>;
	/** Each lesson (index.md, index.fr.md) compiled, by path from the repository root. */
	lessons: Record<string, Component>;
	/** Cohorts of the test courses, taught by the demo instructor to trainees 01–10. */
	cohorts: { name: string; course: string }[];
}

/** The test fixtures. A build that lacks them stops here, saying how to make one that has them. */
export function testFixtures(): TestFixtures {
	if (!fixtures) throw new Error('FIXTURE_COURSES=true, but this build has no test courses: build it with FIXTURE_COURSES=true (npm run build:e2e)');
	return fixtures;
}

/** The test fixtures when FIXTURE_COURSES=true, else null. */
export const enabledFixtures = (env: NodeJS.ProcessEnv = process.env): TestFixtures | null => (serverConfig(env).fixtureCourses ? testFixtures() : null);
