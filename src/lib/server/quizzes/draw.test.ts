import { describe, expect, it } from 'vitest';
import { drawLayout, reconcileLayout, shuffled } from './draw';
import { sampleQuiz } from './testing';

/** A seeded generator (mulberry32), so a failing draw can be replayed. */
function seeded(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

describe('drawing an attempt', () => {
	it('keeps every question in authored order when nothing is shuffled', () => {
		const layout = drawLayout(sampleQuiz(), seeded(1));
		expect(layout.map((q) => q.id)).toEqual(['single', 'multi', 'tf', 'text', 'order', 'match', 'post']);
		expect(layout[0].order).toEqual(['a', 'b', 'c']);
		expect(layout[2].order).toEqual(['true', 'false']);
	});

	it('always scrambles ordering items and matching answers, whose authored order is the key', () => {
		for (let seed = 0; seed < 50; seed++) {
			const layout = drawLayout(sampleQuiz(), seeded(seed));
			expect(layout[4].order).not.toEqual(['one', 'two', 'three', 'four']);
			expect([...layout[4].order].sort()).toEqual(['four', 'one', 'three', 'two']);
			expect(layout[5].choices).not.toEqual(['cat', 'dog', 'moo']);
			expect([...layout[5].choices!].sort()).toEqual(['cat', 'dog', 'moo']);
		}
	});

	it('draws N distinct questions from the pool, in authored order unless shuffled', () => {
		const seen = new Set<string>();
		for (let seed = 0; seed < 40; seed++) {
			const ids = drawLayout(sampleQuiz({ draw: 3 }), seeded(seed)).map((q) => q.id);
			expect(ids).toHaveLength(3);
			expect(new Set(ids).size).toBe(3);
			const pool = ['single', 'multi', 'tf', 'text', 'order', 'match', 'post'];
			expect(ids).toEqual(pool.filter((id) => ids.includes(id)));
			ids.forEach((id) => seen.add(id));
		}
		expect(seen.size).toBe(7);
	});

	it('shuffles questions and options when asked', () => {
		const orders = new Set<string>();
		const options = new Set<string>();
		for (let seed = 0; seed < 30; seed++) {
			const layout = drawLayout(sampleQuiz({ shuffle_questions: true, shuffle_options: true }), seeded(seed));
			orders.add(layout.map((q) => q.id).join());
			options.add(layout.find((q) => q.id === 'single')!.order.join());
		}
		expect(orders.size).toBeGreaterThan(10);
		expect(options.size).toBe(6);
	});

	it('shuffles without losing or repeating anything', () => {
		const list = Array.from({ length: 20 }, (_, i) => i);
		expect(shuffled(list, seeded(7)).sort((a, b) => a - b)).toEqual(list);
	});
});

describe('an attempt after its quiz was edited', () => {
	it('drops removed questions and options and appends new options', () => {
		const quiz = sampleQuiz();
		const layout = [
			{ id: 'single', order: ['c', 'gone', 'a'] },
			{ id: 'removed', order: [] },
			{ id: 'match', order: ['dog'], choices: ['moo', 'dog'] }
		];
		expect(reconcileLayout(quiz, layout)).toEqual([
			{ id: 'single', order: ['c', 'a', 'b'] },
			{ id: 'match', order: ['dog', 'cat'], choices: ['moo', 'dog', 'cat'] }
		]);
	});
});
