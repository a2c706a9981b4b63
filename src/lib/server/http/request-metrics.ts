import { AsyncLocalStorage } from 'node:async_hooks';
import type { KyselyPlugin } from 'kysely';

/**
 * What one request cost, counted only when REQUEST_METRICS=true (the page budgets' test and the
 * bench turn it on): database queries, and objects SvelteKit serialized for hydration.
 */
export interface RequestMetrics {
	queries: number;
	serializedObjects: number;
}

const current = new AsyncLocalStorage<RequestMetrics>();

/** Runs one request with its own counters; `report` receives them once its response is ready. */
export function measured<T>(work: () => Promise<T>): Promise<{ metrics: RequestMetrics; result: T }> {
	const metrics: RequestMetrics = { queries: 0, serializedObjects: 0 };
	return current.run(metrics, async () => ({ metrics, result: await work() }));
}

export function countSerializedObject(): void {
	const metrics = current.getStore();
	if (metrics) metrics.serializedObjects++;
}

/** A Kysely plugin counting every query that ran, inside a request being measured. */
export const queryCounter: KyselyPlugin = {
	transformQuery: ({ node }) => node,
	transformResult: async ({ result }) => {
		const metrics = current.getStore();
		if (metrics) metrics.queries++;
		return result;
	}
};
