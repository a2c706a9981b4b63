import type { CheckSettings } from './types';

/** The common government targets, used where a scenario does not set its own. */
export const DEFAULT_SETTINGS: CheckSettings = {
	readingGradeMax: 8,
	// LIX for French (readability.ts, long words from eight letters), measured rather than borrowed.
	// Good French posts of the corpus with 20 words or more (87, written the way Ontario ministries
	// write) score 11 to 54: median 25, 95th percentile 40, 98th 49; the course's good French examples
	// 16 to 47. Dense administrative French scores 55 (module 3's draft) to 90. 50 is the top of
	// Björnsson's "medium" band (newspapers); above it is "difficult" (non-fiction, official texts):
	// plain language reads no harder than a newspaper. No plain-language guide gives a LIX number for
	// French (Canada.ca Content Style Guide; CAN-ASC-3.1:2025 Plain language: short sentences,
	// everyday words); the old 45, with six-letter long words, flagged a third of the course's own
	// good posts. English stays at grade 8 (Flesch-Kincaid; WCAG 3.1.5's lower secondary level, as module 3 says).
	// Hashtags: module 3 and module 4 teach one or two, at the end.
	frenchLixMax: 50,
	hashtagsMax: 2,
	emojiMax: 3,
	keyTerms: { en: [], fr: [] },
	officialDomains: ['ontario.ca', 'gov.on.ca'],
	off: [],
	severity: {},
	blocking: true,
	emergency: false,
	// Published by the Government of Ontario; toll-free numbers (1-800, 1-866...) are allowed anyway.
	// ServiceOntario (health cards, licences): 416-326-1234, toll-free 1-800-267-8097, TTY 1-800-268-7095
	// (ontario.ca, ServiceOntario contact page; the OHIP listing of the province's health services directory).
	// Health811 (formerly Telehealth Ontario): 811, TTY 1-866-797-0007. Ontario Parks reservations:
	// 1-888-ONT-PARK (1-888-668-7275). 911 emergencies, 211 community services, 988 Suicide Crisis Helpline,
	// 511 Ontario traveller information. Left out, not verified as current: the ODSP/Ontario Works lines.
	officialNumbers: ['416-326-1234', '1-800-267-8097', '1-800-268-7095', '1-866-797-0007', '1-888-668-7275', '911', '811', '211', '988', '511']
};

/** Post text and alt text beyond these sizes are refused outright, whatever the platform. */
export const MAX_POST_CHARS = 10_000;
export const MAX_ALT_CHARS = 3_000;
export const MAX_THREAD_POSTS = 10;
