// Resolved by vite.config.ts: tests/fixtures/index.ts in test builds, null in production.
declare module 'virtual:test-fixtures' {
	export const fixtures: import('$lib/server/content/fixtures').TestFixtures | null;
}
