import type { SideFileValidator } from './load';

/**
 * Validators for the files beside a lesson that other domains own. The quizzes and
 * exercises domains register theirs here, so `courses:check` and the server check alike.
 */
export const sideFileValidators: Record<string, SideFileValidator> = {};
