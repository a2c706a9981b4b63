import { describe, expect, it } from 'vitest';
import { blankAnswer, langOf, modelPost, postRange, toPostInputs, type AnswerShape } from './answer';

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

describe('a model answer', () => {
	it('keeps its alt text paragraphs out of the post, for the alt text fields', () => {
		expect(modelPost('Apply by May 15: ontario.ca/grant\n\nAlt text: A garden bed.')).toEqual({
			text: 'Apply by May 15: ontario.ca/grant',
			alts: ['A garden bed.']
		});
		expect(modelPost('Présentez une demande.\n\nDeux paragraphes.\n\nTexte de remplacement : Un jardin.')).toEqual({
			text: 'Présentez une demande.\n\nDeux paragraphes.',
			alts: ['Un jardin.']
		});
		expect(modelPost('No image here.')).toEqual({ text: 'No image here.', alts: [] });
	});
});
