/**
 * A course's edition, as people read it: the course content a record was earned on, numbered
 * in the order records were first earned on each content version, and dated by the first of
 * them. A content version is a hash of the course's files (content/load.ts), honest but
 * unreadable; its edition is derived from the records alone, so no author has to remember to
 * bump a number, and an edition, once a record carries it, never changes.
 */
export interface Edition {
	version: number;
	/** When the first record on this content was earned (ms since epoch). */
	since: number;
}

export function editionOf(firstEarned: { contentVersion: string; firstCompletedAt: number }[], contentVersion: string): Edition | null {
	const ordered = [...firstEarned].sort((a, b) => a.firstCompletedAt - b.firstCompletedAt || a.contentVersion.localeCompare(b.contentVersion));
	const at = ordered.findIndex((v) => v.contentVersion === contentVersion);
	return at < 0 ? null : { version: at + 1, since: ordered[at].firstCompletedAt };
}
