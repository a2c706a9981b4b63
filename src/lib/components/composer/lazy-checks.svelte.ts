import type { ChecksInput } from '$lib/exercises/registry';
import type { CheckResult } from '$lib/exercises/types';

type Registry = typeof import('$lib/exercises/registry');

/**
 * The check registry (language trigrams, word lists: about 100 KB compressed) is not part of the
 * exercise page's first load in the browser: it arrives when the trainee first focuses or changes
 * an answer. The server always has it, so the page renders its results without JavaScript.
 */
let registry = $state.raw<Registry | null>(import.meta.env.SSR ? await import('$lib/exercises/registry') : null);
let loading: Promise<unknown> | null = null;

/** Starts fetching the registry, once; after a failed download the next call tries again. */
export function loadChecks(): void {
	loading ??= import('$lib/exercises/registry').then(
		(module) => (registry = module),
		() => (loading = null)
	);
}

/** The browser's checks of this input, or null while the registry is on its way. */
export const runChecksNow = (input: ChecksInput): CheckResult[] | null => registry?.runChecks(input).results ?? null;

/** A short fingerprint of a checks input: the results the server rendered stand only for the same input. */
function fingerprint(input: ChecksInput): string {
	const text = JSON.stringify(input);
	let hash = 0x811c9dc5;
	for (let i = 0; i < text.length; i++) hash = Math.imul(hash ^ text.charCodeAt(i), 0x01000193);
	return `${text.length.toString(36)}.${(hash >>> 0).toString(36)}`;
}

interface Rendered {
	input: string;
	results: CheckResult[];
}

/**
 * The results the server rendered for the first input, carried in the page (JSON in the `data-checks`
 * attribute of an empty element, `id`) so the browser hydrates the same list before the registry
 * arrives. The server `keep`s them (those of the posts shown); the browser reads them back, if the
 * server rendered the page (not after a client-side navigation).
 */
export class RenderedChecks {
	json = '';
	#rendered: Rendered | null = null;

	constructor(id: string) {
		if (import.meta.env.SSR) return;
		this.json = document.getElementById(id)?.dataset.checks ?? '';
		if (this.json) this.#rendered = JSON.parse(this.json) as Rendered;
	}

	/** On the server: the results to carry into the page for this input. */
	keep(input: ChecksInput, results: CheckResult[]): void {
		if (!import.meta.env.SSR) return;
		this.#rendered = { input: fingerprint(input), results };
		this.json = JSON.stringify(this.#rendered);
	}

	/** The server's results if this is still the input it checked, else null. */
	resultsFor(input: ChecksInput): CheckResult[] | null {
		return this.#rendered && this.#rendered.input === fingerprint(input) ? this.#rendered.results : null;
	}
}
