// The roster × module matrix's filters and sorting, read from GET parameters so that they
// work without JavaScript. A value that makes no sense falls back to "all" instead of failing.
import { z } from 'zod';
import { MODULE_STATUSES, SORTS, STANDING_FILTERS } from '$lib/dashboards/statuses';
import type { MatrixQuery, TraineeProgress } from '$lib/dashboards/types';
import { DEFAULT_INACTIVE_DAYS } from './cohort';
/** Rows per page of the matrix: about 100 KB of HTML, for slow government networks. */
export const PAGE_SIZE = 50;

const querySchema = z.object({
	ministry: z.string().trim().max(200).catch(''),
	standing: z.enum(STANDING_FILTERS).nullable().catch(null),
	status: z.enum(MODULE_STATUSES).nullable().catch(null),
	module: z.string().max(100).nullable().catch(null),
	sort: z.enum(SORTS).catch('name'),
	page: z.coerce.number().int().min(1).max(100_000).catch(1),
	/** Days without activity that put someone at risk. */
	inactive: z.coerce.number().int().min(1).max(365).catch(DEFAULT_INACTIVE_DAYS)
}) satisfies z.ZodType<MatrixQuery>;

export function parseMatrixQuery(params: URLSearchParams): MatrixQuery {
	const raw = Object.fromEntries(['ministry', 'standing', 'status', 'module', 'sort', 'page', 'inactive'].map((key) => [key, params.get(key) || undefined]));
	return querySchema.parse(raw);
}

const collator = new Intl.Collator('en-CA', { sensitivity: 'base', numeric: true });

const comparators: Record<MatrixQuery['sort'], (a: TraineeProgress, b: TraineeProgress) => number> = {
	name: () => 0,
	progress_asc: (a, b) => a.completed - b.completed,
	progress_desc: (a, b) => b.completed - a.completed,
	// Never active first, then the longest silence.
	activity: (a, b) => (a.lastActiveAt ?? -1) - (b.lastActiveAt ?? -1)
};

function matches(trainee: TraineeProgress, query: MatrixQuery, moduleIndex: number): boolean {
	if (query.ministry && trainee.ministry !== query.ministry) return false;
	if (query.standing === 'at_risk' ? trainee.risks.length === 0 : query.standing && trainee.standing !== query.standing) return false;
	if (query.status) return moduleIndex >= 0 ? trainee.statuses[moduleIndex] === query.status : trainee.statuses.includes(query.status);
	return true;
}

interface MatrixPage {
	rows: TraineeProgress[];
	/** People matching the filters, on every page. */
	matching: number;
	page: number;
	pages: number;
}

export function applyMatrixQuery(trainees: TraineeProgress[], moduleSlugs: string[], query: MatrixQuery, pageSize = PAGE_SIZE): MatrixPage {
	const moduleIndex = query.module ? moduleSlugs.indexOf(query.module) : -1;
	const compare = comparators[query.sort];
	const rows = trainees.filter((t) => matches(t, query, moduleIndex)).sort((a, b) => compare(a, b) || collator.compare(a.name, b.name));
	const pages = Math.max(1, Math.ceil(rows.length / pageSize));
	const page = Math.min(query.page, pages);
	return { rows: rows.slice((page - 1) * pageSize, page * pageSize), matching: rows.length, page, pages };
}

/** The distinct ministries of the cohort, for the filter's choices. */
export function ministriesOf(trainees: TraineeProgress[]): string[] {
	return [...new Set(trainees.map((t) => t.ministry).filter(Boolean))].sort(collator.compare);
}
