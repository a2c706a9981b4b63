import { describe, expect, it } from 'vitest';
import type { Layout } from './grade';
import { sampleAnswers, sampleQuiz } from './testing';
import { attemptQuestions, attemptReview } from './views';

const quiz = sampleQuiz();
const words = { true: 'True', false: 'False' };
const layout: Layout = [
	{ id: 'single', order: ['c', 'b', 'a'] },
	{ id: 'multi', order: ['d', 'a', 'c', 'b'] },
	{ id: 'tf', order: ['true', 'false'] },
	{ id: 'text', order: [] },
	{ id: 'order', order: ['three', 'one', 'four', 'two'] },
	{ id: 'match', order: ['dog', 'cat'], choices: ['moo', 'cat', 'dog'] },
	{ id: 'post', order: ['bad', 'good'] }
];

describe('the questions sent to the browser', () => {
	const questions = attemptQuestions(quiz, layout, {}, 'en', words);
	const sent = JSON.stringify(questions);

	it('never hold authored ids, answers, feedback or explanations', () => {
		for (const secret of [
			'"correct"',
			'"better"',
			'"accepted"',
			'"pattern"',
			'explanation',
			'Yes, B',
			'Not C',
			'B is right',
			'Hello World',
			'hi+',
			'Clear"',
			'Waffles',
			'"cat"',
			'"good"'
		]) {
			expect(sent, secret).not.toContain(secret);
		}
	});

	it('show options in the attempt’s order, valued by place', () => {
		expect(questions[0]).toMatchObject({
			number: 1,
			name: 'q1',
			type: 'single_choice',
			options: [
				{ value: '1', label: 'C', checked: false },
				{ value: '2', label: 'B', checked: false },
				{ value: '3', label: 'A', checked: false }
			]
		});
		expect(questions[4]).toMatchObject({
			type: 'ordering',
			items: [
				{ name: 'q5-1', label: 'Three', position: null },
				{ name: 'q5-2', label: 'One', position: null },
				{ name: 'q5-3', label: 'Four', position: null },
				{ name: 'q5-4', label: 'Two', position: null }
			]
		});
		expect(questions[5]).toMatchObject({
			type: 'matching',
			prompts: [
				{ name: 'q6-1', label: 'Dog', selected: '' },
				{ name: 'q6-2', label: 'Cat', selected: '' }
			],
			choices: [
				{ value: '1', label: 'Moo' },
				{ value: '2', label: 'Meow' },
				{ value: '3', label: 'Woof' }
			]
		});
	});

	it('bring back saved answers, in French when asked', () => {
		const [single, multi, tf, text, order, match, post] = attemptQuestions(quiz, layout, sampleAnswers, 'fr', words);
		expect(single).toMatchObject({ prompt: 'Pick B (fr)' });
		expect(single.type === 'single_choice' && single.options.map((o) => o.checked)).toEqual([false, true, false]);
		expect(multi.type === 'multiple_response' && multi.options.map((o) => o.checked)).toEqual([false, true, false, true]);
		expect(tf.type === 'true_false' && tf.options.map((o) => o.checked)).toEqual([true, false]);
		expect(text).toMatchObject({ value: 'hello world' });
		expect(order.type === 'ordering' && order.items.map((i) => [i.label, i.position])).toEqual([
			['Trois', 3],
			['Un', 1],
			['Quatre', 4],
			['Deux', 2]
		]);
		expect(match).toMatchObject({ prompts: [{ selected: '3' }, { selected: '2' }] });
		expect(post.type === 'better_post' && post.posts.map((p) => [p.text, p.checked])).toEqual([
			['Waffle (fr)', false],
			['Clear news (fr)', true]
		]);
	});
});

describe('the review of a submitted attempt', () => {
	const answers = { ...sampleAnswers, single: 'c', text: '' };

	it('before answers are revealed, shows only what the trainee answered', () => {
		const review = attemptReview(quiz, layout, answers, 'en', words, false);
		expect(review.every((q) => q.revealed === null)).toBe(true);
		expect(review[0].answer).toEqual(['C']);
		expect(review[3].answer).toEqual([]);
		expect(review[6].posts.map((p) => [p.text, p.chosen, p.why, p.better])).toEqual([
			['Waffle', false, undefined, undefined],
			['Clear news', true, undefined, undefined]
		]);
		const sent = JSON.stringify(review);
		for (const secret of ['B is right', 'Not C', 'Hello World', 'Waffles', 'Clear"']) expect(sent, secret).not.toContain(secret);
	});

	it('once revealed, adds the credit, the right answer, the feedback and why', () => {
		const review = attemptReview(quiz, layout, answers, 'en', words, true);
		expect(review[0].revealed).toEqual({ credit: 0, correct: ['B'], explanation: 'B is right', feedback: ['Not C'] });
		expect(review[4].revealed?.correct).toEqual(['1. One', '2. Two', '3. Three', '4. Four']);
		expect(review[4].answer).toEqual(['1. One', '2. Two', '3. Three', '4. Four']);
		expect(review[5].answer).toEqual(['Dog → Woof', 'Cat → Meow']);
		expect(review[6].posts[1]).toMatchObject({ chosen: true, better: true, why: 'Clear' });
		expect(review[6].revealed?.credit).toBe(1);
	});
});
