import type { Kysely } from 'kysely';
import type { DB, ModuleProgressTable, ModuleStatus } from '../db/schema';
import type { Course } from '../content/types';
import { progressModule } from './events';
import { nextStep, stepPath, type NextStep } from './next-step';
import { moduleProgressFor } from './repository';
import { factsOfRow, opensNext, type ModuleFacts } from './status';

async function courseProgress(db: Kysely<DB>, course: Course, cohortId: string, userId: string) {
	return progressFromRows(course, await moduleProgressFor(db, cohortId, userId));
}

/** A trainee's progress rows read as each module's facts and status, and the modules that open others. */
export function progressFromRows(course: Course, rows: readonly ModuleProgressTable[]) {
	const progress = new Map<string, { facts: ModuleFacts; status: ModuleStatus }>();
	const opened = new Set<string>();
	for (const row of rows) {
		const module = course.modules.find((m) => m.slug === row.module_slug);
		if (!module) continue;
		const facts = factsOfRow(row);
		progress.set(row.module_slug, { facts, status: row.status });
		if (opensNext(progressModule(module), facts, row.status, course.unlock)) opened.add(row.module_slug);
	}
	return { progress, opened };
}

/** The modules of a course that open the modules requiring them, for one trainee, under the course's unlock rule. */
export async function openedModules(db: Kysely<DB>, course: Course, cohortId: string, userId: string): Promise<Set<string>> {
	return (await courseProgress(db, course, cohortId, userId)).opened;
}

export interface ContinueLink {
	step: NextStep;
	/** Path under the site root, before localization. */
	path: string;
	/** The module's title in the reader's language, when the step is in a module. */
	moduleTitle: string | null;
}

/** Where the trainee's "Continue" leads in a course, and the module it is in. */
export async function continueLink(db: Kysely<DB>, course: Course, cohortId: string, userId: string, locale: 'en' | 'fr'): Promise<ContinueLink> {
	const { progress, opened } = await courseProgress(db, course, cohortId, userId);
	const step = nextStep(course.modules.map(progressModuleWithRequires), progress, opened);
	const module = step.kind === 'done' ? undefined : course.modules.find((m) => m.slug === step.module);
	return { step, path: stepPath(course.slug, step), moduleTitle: module?.title[locale] ?? null };
}

const progressModuleWithRequires = (module: Course['modules'][number]) => ({ ...progressModule(module), requires: module.requires });
