import { describe, expect, it } from 'vitest';
import { gapsIn, responsesFromForm } from './form';
import type { Layout } from './grade';
import { sampleQuiz } from './testing';

const quiz = sampleQuiz();
// As shown: options in a shuffled order, so places (1, 2, …) differ from authored positions.
const layout: Layout = [
	{ id: 'single', order: ['c', 'b', 'a'] },
	{ id: 'multi', order: ['d', 'a', 'c', 'b'] },
	{ id: 'tf', order: ['true', 'false'] },
	{ id: 'text', order: [] },
	{ id: 'order', order: ['three', 'one', 'four', 'two'] },
	{ id: 'match', order: ['dog', 'cat'], choices: ['moo', 'cat', 'dog'] },
	{ id: 'post', order: ['bad', 'good'] }
];

const form = (entries: [string, string][]) => {
	const data = new FormData();
	for (const [name, value] of entries) data.append(name, value);
	return data;
};

describe('reading a submitted form', () => {
	it('translates places back to authored ids', () => {
		const responses = responsesFromForm(
			quiz,
			layout,
			form([
				['q1', '2'],
				['q2', '2'],
				['q2', '4'],
				['q3', '1'],
				['q4', ' Hello  World '],
				['q5-1', '3'],
				['q5-2', '1'],
				['q5-3', '4'],
				['q5-4', '2'],
				['q6-1', '3'],
				['q6-2', '2'],
				['q7', '2']
			])
		);
		expect(responses).toEqual({
			single: 'b',
			multi: ['a', 'b'],
			tf: true,
			text: ' Hello  World ',
			order: { three: 3, one: 1, four: 4, two: 2 },
			match: { dog: 'dog', cat: 'cat' },
			post: 'good'
		});
	});

	it('drops places out of range and anything that is not a place', () => {
		const responses = responsesFromForm(
			quiz,
			layout,
			form([
				['q1', '4'],
				['q2', '0'],
				['q2', 'b'],
				['q2', '1'],
				['q3', '2'],
				['q5-1', '9'],
				['q5-2', '-1'],
				['q6-1', ''],
				['q7', '1.5']
			])
		);
		expect(responses).toEqual({ single: null, multi: ['d'], tf: false, text: '', order: {}, match: {}, post: null });
	});

	it('caps very long text', () => {
		const responses = responsesFromForm(quiz, layout, form([['q4', 'x'.repeat(5000)]]));
		expect((responses.text as string).length).toBe(500);
	});
});

describe('what is left undone', () => {
	it('lists unanswered questions by number, repeated positions and missing pairs', () => {
		const responses = { single: 'b', multi: [], tf: null, text: '  ', order: { one: 1, two: 1, three: 3, four: 4 }, match: { cat: 'cat' }, post: 'good' };
		expect(gapsIn(quiz, layout, responses)).toEqual([
			{ number: 2, problem: 'unanswered' },
			{ number: 3, problem: 'unanswered' },
			{ number: 4, problem: 'unanswered' },
			{ number: 5, problem: 'positions_repeat' },
			{ number: 6, problem: 'pairs_missing' }
		]);
	});

	it('finds nothing in a complete attempt', () => {
		const responses = {
			single: 'a',
			multi: ['c'],
			tf: false,
			text: 'x',
			order: { one: 4, two: 3, three: 2, four: 1 },
			match: { cat: 'moo', dog: 'moo' },
			post: 'bad'
		};
		expect(gapsIn(quiz, layout, responses)).toEqual([]);
	});
});
