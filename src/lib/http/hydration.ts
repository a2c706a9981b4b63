import type { Transport } from '@sveltejs/kit';

/**
 * A page with `csr = false` ships no JavaScript, yet SvelteKit still serializes its load's data
 * (devalue) for a hydration script it then leaves out: on a lesson page that was a fifth of the
 * server's time. Data marked here is skipped by that serializer, through the `transport` hook.
 *
 * Only the HTML answer is skipped: a `__data.json` request (a client-side navigation from a page
 * with JavaScript, or a hover preload) does read the data, so it is not marked there.
 */
const notSerialized = new WeakSet<object>();

/** The data of a page without JavaScript, in its `load`: returned as is, not serialized into the HTML. */
export function renderedOnServer<T extends object>(event: { isDataRequest: boolean }, data: T): T {
	if (!event.isDataRequest) notSerialized.add(data);
	return data;
}

let observe: (() => void) | undefined;

/** The server counts what the serializer visits (REQUEST_METRICS=true): see request-metrics.ts. */
export function observeSerialization(callback: () => void): void {
	observe = callback;
}

const SKIPPED = 'rendered-on-server';

export const hydrationTransport: Transport = {
	RenderedOnServer: {
		// Called by devalue for every object it serializes: skip the marked ones whole.
		encode: (value) => {
			if (notSerialized.has(value as object)) return SKIPPED;
			observe?.();
			return false;
		},
		// Never reached: no hydration script is sent with marked data.
		decode: () => undefined
	}
};
