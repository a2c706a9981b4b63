import Papa from 'papaparse';
import type { Locale } from '$lib/paraglide/runtime';
import { isValidEmail, normaliseEmail } from '../accounts/email';
import { MAX_BODY_BYTES } from '../http/limits.js';

export const MAX_ROSTER_ROWS = 2000;
/** A roster file, with room left in the request body for the form's other fields and multipart framing. */
export const MAX_ROSTER_BYTES = MAX_BODY_BYTES - 16 * 1024;

export interface RosterRow {
	line: number;
	email: string;
	name: string;
	ministry: string;
	branch: string;
	managerEmail: string | null;
	language: Locale;
}

type RosterProblemCode =
	| 'empty'
	| 'too_large'
	| 'too_many_rows'
	| 'missing_column'
	| 'email_invalid'
	| 'name_missing'
	| 'name_too_long'
	| 'language_invalid'
	| 'manager_email_invalid'
	| 'manager_is_self'
	| 'duplicate_email'
	| 'already_instructor';

/** A problem with the file (line 0) or with one line of it; `value` is what was found there. */
export interface RosterProblem {
	line: number;
	code: RosterProblemCode;
	value?: string;
}

type Field = 'email' | 'name' | 'ministry' | 'branch' | 'managerEmail' | 'language';

// Headers are matched without case, accents, spaces or punctuation, in English or French.
const headerAliases: Record<string, Field> = {
	email: 'email',
	emailaddress: 'email',
	courriel: 'email',
	adressecourriel: 'email',
	name: 'name',
	fullname: 'name',
	displayname: 'name',
	nom: 'name',
	nomcomplet: 'name',
	ministry: 'ministry',
	ministrybranch: 'ministry',
	ministere: 'ministry',
	ministeredirection: 'ministry',
	branch: 'branch',
	direction: 'branch',
	manageremail: 'managerEmail',
	manager: 'managerEmail',
	courrieldugestionnaire: 'managerEmail',
	courrielgestionnaire: 'managerEmail',
	gestionnaire: 'managerEmail',
	language: 'language',
	preferredlanguage: 'language',
	langue: 'language',
	languepreferee: 'language'
};

const languageAliases: Record<string, Locale> = {
	'': 'en',
	en: 'en',
	eng: 'en',
	english: 'en',
	anglais: 'en',
	fr: 'fr',
	fra: 'fr',
	fre: 'fr',
	french: 'fr',
	francais: 'fr'
};

const fold = (value: string) =>
	value
		.normalize('NFD')
		.replace(/\p{Diacritic}/gu, '')
		.toLowerCase()
		.replace(/[^a-z]/g, '');

/**
 * Reads a roster CSV (comma or semicolon separated, with a header row) into rows and the
 * problems found, each with its line number as a spreadsheet shows it. Checks only what
 * the file itself can tell; the import checks it against the database.
 */
export function parseRoster(text: string): { rows: RosterRow[]; problems: RosterProblem[] } {
	if (new TextEncoder().encode(text).length > MAX_ROSTER_BYTES) {
		return { rows: [], problems: [{ line: 0, code: 'too_large' }] };
	}
	const input = text.replace(/^\uFEFF/, '');
	// Blank rows are kept while parsing, and skipped here, so later lines keep the number a
	// spreadsheet shows; the delimiter is still guessed without them.
	const { delimiter } = Papa.parse(input, { preview: 10, skipEmptyLines: 'greedy' }).meta;
	const [header, ...records] = Papa.parse<string[]>(input, { delimiter })
		.data.map((record, index) => ({ record, line: index + 1 }))
		.filter(({ record }) => record.some((cell) => cell.trim() !== ''));
	if (!header || records.length === 0) return { rows: [], problems: [{ line: 0, code: 'empty' }] };
	if (records.length > MAX_ROSTER_ROWS) {
		return { rows: [], problems: [{ line: 0, code: 'too_many_rows', value: String(records.length) }] };
	}

	const columns = new Map<Field, number>();
	header.record.forEach((title, index) => {
		const field = headerAliases[fold(title)];
		if (field && !columns.has(field)) columns.set(field, index);
	});
	const missing = (['email', 'name'] as const).filter((field) => !columns.has(field));
	if (missing.length) {
		return { rows: [], problems: missing.map((field) => ({ line: header.line, code: 'missing_column', value: field })) };
	}

	const rows: RosterRow[] = [];
	const problems: RosterProblem[] = [];
	const firstLineOf = new Map<string, number>();
	records.forEach(({ record, line }) => {
		const cell = (field: Field) => (columns.has(field) ? (record[columns.get(field)!] ?? '').trim() : '');
		const found: RosterProblem[] = [];

		const email = normaliseEmail(cell('email'));
		if (!isValidEmail(email)) found.push({ line, code: 'email_invalid', value: cell('email') });
		else if (firstLineOf.has(email)) found.push({ line, code: 'duplicate_email', value: String(firstLineOf.get(email)) });
		else firstLineOf.set(email, line);

		const name = cell('name').replace(/\s+/g, ' ');
		if (!name) found.push({ line, code: 'name_missing' });
		else if (name.length > 120) found.push({ line, code: 'name_too_long' });

		const language = languageAliases[fold(cell('language'))];
		if (!language) found.push({ line, code: 'language_invalid', value: cell('language') });

		const managerEmail = cell('managerEmail') ? normaliseEmail(cell('managerEmail')) : null;
		if (managerEmail !== null && !isValidEmail(managerEmail)) {
			found.push({ line, code: 'manager_email_invalid', value: cell('managerEmail') });
		} else if (managerEmail !== null && managerEmail === email) {
			found.push({ line, code: 'manager_is_self' });
		}

		if (found.length) problems.push(...found);
		else
			rows.push({
				line,
				email,
				name,
				ministry: cell('ministry').slice(0, 200),
				branch: cell('branch').slice(0, 200),
				managerEmail,
				language: language ?? 'en'
			});
	});
	return { rows, problems };
}
