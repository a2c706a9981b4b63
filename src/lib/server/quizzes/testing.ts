import { parseQuizData, type Quiz } from './schema';

// A quiz with one question of every type, for the unit and integration tests.

const t = (en: string, fr = `${en} (fr)`) => ({ en, fr });

export const sampleQuizData = {
	pass_mark: 70,
	attempts: 2,
	questions: [
		{
			id: 'single',
			type: 'single_choice',
			prompt: t('Pick B'),
			explanation: t('B is right'),
			options: [
				{ id: 'a', text: t('A') },
				{ id: 'b', text: t('B'), correct: true, feedback: t('Yes, B') },
				{ id: 'c', text: t('C'), feedback: t('Not C') }
			]
		},
		{
			id: 'multi',
			type: 'multiple_response',
			prompt: t('Pick A and B'),
			explanation: t('A and B'),
			options: [
				{ id: 'a', text: t('A'), correct: true },
				{ id: 'b', text: t('B'), correct: true },
				{ id: 'c', text: t('C') },
				{ id: 'd', text: t('D') }
			]
		},
		{ id: 'tf', type: 'true_false', prompt: t('The sky is blue'), explanation: t('It is'), answer: true },
		{
			id: 'text',
			type: 'short_text',
			prompt: t('Say hello'),
			explanation: t('Hello'),
			accepted: { en: ['Hello World'], fr: ['Bonjour le monde'] },
			pattern: 'hi+'
		},
		{
			id: 'order',
			type: 'ordering',
			prompt: t('Count'),
			explanation: t('One two three'),
			items: [
				{ id: 'one', text: t('One', 'Un') },
				{ id: 'two', text: t('Two', 'Deux') },
				{ id: 'three', text: t('Three', 'Trois') },
				{ id: 'four', text: t('Four', 'Quatre') }
			]
		},
		{
			id: 'match',
			type: 'matching',
			prompt: t('Match'),
			explanation: t('Pairs'),
			pairs: [
				{ id: 'cat', prompt: t('Cat'), answer: t('Meow') },
				{ id: 'dog', prompt: t('Dog'), answer: t('Woof') }
			],
			distractors: [{ id: 'moo', text: t('Moo') }]
		},
		{
			id: 'post',
			type: 'better_post',
			prompt: t('Which post?'),
			posts: [
				{ id: 'good', platform: 'x', text: t('Clear news'), better: true, why: t('Clear') },
				{ id: 'bad', platform: 'facebook', text: t('Waffle'), why: t('Waffles') }
			]
		}
	]
};

export function sampleQuiz(overrides: Record<string, unknown> = {}): Quiz {
	const result = parseQuizData({ ...sampleQuizData, ...overrides });
	if (!result.quiz) throw new Error(result.errors.map((e) => `${e.field}: ${e.message}`).join('\n'));
	return result.quiz;
}

/** Answers that get every question of the sample quiz right. */
export const sampleAnswers = {
	single: 'b',
	multi: ['a', 'b'],
	tf: true,
	text: 'hello world',
	order: { one: 1, two: 2, three: 3, four: 4 },
	match: { cat: 'cat', dog: 'dog' },
	post: 'good'
};
