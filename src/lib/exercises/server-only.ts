import { CHECK_IDS, type CheckId } from './check-ids';
import type { CheckResult } from './types';

/** The checks only the server runs: their dictionaries are too heavy for the browser. */
export const DICTIONARY_CHECK_IDS: readonly CheckId[] = ['hashtag_case', 'spelling'];

const BROWSER_CHECK_IDS = new Set<string>(CHECK_IDS.filter((id) => !DICTIONARY_CHECK_IDS.includes(id)));

/**
 * The results of a server's report the browser cannot compute itself: hidden checks, and any check
 * the browser's registry does not hold. Kept apart from the registry so a page can sort a report
 * before the registry has loaded.
 */
export const serverOnlyResults = (results: CheckResult[]) => results.filter((r) => r.hidden || !BROWSER_CHECK_IDS.has(r.check));
