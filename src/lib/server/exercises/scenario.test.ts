import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { exerciseSchema, toScenario, validateExerciseFile } from './scenario';

const minimal = {
	task: 'compose',
	platforms: ['x'],
	account: { name: 'Ontario Ministry of Health', handle: 'ONThealth' },
	brief: { en: 'Write a post.', fr: 'Rédigez une publication.' },
	situation: { en: 'Flu season.', fr: 'Saison de la grippe.' },
	rubric: [
		{
			id: 'accuracy',
			criterion: { en: 'Accuracy', fr: 'Exactitude' },
			levels: [
				{ points: 0, label: { en: 'Not yet', fr: 'Pas encore' } },
				{ points: 1, label: { en: 'Done', fr: 'Fait' } }
			]
		}
	],
	model_answer: ['Flu shots are free.']
};
const fields = (data: unknown) => validateExerciseFile(data, { course: 'c', module: 'm' }).map((i) => `${i.field}: ${i.message}`);

describe('exercise.yaml', () => {
	it('accepts a minimal compose exercise and fills in the defaults', () => {
		expect(fields(minimal)).toEqual([]);
		const scenario = toScenario(exerciseSchema.parse(minimal));
		expect(scenario.language).toBe('en');
		expect(scenario.settings).toMatchObject({ readingGradeMax: 8, blocking: true, officialDomains: ['ontario.ca', 'gov.on.ca'], emergency: false });
		expect(scenario.account.name).toEqual({ en: 'Ontario Ministry of Health', fr: 'Ontario Ministry of Health' });
	});

	it('reads an emergency scenario, whose posts then carry no emoji', () => {
		expect(toScenario(exerciseSchema.parse({ ...minimal, checks: { emergency: true } })).settings.emergency).toBe(true);
		expect(fields({ ...minimal, checks: { emergency: 'yes' } })).toEqual([expect.stringMatching(/^checks\.emergency: /)]);
	});

	it('adds a scenario’s official phone numbers to the default ones, and refuses what is not a number', () => {
		const scenario = toScenario(exerciseSchema.parse({ ...minimal, checks: { official_numbers: ['705-564-3000'] } }));
		expect(scenario.settings.officialNumbers).toEqual(expect.arrayContaining(['705-564-3000', '416-326-1234']));
		expect(fields({ ...minimal, checks: { official_numbers: ['call us'] } })).toEqual([
			expect.stringMatching(/^checks\.official_numbers\.0: must be a phone number/)
		]);
	});

	it('names the field of every problem', () => {
		expect(fields({ ...minimal, task: 'essay', brief: { en: 'Only English' } })).toEqual(
			expect.arrayContaining([expect.stringMatching(/^task: /), expect.stringMatching(/^brief\.fr: /)])
		);
		expect(fields({ ...minimal, platforms: ['myspace'] })).toEqual([expect.stringMatching(/^platforms\.0: /)]);
		expect(fields({ ...minimal, checks: { off: ['spellcheck'] } })).toEqual([expect.stringMatching(/^checks\.off\.0: /)]);
		expect(fields({ ...minimal, account: { name: 'X', handle: '@bad handle' } })).toEqual([expect.stringMatching(/^account\.handle: must be 1 to 30/)]);
		expect(fields({ ...minimal, surprise: 1 })).toEqual(['(top level): unknown field(s) surprise']);
	});

	it('asks each task for what it needs', () => {
		expect(fields({ ...minimal, task: 'reply' })).toEqual(['conversation: is required for a reply exercise']);
		expect(fields({ ...minimal, task: 'drill' })).toEqual(['drill: is required for a drill exercise']);
		expect(fields({ ...minimal, task: 'bilingual' })).toEqual(['model_answer: a bilingual exercise needs two model posts: English, then French']);
		expect(fields({ ...minimal, thread: { min_posts: 2, max_posts: 3 } })).toEqual(['thread: is only for thread exercises']);
		expect(fields({ ...minimal, task: 'thread', thread: { min_posts: 4, max_posts: 3 } })).toEqual(['thread.max_posts: must be at least min_posts']);
	});

	it('refuses duplicate ids and rubric levels worth the same', () => {
		const criterion = minimal.rubric[0];
		expect(fields({ ...minimal, rubric: [criterion, criterion] })).toEqual(['rubric.1.id: "accuracy" is used twice']);
		expect(fields({ ...minimal, rubric: [{ ...criterion, levels: [criterion.levels[0], criterion.levels[0]] }] })).toEqual([
			'rubric.0.levels: two levels give the same points'
		]);
	});

	it('reads a drill, sorting its injects by time and giving each the service standard', () => {
		const yaml = `
task: drill
platforms: [x]
account: { name: MTO, handle: ONtransportation }
brief: { en: Answer, fr: Répondez }
situation: { en: Storm, fr: Tempête }
drill:
  service_standard_minutes: 10
  injects:
    - { id: later, at_minutes: 4, kind: news, author: { name: CBC, handle: cbc }, text: Closure, respond: post }
    - { id: first, at_minutes: 0, kind: comment, author: { name: Ana, handle: ana }, text: Open?, respond: public_reply, service_standard_minutes: 5 }
rubric: ${JSON.stringify(minimal.rubric)}
model_answer: [See each]
`;
		expect(fields(parse(yaml))).toEqual([]);
		const scenario = toScenario(exerciseSchema.parse(parse(yaml)));
		expect(scenario.drill!.injects.map((i) => [i.id, i.serviceStandardMinutes])).toEqual([
			['first', 5],
			['later', 10]
		]);
	});
});
