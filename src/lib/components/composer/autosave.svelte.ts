import type { Answer } from '$lib/exercises/answer';

export type SaveStatus = 'idle' | 'pending' | 'saving' | 'saved' | 'offline' | 'refused';

interface LocalCopy {
	answer: Answer;
	at: number;
}

const DEBOUNCE_MS = 1200;

/**
 * Saves a draft on the server a moment after typing stops, and keeps a copy in this browser
 * until the server has it: a closed tab or a lost connection leaves the copy to restore. The
 * copy is removed as soon as the server confirms, so nothing lingers on a shared computer.
 */
export class Autosave {
	status = $state<SaveStatus>('idle');
	savedAt = $state<number | null>(null);
	message = $state('');
	#timer: ReturnType<typeof setTimeout> | undefined;
	#latest: Answer | null = null;
	#changes = 0;
	#handedOver = false;

	constructor(
		private endpoint: string,
		private storageKey: string,
		private slot: string,
		savedAt: number | null
	) {
		this.savedAt = savedAt;
	}

	static localCopy(storageKey: string): LocalCopy | null {
		try {
			const raw = localStorage.getItem(storageKey);
			return raw ? (JSON.parse(raw) as LocalCopy) : null;
		} catch {
			return null;
		}
	}

	forgetLocal(): void {
		try {
			localStorage.removeItem(this.storageKey);
		} catch {
			// Storage can be switched off; the server copy is what counts.
		}
	}

	changed(answer: Answer): void {
		this.#handedOver = false;
		this.#latest = answer;
		this.#changes++;
		this.status = 'pending';
		try {
			localStorage.setItem(this.storageKey, JSON.stringify({ answer, at: Date.now() } satisfies LocalCopy));
		} catch {
			// Full or disabled storage: the server save below still runs.
		}
		clearTimeout(this.#timer);
		this.#timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
	}

	/** Typed text the server has not confirmed yet (waiting, on its way, or refused). */
	get unsaved(): boolean {
		return !this.#handedOver && this.#latest !== null && this.status !== 'saved' && this.status !== 'idle';
	}

	/**
	 * The form itself carries the text to the server (a submission or a save): no draft save may
	 * follow it and overwrite what was submitted. `settled` says how it went.
	 */
	handOver(): void {
		clearTimeout(this.#timer);
		this.#handedOver = true;
		this.status = 'saving';
	}

	settled(saved: boolean, savedAt?: number): void {
		this.#handedOver = false;
		if (saved) {
			this.#latest = null;
			this.status = 'saved';
			if (savedAt) this.savedAt = savedAt;
			this.forgetLocal();
		} else if (this.#latest) {
			this.status = 'pending';
			this.#timer = setTimeout(() => this.flush(), DEBOUNCE_MS);
		} else {
			this.status = 'idle';
		}
	}

	/**
	 * Sends the latest text now. `keepalive` lets the request outlive the page (a closed tab or a
	 * link to another site), though its answer may never be read: the browser's copy stays until
	 * a later visit finds the server has it.
	 */
	async flush(keepalive = false): Promise<void> {
		clearTimeout(this.#timer);
		if (!this.#latest) return;
		const sent = this.#changes;
		this.status = 'saving';
		try {
			const response = await fetch(this.endpoint, {
				method: 'POST',
				keepalive,
				headers: { 'content-type': 'application/json', accept: 'application/json' },
				body: JSON.stringify({ ...this.#latest, clientSavedAt: Date.now(), slot: this.slot })
			});
			const body = await response.json().catch(() => ({}));
			if (response.ok) {
				this.savedAt = body.savedAt ?? Date.now();
				if (sent === this.#changes) {
					this.#latest = null;
					this.status = 'saved';
					this.forgetLocal();
				}
			} else if (response.status < 500) {
				this.status = 'refused';
				this.message = (Object.values(body.errors ?? {})[0] as string) ?? body.message ?? '';
			} else {
				this.status = 'offline';
			}
		} catch {
			this.status = 'offline';
		}
	}

	/** Call once in the browser: retries a pending save when the connection comes back. */
	watchConnection(): () => void {
		const retry = () => {
			if (this.status === 'offline' || this.status === 'pending') void this.flush();
		};
		window.addEventListener('online', retry);
		return () => {
			window.removeEventListener('online', retry);
			clearTimeout(this.#timer);
		};
	}
}
