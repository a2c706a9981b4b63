// How the outbox is delivered: pure rules, no database.

/** A sender holds a claimed message this long; a sender that crashed lets it go when it lapses. */
export const CLAIM_LEASE_MS = 2 * 60_000;
/** Each SMTP step must answer well within the lease, so a slow server cannot outlive a claim. */
export const SMTP_TIMEOUT_MS = 30_000;
/** The first retry waits a minute, then each waits twice as long as the last, up to an hour. */
export const RETRY = { firstMs: 60_000, maxMs: 60 * 60_000 } as const;
/** After this many failed attempts (about 14 hours) a message is marked undelivered; admins see it. */
export const MAX_ATTEMPTS = 20;
/** Messages a sender claims in one pass. */
export const BATCH_SIZE = 20;

/** When a message that has failed `attempts` times (1 or more) is tried again. */
export function nextAttemptAt(attempts: number, now: number): number {
	const wait = Math.min(RETRY.maxMs, RETRY.firstMs * 2 ** Math.max(0, attempts - 1));
	return now + wait;
}

/** Whether a message that has now failed `attempts` times is given up on. */
export function givesUp(attempts: number): boolean {
	return attempts >= MAX_ATTEMPTS;
}

/** What is kept of an error: its message, on one line, short enough for the outbox page. */
export function describeError(error: unknown): string {
	const text = error instanceof Error ? error.message : String(error);
	return text.replace(/\s+/g, ' ').trim().slice(0, 500) || 'unknown error';
}

/** A Message-ID fixed when the message is written: a second delivery carries the same one. */
export function messageIdFor(outboxId: string, origin: string): string {
	let host = 'bootcamp.invalid';
	try {
		host = new URL(origin).hostname || host;
	} catch {
		// An unusable origin still gives a valid, unique id.
	}
	return `<${outboxId}@${host}>`;
}
