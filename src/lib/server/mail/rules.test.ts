import { describe, expect, it } from 'vitest';
import { CLAIM_LEASE_MS, MAX_ATTEMPTS, SMTP_TIMEOUT_MS, describeError, givesUp, messageIdFor, nextAttemptAt } from './rules';

describe('retries', () => {
	it('wait a minute, then twice as long each time, never more than an hour', () => {
		const waits = [1, 2, 3, 4, 5, 6, 7, 8, 30].map((n) => nextAttemptAt(n, 1000) - 1000);
		expect(waits.slice(0, 6)).toEqual([60_000, 120_000, 240_000, 480_000, 960_000, 1_920_000]);
		expect(waits[6]).toBe(3_600_000);
		expect(waits[8]).toBe(3_600_000);
	});
	it('give up only after many attempts', () => {
		expect(givesUp(1)).toBe(false);
		expect(givesUp(MAX_ATTEMPTS - 1)).toBe(false);
		expect(givesUp(MAX_ATTEMPTS)).toBe(true);
	});
	it('let a stalled SMTP server fail a send (connect, greeting, then a silent socket) before its claim lapses', () => {
		expect(3 * SMTP_TIMEOUT_MS).toBeLessThan(CLAIM_LEASE_MS);
	});
});

describe('message ids and errors', () => {
	it('name the site and stay the same for the same message', () => {
		expect(messageIdFor('abc', 'https://bootcamp.example.ca')).toBe('<abc@bootcamp.example.ca>');
		expect(messageIdFor('abc', 'not a url')).toBe('<abc@bootcamp.invalid>');
	});
	it('keep an error short and on one line', () => {
		expect(describeError(new Error('connect ECONNREFUSED\n127.0.0.1:25'))).toBe('connect ECONNREFUSED 127.0.0.1:25');
		expect(describeError('x'.repeat(1000))).toHaveLength(500);
	});
});
