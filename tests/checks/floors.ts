// The floors the checks are held to on the labelled corpus (issue 13): below any of them,
// `npm run checks:eval` (and so `npm test`) fails, one line per reason.
import { CHECK_IDS, type CheckId } from '../../src/lib/exercises/check-ids';

export const FLOORS = {
	/** No post labelled good may be blocked by an error. */
	goodBlocked: 0,
	/** At most this share of good posts may get any warning or error. */
	goodFlaggedRate: 0.02,
	/** Every check finds at least this share of the posts labelled for it... */
	recall: 0.9,
	/** ...and the privacy checks this share: a missed health card number is the worst miss. */
	privacyRecall: 0.98,
	/** Of the times a check fires on a labelled post, at least this share is right. */
	precision: 0.8,
	/** A check measured on fewer labelled positives than this is not measured. */
	positives: 5,
	/** Posts in the whole corpus. */
	corpus: 400
};

export const PRIVACY_CHECKS: readonly string[] = ['personal_numbers', 'personal_contact', 'public_reply_privacy', 'public_reply_address'];

/**
 * Checks the issue asks for that other branches are adding. A label may name them before they exist:
 * it counts as a label (a bad example is labelled) but cannot be scored, and the example counts as
 * misjudged, until the id is in CHECK_IDS; from then on it is scored like any other. Any other
 * unknown id is a mistake in the labels.
 */
export const PENDING_CHECK_IDS = [] as const;

export type LabelId = CheckId | (typeof PENDING_CHECK_IDS)[number];
export const LABEL_IDS: readonly string[] = [...new Set<string>([...CHECK_IDS, ...PENDING_CHECK_IDS])];
export const isRegistered = (id: string): id is CheckId => (CHECK_IDS as readonly string[]).includes(id);
export const recallFloor = (check: string) => (PRIVACY_CHECKS.includes(check) ? FLOORS.privacyRecall : FLOORS.recall);
