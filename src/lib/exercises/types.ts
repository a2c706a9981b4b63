import type { Platform } from '../posts/platforms';
import type { Locale } from '$lib/paraglide/runtime';
import type { CheckId, Severity } from './check-ids';

export type { CheckId, Platform, Severity };
/** A message in both languages: the browser shows check results in either, without a round trip. */
export type Localized = { en: string; fr: string };
export type TaskKind = 'compose' | 'reply' | 'bilingual' | 'thread' | 'drill';

/** One post as the trainee wrote it: its text, its language, and the alt text of each image it carries. */
export interface PostInput {
	text: string;
	lang: Locale;
	alts: string[];
}

/** What a scenario sets for its checks (exercise.yaml `checks:`), with defaults for the rest. */
export interface CheckSettings {
	readingGradeMax: number;
	frenchLixMax: number;
	hashtagsMax: number;
	emojiMax: number;
	keyTerms: { en: string[]; fr: string[] };
	officialDomains: string[];
	off: CheckId[];
	severity: Partial<Record<CheckId, Severity>>;
	/** Whether error-level results stop a submission. */
	blocking: boolean;
	/** The scenario is an emergency (exercise.yaml `checks: emergency: true`): no emoji, whatever the words. */
	emergency: boolean;
	/** Phone numbers the government publishes (compared by their digits): never taken for a person's number. */
	officialNumbers: string[];
}

export interface CheckContext {
	platform: Platform;
	task: TaskKind;
	/** The post answers a member of the public where everyone can read it. */
	publicReply: boolean;
	/** Every post of the answer (a bilingual pair, a thread), for checks that compare them. */
	posts: PostInput[];
	index: number;
	settings: CheckSettings;
}

export interface CheckDefinition {
	id: CheckId;
	title: Localized;
	severity: Severity;
	/** Platforms it applies to; all when absent. */
	platforms?: readonly Platform[];
	/** The guidance behind the check, named in every message. */
	guidance: Localized;
	applies?: (post: PostInput, context: CheckContext) => boolean;
	/** One message per problem found; an empty list is a pass. */
	run: (post: PostInput, context: CheckContext) => Localized[];
}

/** One check's outcome on one post, stored with the submission exactly as shown. */
export interface CheckResult {
	check: string;
	title: Localized;
	severity: Severity;
	post: number;
	passed: boolean;
	messages: Localized[];
	guidance: Localized;
	/** A scenario's own check, run only on the server. */
	hidden?: boolean;
}

export interface CheckReport {
	version: string;
	results: CheckResult[];
}
