import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { CheckResult } from '$lib/exercises/types';
import { LIVE_DEBOUNCE_MS, LiveChecks } from './live-checks.svelte';
import { shownResults, visiblePosts } from './shown-results';

const result = (message: string, post = 0): CheckResult => ({
	check: 'scenario',
	title: { en: 'The scenario’s own check', fr: 'Vérification propre au scénario' },
	severity: 'warning',
	post,
	passed: false,
	messages: [{ en: message, fr: message }],
	guidance: { en: 'the scenario', fr: 'le scénario' },
	hidden: true
});
const answer = (text: string) => ({ platform: 'x' as const, posts: [{ text, alts: [] }] });

/** A server whose answers the test releases one by one, in any order. */
function fakeServer({ honoursAbort = true } = {}) {
	const calls: { body: string; signal: AbortSignal; answer: (status: number, body: unknown) => void; fail: () => void }[] = [];
	const fetcher = ((_url: string, init: RequestInit) =>
		new Promise<Response>((resolve, reject) => {
			if (honoursAbort) init.signal!.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError')));
			calls.push({
				body: String(init.body),
				signal: init.signal!,
				answer: (status, body) => resolve(new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } })),
				fail: () => reject(new TypeError('Failed to fetch'))
			});
		})) as typeof fetch;
	return { calls, fetcher };
}

beforeEach(() => vi.useFakeTimers());
afterEach(() => vi.useRealTimers());

describe('the composer’s live server checks', () => {
	it('asks once, 600 ms after the last keystroke, with the latest text', async () => {
		const server = fakeServer();
		const live = new LiveChecks('/checks', '', server.fetcher);
		live.changed(answer('F'));
		await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS - 100);
		live.changed(answer('Fl'));
		await vi.advanceTimersByTimeAsync(LIVE_DEBOUNCE_MS - 1);
		expect(server.calls).toHaveLength(0);
		await vi.advanceTimersByTimeAsync(1);
		expect(server.calls.map((c) => JSON.parse(c.body))).toEqual([{ platform: 'x', posts: [{ text: 'Fl', alts: [] }], slot: '' }]);
		server.calls[0].answer(200, { results: [result('Give the deadline.')] });
		await vi.runAllTimersAsync();
		expect(live.results).toEqual([result('Give the deadline.')]);
		expect(live.status).toBe('ready');
		// Leaving the field right after: the same text is not sent again.
		await live.flush();
		expect(server.calls).toHaveLength(1);
	});

	it('aborts the request in flight when the text changes, and never shows an older answer over a newer one', async () => {
		const server = fakeServer();
		const live = new LiveChecks('/checks', 'drill:run:inject', server.fetcher);
		live.changed(answer('one'));
		void live.flush();
		live.changed(answer('two'));
		void live.flush();
		expect(server.calls[0].signal.aborted).toBe(true);
		expect(JSON.parse(server.calls[1].body).slot).toBe('drill:run:inject');

		// A response already on its way cannot be aborted: the answer for "three" arrives first, "two"'s after it.
		const late = fakeServer({ honoursAbort: false });
		const other = new LiveChecks('/checks', '', late.fetcher);
		other.changed(answer('two'));
		void other.flush();
		other.changed(answer('three'));
		void other.flush();
		late.calls[1].answer(200, { results: [result('for three')] });
		await vi.runAllTimersAsync();
		late.calls[0].answer(200, { results: [result('for two')] });
		await vi.runAllTimersAsync();
		expect(other.results?.[0].messages[0].en).toBe('for three');
		expect(other.status).toBe('ready');
	});

	it('drops its results and says so when offline or refused, and asks again when the connection returns', async () => {
		const server = fakeServer();
		const live = new LiveChecks('/checks', '', server.fetcher);
		live.changed(answer('Flu shots'));
		void live.flush();
		server.calls[0].answer(200, { results: [result('Bring your health card.')] });
		await vi.runAllTimersAsync();
		live.changed(answer('Flu shots are free'));
		void live.flush();
		server.calls[1].fail();
		await vi.runAllTimersAsync();
		expect(live).toMatchObject({ status: 'unavailable', results: null });

		// Sent again even though the text has not changed since.
		void live.flush();
		server.calls[2].answer(429, { message: 'Too many checks' });
		await vi.runAllTimersAsync();
		expect(live.status).toBe('unavailable');
		void live.flush();
		server.calls[3].answer(200, { results: [] });
		await vi.runAllTimersAsync();
		expect(live).toMatchObject({ status: 'ready', results: [] });
	});
});

describe('what the checks list shows', () => {
	const browser = [
		{ ...result('This post is empty.', 0), hidden: undefined },
		{ ...result('The French is missing.', 1), hidden: undefined }
	];

	it('nothing for an untouched empty post; everything once typed in (even emptied again) or when it came with text', () => {
		expect(visiblePosts(['', ''], [false, false])).toEqual([false, false]);
		expect(visiblePosts(['', 'Bonjour'], [true, false])).toEqual([true, true]);
		const shown = shownResults(browser, [result('Give the deadline.', 1)], [false, true]);
		expect(shown.map((r) => [r.messages[0].en, r.server ?? false])).toEqual([
			['The French is missing.', false],
			['Give the deadline.', true]
		]);
		expect(shownResults(browser, null, [false, false])).toEqual([]);
	});
});
