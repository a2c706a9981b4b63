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
	model_answer: { en: ['Flu shots are free.'], fr: ['Le vaccin contre la grippe est gratuit.'] }
};
const fields = (data: unknown) => validateExerciseFile(data, { course: 'c', module: 'm' }).map((i) => `${i.field}: ${i.message}`);

describe('exercise.yaml', () => {
	it('accepts a minimal compose exercise and fills in the defaults', () => {
		expect(fields(minimal)).toEqual([]);
		const scenario = toScenario(exerciseSchema.parse(minimal));
		expect(scenario.language).toBe('en');
		expect(scenario.languages).toEqual(['en', 'fr']);
		expect(scenario.modelAnswer).toEqual(['Flu shots are free.']);
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
		expect(fields({ ...minimal, task: 'bilingual', model_answer: ['Only one'] })).toEqual([
			'model_answer: a bilingual exercise needs two model posts: English, then French'
		]);
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
languages: [en]
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

describe('exercise.yaml: the language the post is written in', () => {
	const conversation = [{ author: { name: 'Ana', handle: 'ana' }, text: { en: 'Is it free?', fr: 'Est-ce gratuit?' }, minutes_ago: 5 }];
	const reply = { ...minimal, task: 'reply', conversation };

	it('gives each language its own model answer, conversation and note, and keeps what the reader reads in the page’s language', () => {
		const file = exerciseSchema.parse({
			...reply,
			language_notes: { en: { en: 'A colleague writes the French.', fr: 'Un collègue rédige le français.' } }
		});
		const english = toScenario(file, 'en');
		const french = toScenario(file, 'fr');
		expect([english.language, french.language]).toEqual(['en', 'fr']);
		expect(french.modelAnswer).toEqual(['Le vaccin contre la grippe est gratuit.']);
		expect(french.conversation[0].text).toBe('Est-ce gratuit?');
		expect(english.conversation[0].text).toBe('Is it free?');
		expect(english.languageNote).toEqual({ en: 'A colleague writes the French.', fr: 'Un collègue rédige le français.' });
		expect(french.languageNote).toBeNull();
		expect(french.brief).toEqual(minimal.brief);
	});

	it('keeps a plain conversation post the same in both languages', () => {
		const file = exerciseSchema.parse({ ...reply, conversation: [{ ...conversation[0], text: 'Hi!' }] });
		expect(toScenario(file, 'fr').conversation[0].text).toBe('Hi!');
	});

	it('writes an English-only exercise in English, whatever the trainee prefers', () => {
		const file = exerciseSchema.parse({ ...minimal, languages: ['en'], model_answer: ['Flu shots are free.'] });
		expect(toScenario(file, 'fr').language).toBe('en');
		expect(toScenario(file, 'fr').languages).toEqual(['en']);
	});

	it('names the file’s field when a language is missing or not offered', () => {
		expect(fields({ ...minimal, model_answer: ['Flu shots are free.'] })).toEqual([
			expect.stringMatching(/^model_answer: needs a model answer in each language/)
		]);
		expect(fields({ ...minimal, model_answer: { en: ['Flu shots are free.'] } })).not.toEqual([]);
		expect(fields({ ...minimal, languages: ['de'] })).toEqual([expect.stringMatching(/^languages\.0: /)]);
		expect(fields({ ...minimal, languages: ['en', 'en'] })).toEqual(['languages: lists a language twice']);
		expect(fields({ ...minimal, language: 'en' })).toEqual(['(top level): unknown field(s) language']);
		expect(fields({ ...minimal, languages: ['en'], model_answer: ['x'], language_notes: { fr: { en: 'n', fr: 'n' } } })).toEqual([
			'language_notes.fr: is for a post in a language the exercise does not offer (languages: [en])'
		]);
		expect(fields({ ...minimal, task: 'bilingual', languages: ['en'], model_answer: ['a', 'b'] })).toEqual([
			'languages: a bilingual exercise is written in both languages: [en, fr]'
		]);
	});

	it('reads a bilingual pair from per-language model answers: English, then French', () => {
		const file = exerciseSchema.parse({ ...minimal, task: 'bilingual', model_answer: { en: ['Free.'], fr: ['Gratuit.'] } });
		expect(toScenario(file, 'fr')).toMatchObject({ language: 'en', modelAnswer: ['Free.', 'Gratuit.'] });
	});

	const inject = (id: string, extra: Record<string, unknown> = {}) => ({
		id,
		at_minutes: 0,
		kind: 'comment',
		author: { name: 'Ana', handle: 'ana' },
		text: { en: `English ${id}`, fr: `Français ${id}` },
		respond: 'public_reply',
		model_answer: { en: 'Yes.', fr: 'Oui.' },
		...extra
	});
	const drill = (injects: unknown[]) => ({ ...minimal, task: 'drill', drill: { service_standard_minutes: 10, injects } });

	it('runs a drill in the trainee’s language, with the message marked arrives_in: other in the other one', () => {
		const file = exerciseSchema.parse(drill([inject('first'), inject('other', { at_minutes: 2, arrives_in: 'other' })]));
		const french = toScenario(file, 'fr').drill!.injects;
		expect(french.map((i) => [i.text, i.lang, i.modelAnswer])).toEqual([
			['Français first', 'fr', 'Oui.'],
			['English other', 'en', 'Oui.']
		]);
		const english = toScenario(file, 'en').drill!.injects;
		expect(english.map((i) => [i.text, i.lang])).toEqual([
			['English first', 'en'],
			['Français other', 'fr']
		]);
	});

	it('asks a drill in both languages for both texts and for a message in the other language', () => {
		expect(fields(drill([inject('first')]))).toEqual([
			'drill.injects: at least one message must arrive in the other language (arrives_in: other), as on a real ministry account'
		]);
		expect(fields(drill([inject('first', { text: 'Only English' }), inject('b', { arrives_in: 'other', model_answer: 'Yes.' })]))).toEqual([
			'drill.injects.0.text: needs the message as it reads in each drill, { en, fr }',
			'drill.injects.1.model_answer: needs a model answer in each language, { en, fr }'
		]);
		expect(fields(drill([inject('b', { arrives_in: 'other', text: 'Plain' })]))).toEqual(
			expect.arrayContaining(['drill.injects.0.arrives_in: a message that arrives in the other language needs its text in both, { en, fr }'])
		);
	});
});
