import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import svelteConfig from './svelte.config.js';

// The layout of src/lib (README, "How the code is laid out"): the server half never imports
// components, and components never import the server half; both import the browser-safe
// src/lib/<domain>/ modules. Relative paths are caught as well as `$lib/…`.
const NO_COMPONENTS = {
	regex: '^(\\$lib/components|(\\.\\./)+components)(/|$)',
	message: 'src/lib/server must not import components: move what both need to src/lib/<domain>/.'
};
const NO_SERVER = {
	regex: '^(\\$lib/server|(\\.\\./)+server)(/|$)',
	message: 'Components must not import src/lib/server: import view types and labels from src/lib/<domain>/.'
};
// twitter-text (with its polyfills and emoji parser) was over a third of the composer's JavaScript:
// code the browser loads counts with src/lib/exercises/x-length.ts and the patterns generated into
// src/lib/posts/twitter-data.ts; tests, scripts and the server half may still use twitter-text.
const NO_TWITTER_TEXT = ['twitter-text', 'twemoji-parser'].map((name) => ({
	name,
	message: 'The browser must not load twitter-text: use $lib/exercises/x-length and $lib/posts/twitter-data (npm run twitter-data).'
}));
/** Code that can reach the browser: src/lib outside its server half and tests, and the routes' components and universal modules. */
const BROWSER_FILES = ['src/lib/**/*.{ts,js,svelte}', 'src/routes/**/*.svelte', 'src/routes/**/*.{ts,js}'];
const NOT_BROWSER_FILES = [
	'src/lib/server/**',
	'src/lib/paraglide/**',
	'**/*.test.ts',
	'**/*.bench.ts',
	'**/*.server.ts',
	'**/*.server.js',
	'src/routes/**/+server.ts',
	'src/routes/**/+server.js'
];

export default defineConfig(
	globalIgnores([
		'build/',
		'.svelte-kit/',
		'bench/minimal-sveltekit/build/',
		'bench/minimal-sveltekit/.svelte-kit/',
		'src/lib/paraglide/',
		'test-results/',
		'playwright-report/',
		'data/',
		'project.inlang/',
		// Course content (markdown and YAML) is checked by `npm run courses:check`.
		'courses/',
		'tests/fixtures/courses/'
	]),
	js.configs.recommended,
	ts.configs.recommended,
	svelte.configs.recommended,
	{
		languageOptions: { globals: { ...globals.browser, ...globals.node } }
	},
	{
		files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
		languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'], svelteConfig } }
	},
	{
		rules: {
			// TypeScript (svelte-check, strict) already reports undefined names, with types.
			'no-undef': 'off',
			// `_` names a value that is deliberately ignored (`{#each posts as _, i}`, `for (const _ of …)`).
			'@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
			// French text in template literals carries non-breaking spaces before « : » and inside « » on purpose.
			'no-irregular-whitespace': ['error', { skipStrings: true, skipTemplates: true, skipRegExps: true, skipComments: true }],
			// Links go through paraglide (localized `/fr/…` paths) and the app has no `paths.base`:
			// `resolve()` would add nothing to the 90 links it flags.
			'svelte/no-navigation-without-resolve': 'off',
			// `{' '}` keeps a space that Svelte would otherwise trim at the edge of an `{#if}` block.
			'svelte/no-useless-mustaches': 'off'
		}
	},
	{
		// Migrations are frozen and typed against no schema, as Kysely documents (`Kysely<any>`).
		files: ['db/migrations/**'],
		rules: { '@typescript-eslint/no-explicit-any': 'off' }
	},
	{
		files: ['src/lib/server/**'],
		rules: { 'no-restricted-imports': ['error', { patterns: [NO_COMPONENTS] }] }
	},
	{
		// A domain's SQL lives in its repository.ts (src/lib/server/README.md); tests may set up rows.
		files: ['src/lib/server/**/*.ts'],
		ignores: ['src/lib/server/**/repository.ts', 'src/lib/server/**/*.test.ts', 'src/lib/server/db/index.ts'],
		rules: {
			'no-restricted-syntax': [
				'error',
				{
					selector: 'CallExpression[callee.property.name=/^(selectFrom|insertInto|updateTable|deleteFrom)$/]',
					message: "SQL belongs in the domain's repository.ts: add a function there and call it."
				}
			]
		}
	},
	{
		files: BROWSER_FILES,
		ignores: NOT_BROWSER_FILES,
		rules: { 'no-restricted-imports': ['error', { paths: NO_TWITTER_TEXT }] }
	},
	{
		// A later block's options replace an earlier one's: components keep both restrictions.
		files: ['src/lib/components/**'],
		rules: { 'no-restricted-imports': ['error', { paths: NO_TWITTER_TEXT, patterns: [NO_SERVER] }] }
	}
);
