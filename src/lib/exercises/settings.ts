import type { CheckSettings } from './types';

/** The common government targets, used where a scenario does not set its own. */
export const DEFAULT_SETTINGS: CheckSettings = {
	readingGradeMax: 8,
	frenchLixMax: 45,
	hashtagsMax: 3,
	emojiMax: 3,
	keyTerms: { en: [], fr: [] },
	officialDomains: ['ontario.ca', 'gov.on.ca'],
	off: [],
	severity: {},
	blocking: true,
	emergency: false
};

/** Post text and alt text beyond these sizes are refused outright, whatever the platform. */
export const MAX_POST_CHARS = 10_000;
export const MAX_ALT_CHARS = 3_000;
export const MAX_THREAD_POSTS = 10;
