// French typography, Canadian usage (the Translation Bureau's Le guide du rédacteur): a no-break
// space (U+00A0) before the colon and inside « », none before ; ? !, and one apostrophe (’) in
// each language. The course's French lessons follow the same rules.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import en from '../../messages/en.json';
import fr from '../../messages/fr.json';

const messagesOf = (file: Record<string, string>) => Object.entries(file).filter(([key]) => key !== '$schema');
const courseFiles = import.meta.glob('/courses/**/index.fr.md', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const quizFiles = import.meta.glob('/courses/**/quiz.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const exerciseFiles = import.meta.glob('/courses/**/exercise.yaml', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;

/** Every French text of a quiz or an exercise (the `fr` of each bilingual field, or each of its list), with where it is. */
function frenchOf(value: unknown, path: string): [string, string][] {
	if (Array.isArray(value)) return value.flatMap((item, i) => frenchOf(item, `${path}.${i}`));
	if (!value || typeof value !== 'object') return [];
	return Object.entries(value).flatMap(([key, item]) => {
		if (key !== 'fr') return frenchOf(item, `${path}.${key}`);
		if (typeof item === 'string') return [[path, item] as [string, string]];
		if (Array.isArray(item) && !path.endsWith('.accepted'))
			return item.filter((text) => typeof text === 'string').map((text, i): [string, string] => [`${path}.fr.${i}`, text]);
		return frenchOf(item, `${path}.fr`);
	});
}

/** Each break of the rules in a French text, with a little context. */
export function typographyProblems(text: string): string[] {
	const problems: string[] = [];
	const around = (index: number) => JSON.stringify(text.slice(Math.max(0, index - 20), index + 10));
	for (const match of text.matchAll(/(.?):/g)) {
		const index = match.index + match[1].length;
		const after = text.slice(index + 1, index + 3);
		if (after === '//' || (/\d/.test(match[1]) && /^\d/.test(after))) continue; // an address, a time
		if (match[1] !== '\u00a0') problems.push(`colon without a no-break space before it: ${around(index)}`);
	}
	for (const match of text.matchAll(/«(?!\u00a0)|(?<!\u00a0)»/g)) problems.push(`« » without a no-break space inside: ${around(match.index)}`);
	for (const match of text.matchAll(/\s[;?!]/g)) problems.push(`space before ; ? or !: ${around(match.index)}`);
	for (const match of text.matchAll(/'/g)) problems.push(`straight apostrophe: ${around(match.index)}`);
	for (const match of text.matchAll(/(?<!\u00a0|\()%/g)) problems.push(`% without a no-break space before it: ${around(match.index)}`);
	return problems;
}

describe('French typography', () => {
	it('finds what it is meant to find', () => {
		expect(typographyProblems('Connecté·e : Ana')).toHaveLength(1);
		expect(typographyProblems('Connecté·e: Ana')).toHaveLength(1);
		expect(typographyProblems('Connecté·e\u00a0: Ana')).toEqual([]);
		expect(typographyProblems('« oui »')).toHaveLength(2);
		expect(typographyProblems('Pourquoi ? Parce que ; voilà !')).toHaveLength(3);
		expect(typographyProblems("l'image")).toHaveLength(1);
		expect(typographyProblems('Voir https://ontario.ca et 17:00')).toEqual([]);
		expect(typographyProblems('36,7 % et 4 %')).toHaveLength(2);
		expect(typographyProblems('36,7\u00a0% (%)')).toEqual([]);
	});

	it('every French interface message follows it', () => {
		const problems = messagesOf(fr).flatMap(([key, text]) => typographyProblems(text).map((problem) => `${key}: ${problem}`));
		expect(problems).toEqual([]);
	});

	it('every French lesson follows it', () => {
		expect(Object.keys(courseFiles).length).toBeGreaterThan(0);
		// The front matter is YAML, and an English example post (lang="en") follows English rules.
		const french = (text: string) => text.replace(/^---\n[\s\S]*?\n---\n/, '').replace(/<ExamplePost\b[^>]*\blang="en"[^>]*\/>/g, '');
		const problems = Object.entries(courseFiles).flatMap(([file, text]) => typographyProblems(french(text)).map((problem) => `${file}: ${problem}`));
		expect(problems).toEqual([]);
	});

	it('every French text of the quizzes follows it', () => {
		expect(Object.keys(quizFiles).length).toBeGreaterThan(0);
		// The English post a question quotes keeps its English colon.
		const english = (text: string) => text.replace('Apply by Friday: ontario.ca', '');
		const problems = Object.entries(quizFiles).flatMap(([file, text]) =>
			frenchOf(parse(text), file).flatMap(([where, french]) => typographyProblems(english(french)).map((problem) => `${where}: ${problem}`))
		);
		expect(problems).toEqual([]);
	});

	it('every French text of the exercises follows it', () => {
		expect(Object.keys(exerciseFiles).length).toBeGreaterThan(0);
		// English inside the French (a model answer quoted for the instructor, "Alt text: …") keeps English rules.
		const english = (text: string) => text.replace(/«\u00a0[^«»]*\u00a0»/g, (quoted) => (/[’'](?:s|t)\b|\b(?:the|and|you|your)\b/i.test(quoted) ? '' : quoted));
		const problems = Object.entries(exerciseFiles).flatMap(([file, text]) =>
			frenchOf(parse(text), file).flatMap(([where, french]) => typographyProblems(english(french)).map((problem) => `${where}: ${problem}`))
		);
		expect(problems).toEqual([]);
	});

	it('says « questionnaire », never « quiz »', () => {
		const quiz = [...messagesOf(fr), ...Object.entries(courseFiles)].filter(([, text]) => /\bquiz\b/i.test(text)).map(([key]) => key);
		expect(quiz).toEqual([]);
	});
});

describe('English apostrophes', () => {
	it('are all curly, as in French', () => {
		expect(
			messagesOf(en)
				.filter(([, text]) => text.includes("'"))
				.map(([key]) => key)
		).toEqual([]);
	});
});
