import { describe, expect, it } from 'vitest';
import { SlidingWindowLimiter } from './rate-limit';

describe('sliding window limiter', () => {
	it('allows up to the limit per key within the window, then says when to come back', () => {
		const limiter = new SlidingWindowLimiter(3, 60_000);
		for (const at of [0, 10_000, 20_000]) expect(limiter.hit('1.2.3.4', at)).toEqual({ allowed: true });
		expect(limiter.hit('1.2.3.4', 30_000)).toEqual({ allowed: false, retryAfterSeconds: 30 });
		expect(limiter.hit('5.6.7.8', 30_000)).toEqual({ allowed: true });
	});

	it('frees a slot as the oldest request leaves the window', () => {
		const limiter = new SlidingWindowLimiter(2, 60_000);
		limiter.hit('a', 0);
		limiter.hit('a', 1_000);
		expect(limiter.hit('a', 59_999).allowed).toBe(false);
		expect(limiter.hit('a', 60_001).allowed).toBe(true);
	});

	it('does not count refused requests, so waiting is enough', () => {
		const limiter = new SlidingWindowLimiter(1, 10_000);
		limiter.hit('a', 0);
		for (let at = 1_000; at < 10_000; at += 1_000) expect(limiter.hit('a', at).allowed).toBe(false);
		expect(limiter.hit('a', 10_001).allowed).toBe(true);
	});

	it('keeps at most maxKeys addresses, forgetting the least recent', () => {
		const limiter = new SlidingWindowLimiter(1, 60_000, 2);
		limiter.hit('a', 0);
		limiter.hit('b', 1);
		limiter.hit('c', 2);
		expect(limiter.hit('a', 3).allowed).toBe(true);
		expect(limiter.hit('c', 4).allowed).toBe(false);
	});
});
