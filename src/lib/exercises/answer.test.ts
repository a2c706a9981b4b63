import { describe, expect, it } from 'vitest';
import { blankAnswer, langOf, postRange, toPostInputs, type AnswerShape } from './answer';

const shape = (task: AnswerShape['task'], extra: Partial<AnswerShape> = {}): AnswerShape => ({
	task,
	language: 'en',
	images: 1,
	thread: { min: 2, max: 4 },
	...extra
});

describe('answer shapes', () => {
	it('a bilingual pair is English then French, each with the images', () => {
		expect(postRange(shape('bilingual'))).toEqual({ min: 2, max: 2 });
		expect(blankAnswer(shape('bilingual'), 'x').posts).toEqual([
			{ text: '', alts: [''] },
			{ text: '', alts: [''] }
		]);
		expect([langOf(shape('bilingual', { language: 'fr' }), 0), langOf(shape('bilingual'), 1)]).toEqual(['en', 'fr']);
	});

	it('a thread starts at its minimum, with the images on its first post', () => {
		expect(blankAnswer(shape('thread'), 'x').posts).toEqual([
			{ text: '', alts: [''] },
			{ text: '', alts: [] }
		]);
	});

	it('a French compose exercise writes French', () => {
		const posts = toPostInputs(shape('compose', { language: 'fr' }), { platform: 'x', posts: [{ text: 'Bonjour', alts: [] }] });
		expect(posts).toEqual([{ text: 'Bonjour', lang: 'fr', alts: [''] }]);
	});
});
