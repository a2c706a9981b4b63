import { describe, expect, it } from 'vitest';
import type { AnswerShape } from '../../exercises/answer';
import { answerToShow, applyThreadIntent, readAnswerForm, readDrillForm, validateAnswer } from './form';

const thread: AnswerShape = { task: 'thread', language: 'en', images: 1, thread: { min: 2, max: 3 } };
const form = (fields: Record<string, string>) => {
	const data = new FormData();
	for (const [key, value] of Object.entries(fields)) data.append(key, value);
	return data;
};

describe('the composer’s form fields', () => {
	it('reads posts and alt texts in order, and Windows line ends as one', () => {
		expect(readAnswerForm(form({ platform: 'bluesky', 'post-0': 'One\r\ntwo', 'alt-0-0': 'A nurse', 'post-1': 'Three' }), 'x')).toEqual({
			platform: 'bluesky',
			posts: [
				{ text: 'One\ntwo', alts: ['A nurse'] },
				{ text: 'Three', alts: [] }
			]
		});
		expect(readAnswerForm(form({}), 'x')).toEqual({ platform: 'x', posts: [] });
	});

	it('adds and removes thread posts within the scenario’s range', () => {
		const two = {
			platform: 'x' as const,
			posts: [
				{ text: 'a', alts: [''] },
				{ text: 'b', alts: [] }
			]
		};
		const three = applyThreadIntent(thread, two, 'add_post');
		expect(three.posts).toHaveLength(3);
		expect(applyThreadIntent(thread, three, 'add_post').posts).toHaveLength(3);
		expect(applyThreadIntent(thread, two, 'remove_post').posts).toHaveLength(2);
		expect(applyThreadIntent(thread, three, 'remove_post')).toEqual(two);
	});

	it('refuses an unknown platform, a wrong number of posts and text beyond the limits', () => {
		const result = validateAnswer(thread, ['x'], { platform: 'myspace' as 'x', posts: [{ text: 'a'.repeat(10_001), alts: [''] }] });
		expect(result.ok ? {} : result.errors).toEqual({
			platform: 'Choose one of the platforms this exercise offers.',
			form: 'This exercise needs between 2 and 3 posts.',
			'post-0': expect.stringContaining('at most 10,000 characters')
		});
	});

	it('puts a refused answer back on a platform the composer can show, keeping the text', () => {
		const typed = { platform: 'myspace' as 'x', posts: [{ text: 'Hello', alts: [] }] };
		expect(answerToShow(typed, ['bluesky', 'x'])).toEqual({ platform: 'bluesky', posts: [{ text: 'Hello', alts: [] }] });
		expect(answerToShow({ ...typed, platform: 'x' }, ['bluesky', 'x']).platform).toBe('x');
		const huge = answerToShow({ platform: 'x', posts: [{ text: 'é'.repeat(20_000), alts: ['a'.repeat(5_000)] }] }, ['x']);
		expect([...huge.posts[0].text]).toHaveLength(10_000);
		expect(huge.posts[0].alts[0].length).toBeLessThan(5_000);
	});

	it('reads a drill answer', () => {
		expect(readDrillForm(form({ runId: 'r', injectId: 'i', answer: 'Hi\r\nthere' }))).toEqual({ runId: 'r', injectId: 'i', text: 'Hi\nthere' });
	});
});
