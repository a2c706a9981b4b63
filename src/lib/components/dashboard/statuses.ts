import type { ModuleStatus } from '$lib/server/db/schema';

/** Every status a module can be in, in the order a trainee meets them (the filter's order). */
export const MODULE_STATUSES = ['not_started', 'in_progress', 'needs_review', 'needs_revision', 'completed'] as const satisfies readonly ModuleStatus[];
