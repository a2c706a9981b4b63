/** Every status a module can be in, in the order a trainee meets them (the filter's order). */
export const MODULE_STATUSES = ['not_started', 'in_progress', 'needs_review', 'needs_revision', 'completed'] as const;

export type ModuleStatus = (typeof MODULE_STATUSES)[number];

/** The matrix's standing filter: a standing, or anyone with a risk. */
export const STANDING_FILTERS = ['behind', 'at_risk', 'on_track', 'finished'] as const;
export const SORTS = ['name', 'progress_asc', 'progress_desc', 'activity'] as const;
