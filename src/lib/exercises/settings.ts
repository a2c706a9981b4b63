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
