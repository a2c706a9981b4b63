import type { CompletionRule, CourseSetting, UnlockRule } from './schema';

import type { Locale } from '$lib/paraglide/runtime';

export type { Locale };
export type Localized<T> = Record<Locale, T>;

export interface ContentError {
	file: string;
	field: string;
	message: string;
}

export interface CourseModule {
	slug: string;
	/** Folder path from the repository root, e.g. courses/social-media-bootcamp/01-welcome */
	dir: string;
	position: number;
	title: Localized<string>;
	objectives: Localized<string[]>;
	minutes: number;
	requires: string[];
	/** The raw quiz.yaml / exercise.yaml, read by their own domains on the server. */
	quizSource: string | null;
	exerciseSource: string | null;
	/** Hash of the module's source files: recorded with every event so later edits are traceable. */
	version: string;
}

export interface Course {
	slug: string;
	dir: string;
	title: Localized<string>;
	summary: Localized<string>;
	estimatedHours: number;
	completion: CompletionRule;
	/** Whether a submitted exercise opens the next modules (on_submit) or only an approved one (on_approval). */
	unlock: UnlockRule;
	/** Values each cohort's instructor may change, shown in lessons by <Setting name="…" />. */
	settings: Record<string, CourseSetting>;
	modules: CourseModule[];
	version: string;
}
