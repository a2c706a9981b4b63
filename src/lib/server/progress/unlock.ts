import type { Kysely } from 'kysely';
import type { DB } from '../db/schema';
import type { Course } from '../content/types';
import { progressModule } from './events';
import { moduleProgressFor } from './repository';
import { factsOfRow, opensNext } from './status';

/** The modules of a course that open the modules requiring them, for one trainee, under the course's unlock rule. */
export async function openedModules(db: Kysely<DB>, course: Course, cohortId: string, userId: string): Promise<Set<string>> {
	const rows = await moduleProgressFor(db, cohortId, userId);
	const opened = new Set<string>();
	for (const row of rows) {
		const module = course.modules.find((m) => m.slug === row.module_slug);
		if (module && opensNext(progressModule(module), factsOfRow(row), row.status, course.unlock)) opened.add(row.module_slug);
	}
	return opened;
}
