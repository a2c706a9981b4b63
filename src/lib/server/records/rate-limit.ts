/**
 * A sliding-window limit kept in memory, per key (a client's address). Enough for one server
 * process: the verification pages only need to make guessing codes slow, not impossible.
 */
export class SlidingWindowLimiter {
	private hits = new Map<string, number[]>();

	constructor(
		readonly limit: number,
		readonly windowMs: number,
		private readonly maxKeys = 10_000
	) {}

	/** Counts one request; when over the limit, says how many seconds until the next is allowed. */
	hit(key: string, now = Date.now()): { allowed: true } | { allowed: false; retryAfterSeconds: number } {
		const recent = (this.hits.get(key) ?? []).filter((at) => at > now - this.windowMs);
		if (recent.length >= this.limit) {
			this.hits.set(key, recent);
			return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((recent[0] + this.windowMs - now) / 1000)) };
		}
		recent.push(now);
		this.hits.delete(key);
		this.hits.set(key, recent);
		// Forget the least recently seen addresses first, so memory stays bounded.
		if (this.hits.size > this.maxKeys) this.hits.delete(this.hits.keys().next().value!);
		return { allowed: true };
	}
}
