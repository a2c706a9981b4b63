import type { CheckDefinition } from '../../exercises/types';

/**
 * Checks that need the Hunspell dictionaries (spelling, hashtag words): too big for the browser, so
 * the server runs them at submission and as the trainee pauses typing, after the registry's own.
 */
export const DICTIONARY_CHECKS: readonly CheckDefinition[] = [];
