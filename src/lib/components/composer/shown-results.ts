import type { CheckResult } from '$lib/exercises/types';

/** A result as the composer lists it: the server's are marked, the browser cannot re-run them. */
export type ShownResult = CheckResult & { server?: boolean };

/**
 * Which posts show their checks: those the trainee has written in (or typed in and emptied again),
 * those that came with text, and every post once they have tried to submit. An untouched empty
 * post is not yet a mistake.
 */
export const visiblePosts = (texts: string[], touched: boolean[]) => texts.map((text, i) => touched[i] || text !== '');

/** The browser's results and the server's in one list, for the posts that show their checks. */
export function shownResults(browser: CheckResult[], server: CheckResult[] | null | undefined, visible: boolean[]): ShownResult[] {
	return [...browser, ...(server ?? []).map((r) => ({ ...r, server: true }))].filter((r) => visible[r.post]);
}
