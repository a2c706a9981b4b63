import { bench, describe } from 'vitest';
import { forgetMemos, runChecks } from './registry';
import { DEFAULT_SETTINGS } from './settings';
import type { PostInput } from './types';

// `npm run bench:checks`: the whole registry on a full Instagram caption and a full X post.
// The browser runs it as people type, so a run should stay well inside a frame (p99 < 5 ms).
// "New text" forgets the memos first (a pasted post); "while typing" changes one character.
const paragraph = [
	'Flu shots are free at pharmacies and clinics across Ontario this fall.',
	'Bring your health card and book early at ontario.ca/flu before the rush.',
	'Clinics open Monday at 9 a.m. in every region, with evening hours on Thursdays.',
	'Children under five, adults over 65 and people with chronic conditions should book first.',
	'If you feel sick, stay home and reschedule: your pharmacist can help.'
].join(' ');
const long = `${paragraph}\n\n`.repeat(8).slice(0, 2180) + ' 💉 #FluSeason';
const short =
	'Flu shots are free at pharmacies across Ontario this fall. Bring your health card and book at ontario.ca/flu before the rush. Clinics open Monday at 9 a.m. in every region. 💉 #FluSeason #OntarioHealth'.padEnd(
		280,
		'.'
	);

const settings = { ...DEFAULT_SETTINGS, keyTerms: { en: ['flu shots'], fr: ['vaccin'] } };
const post = (text: string): PostInput => ({ text, lang: 'en', alts: ['A pharmacist gives a flu shot to an older man.'] });
const run = (platform: 'instagram' | 'x', text: string) => runChecks({ platform, task: 'compose', publicReply: true, posts: [post(text)], settings });

let keystroke = 0;
const typed = (text: string) => text.slice(0, -1) + String.fromCharCode(97 + (keystroke++ % 26));

const options = { time: 2000, warmupTime: 500 };

describe('the whole check registry', () => {
	bench(
		`${long.length} characters (Instagram), new text`,
		() => {
			forgetMemos();
			run('instagram', long);
		},
		options
	);
	bench(
		`${long.length} characters (Instagram), while typing`,
		() => {
			run('instagram', typed(long));
		},
		options
	);
	bench(
		`${short.length} characters (X), new text`,
		() => {
			forgetMemos();
			run('x', short);
		},
		options
	);
	bench(
		`${short.length} characters (X), while typing`,
		() => {
			run('x', typed(short));
		},
		options
	);
});
