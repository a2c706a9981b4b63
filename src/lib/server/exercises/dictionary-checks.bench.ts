import { bench, describe } from 'vitest';
import { CHECKS, forgetMemos, runChecks } from '../../exercises/registry';
import { DEFAULT_SETTINGS } from '../../exercises/settings';
import type { PostInput } from '../../exercises/types';
import { forgetSuggestions } from '../spelling/spell';
import { DICTIONARY_CHECKS, forgetTags } from './dictionary-checks';

// `npm run bench:checks`: the server's dictionary checks alone, then with the whole registry, on a
// full Instagram caption and a full X post, in English and in French, once the word lists are loaded.
// "New text" forgets every memo first; "with mistakes" has misspellings, so suggestions are made.
const english = [
	'Flu shots are free at pharmacies and clinics across Ontario this fall.',
	'Bring your health card and book early at ontario.ca/flu before the rush.',
	'Clinics open Monday at 9 a.m. in every region, with evening hours on Thursdays.',
	'Children under five, adults over 65 and people with chronic conditions should book first.',
	'If you feel sick, stay home and reschedule: your pharmacist can help at the ServiceOntario centre.'
].join(' ');
const french = [
	'Le vaccin contre la grippe est gratuit dans les pharmacies et les cliniques de l’Ontario cet automne.',
	'Apportez votre carte Santé et prenez rendez-vous tôt à ontario.ca/grippe avant l’affluence.',
	'Les cliniques ouvrent lundi à 9 h dans chaque région, et le soir les jeudis.',
	'Les enfants de moins de cinq ans, les aînés et les personnes atteintes de maladies chroniques passent en premier.',
	'Si vous êtes malade, restez à la maison : votre pharmacien peut vous aider aujourd’hui.'
].join(' ');
const long = (paragraph: string, tags: string) => `${paragraph}\n\n`.repeat(8).slice(0, 2150) + ` 💉 ${tags}`;
const short = (paragraph: string, tags: string) => `${paragraph.slice(0, 250)} ${tags}`.slice(0, 280);
const mistakes = (text: string) => text.replace('pharmacies', 'pharmacys').replace('health', 'helth').replace('Clinics', 'Clincs');

const settings = { ...DEFAULT_SETTINGS, keyTerms: { en: ['flu shots'], fr: ['vaccin'] } };
const post = (text: string, lang: 'en' | 'fr'): PostInput => ({ text, lang, alts: ['A pharmacist gives a flu shot to an older man.'] });
const browserChecks = CHECKS.map((c) => c.id);
/** The dictionary checks, alone or after the browser's. */
const run = (text: string, lang: 'en' | 'fr', alone = true) =>
	runChecks(
		{ platform: 'instagram', task: 'compose', publicReply: false, posts: [post(text, lang)], settings: { ...settings, off: alone ? browserChecks : [] } },
		DICTIONARY_CHECKS
	);
const fresh = () => {
	forgetMemos();
	forgetSuggestions();
	forgetTags();
};

// Load the word lists before measuring (the server loads them on its first check).
run('warm up #fireban', 'en');
run('warm up #emploisdete', 'fr');

const options = { time: 1500, warmupTime: 300 };
const cases: [string, string, 'en' | 'fr'][] = [
	['English, 2,200 characters', long(english, '#FluSeason #ontariohealth'), 'en'],
	['English, 280 characters', short(english, '#FluSeason #ontariohealth'), 'en'],
	['English with mistakes, 2,200 characters', mistakes(long(english, '#fluseason')), 'en'],
	['English with mistakes, 280 characters', mistakes(short(english, '#fluseason')), 'en'],
	['French, 2,200 characters', long(french, '#SaisonGrippale #emploisdete'), 'fr'],
	['French, 280 characters', short(french, '#SaisonGrippale #emploisdete'), 'fr']
];

describe('the dictionary checks (hashtag_case, spelling), new text', () => {
	for (const [name, text, lang] of cases)
		bench(
			name,
			() => {
				fresh();
				run(text, lang);
			},
			options
		);
});

describe('the whole registry with the dictionary checks, new text', () => {
	for (const [name, text, lang] of [cases[0], cases[1], cases[4], cases[5]])
		bench(
			name,
			() => {
				fresh();
				run(text, lang, false);
			},
			options
		);
});
