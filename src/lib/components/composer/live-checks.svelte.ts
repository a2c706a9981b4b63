import type { Answer } from '$lib/exercises/answer';
import type { CheckResult } from '$lib/exercises/types';

export type LiveStatus = 'idle' | 'checking' | 'ready' | 'unavailable';

/** After the last keystroke: long enough not to ask mid-word, short enough to feel live. */
export const LIVE_DEBOUNCE_MS = 600;

/**
 * Asks the server for the checks only it can run (the scenario's own, the dictionaries') a moment
 * after typing stops, and on leaving a field. A newer request aborts the one in flight, and a
 * response older than the one shown is ignored, so the list always follows the latest text.
 * Offline or refused, the results are dropped (they no longer match the text) and `status` says
 * so; submission still runs every check.
 */
export class LiveChecks {
	results = $state<CheckResult[] | null>(null);
	status = $state<LiveStatus>('idle');
	#timer: ReturnType<typeof setTimeout> | undefined;
	#controller: AbortController | null = null;
	#latest: Answer | null = null;
	#lastSent = '';
	#sent = 0;
	#shown = 0;

	constructor(
		private endpoint: string,
		private slot: string,
		private fetcher: typeof fetch = (...args) => fetch(...args)
	) {}

	changed(answer: Answer): void {
		this.#latest = answer;
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => void this.flush(), LIVE_DEBOUNCE_MS);
	}

	async flush(): Promise<void> {
		clearTimeout(this.#timer);
		if (!this.#latest) return;
		const body = JSON.stringify({ platform: this.#latest.platform, posts: this.#latest.posts, slot: this.slot });
		// A blur right after the pause's request: the answer is already on its way.
		if (body === this.#lastSent && this.status !== 'unavailable') return;
		this.#lastSent = body;
		this.#controller?.abort();
		const controller = (this.#controller = new AbortController());
		const request = ++this.#sent;
		this.status = 'checking';
		try {
			const response = await this.fetcher(this.endpoint, {
				method: 'POST',
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body,
				signal: controller.signal
			});
			const data = await response.json().catch(() => null);
			if (request < this.#shown) return;
			if (!response.ok || !Array.isArray(data?.results)) return this.#unavailable(request);
			this.#shown = request;
			this.results = data.results as CheckResult[];
			if (request === this.#sent) this.status = 'ready';
		} catch {
			if (!controller.signal.aborted) this.#unavailable(request);
		}
	}

	#unavailable(request: number): void {
		if (request !== this.#sent) return;
		this.results = null;
		this.status = 'unavailable';
		// Asked again as soon as anything changes, or the connection returns.
		this.#lastSent = '';
	}

	/** Call once in the browser: asks again when the connection returns; the cleanup stops everything. */
	watchConnection(): () => void {
		const retry = () => {
			if (this.status === 'unavailable') void this.flush();
		};
		window.addEventListener('online', retry);
		return () => {
			window.removeEventListener('online', retry);
			clearTimeout(this.#timer);
			this.#controller?.abort();
		};
	}
}
