import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TWITTER_DATA_PATH, twitterDataSource } from '../../../scripts/twitter-data';

describe('twitter-data.ts, generated from twitter-text', () => {
	// After an upgrade of twitter-text or of its emoji parser: `npm run twitter-data`, then review the diff.
	it('is what the installed twitter-text (3.1.0) and emoji parser give', async () => {
		expect(readFileSync(TWITTER_DATA_PATH, 'utf8')).toBe(await twitterDataSource());
	});
});
