import type { CheckId } from './check-ids';
import type { CheckResult } from './types';

/** The checks only the server runs: their dictionaries are too heavy for the browser. */
export const DICTIONARY_CHECK_IDS: readonly string[] = ['hashtag_case', 'spelling'] satisfies CheckId[];

/**
 * The results of a server's report the browser cannot compute itself: hidden and dictionary checks.
 * Kept apart from the registry so a page can sort a report before the registry has loaded.
 */
export const serverOnlyResults = (results: CheckResult[]) => results.filter((r) => r.hidden || DICTIONARY_CHECK_IDS.includes(r.check));
