import type { CheckContext, CheckDefinition, CheckReport, CheckResult, CheckSettings, Platform, PostInput, TaskKind } from './types';
import { CHECK_IDS } from './check-ids';
import { forgetRuns, nextRun } from './memo';
import {
	altTextCaption,
	altTextExtras,
	altTextImageOf,
	altTextLength,
	altTextPresent,
	emergencyEmoji,
	emojiCount,
	emojiPosition,
	fancyText
} from './checks/accessibility';
import { allCaps } from './checks/capitals';
import { engagementBait, hashtagBroken, imageOnlyDetails } from './checks/engagement';
import { frenchCounterpart, languageMatch } from './checks/french';
import { descriptiveLinks, officialDomain, urlShortener } from './checks/links';
import { frenchReadability, keyMessage, openingFiller, readingGrade } from './checks/plain-language';
import { hashtagCount, length, platformLimits } from './checks/platform';
import { personalContact, personalNumbers, publicReplyAddress, publicReplyPrivacy } from './checks/privacy';
import { anglicisms, bureaucraticOpener, dateTimeStyle } from './checks/style';
import { partisan, profanity } from './checks/tone';

/**
 * Stored with every result: when a check changes what it finds, raise this so a review can
 * tell which rules a submission was held to.
 */
export const CHECKS_VERSION = '2026.12.1';

/** Every check, in the order a report lists them. */
export const CHECKS: readonly CheckDefinition[] = [
	length,
	platformLimits,
	hashtagCount,
	altTextPresent,
	altTextLength,
	altTextImageOf,
	altTextCaption,
	emojiCount,
	emojiPosition,
	fancyText,
	readingGrade,
	frenchReadability,
	keyMessage,
	openingFiller,
	descriptiveLinks,
	urlShortener,
	officialDomain,
	languageMatch,
	frenchCounterpart,
	personalNumbers,
	personalContact,
	publicReplyPrivacy,
	partisan,
	profanity,
	bureaucraticOpener,
	dateTimeStyle,
	anglicisms,
	allCaps,
	altTextExtras,
	emergencyEmoji,
	publicReplyAddress,
	engagementBait,
	imageOnlyDetails,
	hashtagBroken
];

export interface ChecksInput {
	platform: Platform;
	task: TaskKind;
	publicReply: boolean;
	posts: PostInput[];
	settings: CheckSettings;
}

/**
 * Runs every check that applies to every post. Pure: the browser runs it as people type, the server at
 * submission. The server adds `extra` checks too heavy for the browser (those needing dictionaries).
 */
export function runChecks(input: ChecksInput, extra: readonly CheckDefinition[] = []): CheckReport {
	nextRun();
	const results: CheckResult[] = [];
	const checks = extra.length ? [...CHECKS, ...extra] : CHECKS;
	input.posts.forEach((post, index) => {
		const context: CheckContext = { ...input, index };
		for (const check of checks) {
			if (input.settings.off.includes(check.id)) continue;
			if (check.platforms && !check.platforms.includes(input.platform)) continue;
			if (check.applies && !check.applies(post, context)) continue;
			const messages = check.run(post, context);
			results.push({
				check: check.id,
				title: check.title,
				severity: input.settings.severity[check.id] ?? check.severity,
				post: index,
				passed: messages.length === 0,
				messages,
				guidance: check.guidance
			});
		}
	});
	return { version: CHECKS_VERSION, results };
}

/** The failed checks that stop a submission when the scenario says errors block. */
export function blockingResults(report: CheckReport, settings: Pick<CheckSettings, 'blocking'>): CheckResult[] {
	return settings.blocking ? report.results.filter((r) => !r.passed && r.severity === 'error') : [];
}

/** Whether the browser's checks and the server's `extra` ones cover every id exactly. */
export const allCheckIdsRegistered = (extra: readonly CheckDefinition[] = []) =>
	[...CHECKS, ...extra]
		.map((c) => c.id)
		.sort()
		.join() === [...CHECK_IDS].sort().join();

/** Empties the memos the checks keep between keystrokes, to measure a run on text never seen. */
export function forgetMemos(): void {
	forgetRuns();
}

export { serverOnlyResults } from './server-only';
