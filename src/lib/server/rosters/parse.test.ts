import { describe, expect, it } from 'vitest';
import { MAX_ROSTER_ROWS, parseRoster } from './parse';

const header = 'Email,Name,Ministry,Branch,Manager email,Language';
const csv = (...lines: string[]) => [header, ...lines].join('\n');

describe('parseRoster', () => {
	it('reads a file with English headers', () => {
		const { rows, problems } = parseRoster(
			csv(
				'amelie.tremblay@ontario.ca,Amélie Tremblay,Ministry of Health,Communications Branch,morgan.lee@ontario.ca,fr',
				'bilal.singh@ontario.ca,Bilal Singh,Ministry of Education,Digital Engagement,,en'
			)
		);
		expect(problems).toEqual([]);
		expect(rows).toEqual([
			{
				line: 2,
				email: 'amelie.tremblay@ontario.ca',
				name: 'Amélie Tremblay',
				ministry: 'Ministry of Health',
				branch: 'Communications Branch',
				managerEmail: 'morgan.lee@ontario.ca',
				language: 'fr'
			},
			{
				line: 3,
				email: 'bilal.singh@ontario.ca',
				name: 'Bilal Singh',
				ministry: 'Ministry of Education',
				branch: 'Digital Engagement',
				managerEmail: null,
				language: 'en'
			}
		]);
	});

	it('reads a file with French headers', () => {
		const { rows, problems } = parseRoster(
			[
				'Courriel,Nom,Ministère,Direction,Courriel du gestionnaire,Langue',
				'chloe.gagnon@ontario.ca,Chloé Gagnon,Ministère de la Santé,Communications,morgan.lee@ontario.ca,français'
			].join('\n')
		);
		expect(problems).toEqual([]);
		expect(rows).toEqual([
			{
				line: 2,
				email: 'chloe.gagnon@ontario.ca',
				name: 'Chloé Gagnon',
				ministry: 'Ministère de la Santé',
				branch: 'Communications',
				managerEmail: 'morgan.lee@ontario.ca',
				language: 'fr'
			}
		]);
	});

	it('reads an Excel export with a byte-order mark and semicolons, even with commas in a name', () => {
		const { rows, problems } = parseRoster(
			'\uFEFFCourriel;Nom;Ministère\r\ndarius.nguyen@ontario.ca;Nguyen, Darius;Transports\r\nemilie.roy@ontario.ca;Émilie Roy;Santé\r\n'
		);
		expect(problems).toEqual([]);
		expect(rows.map((r) => [r.line, r.email, r.name, r.ministry])).toEqual([
			[2, 'darius.nguyen@ontario.ca', 'Nguyen, Darius', 'Transports'],
			[3, 'emilie.roy@ontario.ca', 'Émilie Roy', 'Santé']
		]);
	});

	it('keeps commas inside quoted fields', () => {
		const { rows, problems } = parseRoster(
			csv('farah.okafor@ontario.ca,"Okafor, Farah","Ministry of Labour, Immigration, Training and Skills Development",Communications,,')
		);
		expect(problems).toEqual([]);
		expect(rows[0].name).toBe('Okafor, Farah');
		expect(rows[0].ministry).toBe('Ministry of Labour, Immigration, Training and Skills Development');
		expect(rows[0].branch).toBe('Communications');
	});

	it('stores emails in lower case without surrounding spaces', () => {
		const { rows } = parseRoster(csv('  Gabriel.Cote@Ontario.CA ,Gabriel Côté,,, Morgan.Lee@ONTARIO.ca ,'));
		expect(rows[0].email).toBe('gabriel.cote@ontario.ca');
		expect(rows[0].managerEmail).toBe('morgan.lee@ontario.ca');
	});

	it.each([
		['fr', 'fr'],
		['FR', 'fr'],
		['French', 'fr'],
		['français', 'fr'],
		['Francais', 'fr'],
		['en', 'en'],
		['English', 'en'],
		['anglais', 'en'],
		['', 'en']
	])('reads the language %j as %s', (written, language) => {
		const { rows, problems } = parseRoster(csv(`hana.chen@ontario.ca,Hana Chen,,,,${written}`));
		expect(problems).toEqual([]);
		expect(rows[0].language).toBe(language);
	});

	it('treats a missing language column as English', () => {
		const { rows } = parseRoster('email,name\nisaac.bouchard@ontario.ca,Isaac Bouchard');
		expect(rows[0].language).toBe('en');
		expect(rows[0].managerEmail).toBeNull();
	});

	describe('reports each problem on the line a spreadsheet shows', () => {
		it('an invalid email', () => {
			const { rows, problems } = parseRoster(csv('ok@ontario.ca,Ok Person,,,,', 'not-an-email,Jasmine Ahmed,,,,'));
			expect(problems).toEqual([{ line: 3, code: 'email_invalid', value: 'not-an-email' }]);
			expect(rows.map((r) => r.email)).toEqual(['ok@ontario.ca']);
		});

		it('a missing name', () => {
			const { problems } = parseRoster(csv('ok@ontario.ca,Ok Person,,,,', 'ok2@ontario.ca,Ok Two,,,,', 'noname@ontario.ca,  ,,,,'));
			expect(problems).toEqual([{ line: 4, code: 'name_missing' }]);
		});

		it('a language it does not know', () => {
			const { problems } = parseRoster(csv('ok@ontario.ca,Ok Person,,,,Spanish'));
			expect(problems).toEqual([{ line: 2, code: 'language_invalid', value: 'Spanish' }]);
		});

		it('an invalid manager email', () => {
			const { problems } = parseRoster(csv('ok@ontario.ca,Ok Person,,,,', 'ok2@ontario.ca,Ok Two,,,manager at ontario,'));
			expect(problems).toEqual([{ line: 3, code: 'manager_email_invalid', value: 'manager at ontario' }]);
		});

		it('a person named as their own manager, whatever the case', () => {
			const { problems } = parseRoster(csv('self@ontario.ca,Self Managed,,,SELF@ontario.ca,'));
			expect(problems).toEqual([{ line: 2, code: 'manager_is_self' }]);
		});

		it('a duplicate email, pointing at the first line it appeared on', () => {
			const { rows, problems } = parseRoster(csv('first@ontario.ca,First,,,,', 'other@ontario.ca,Other,,,,', 'FIRST@ontario.ca,First Again,,,,'));
			expect(problems).toEqual([{ line: 4, code: 'duplicate_email', value: '2' }]);
			expect(rows.map((r) => r.line)).toEqual([2, 3]);
		});

		it('several problems on several lines, all at once', () => {
			const { problems } = parseRoster(csv('bad,,,,,', 'ok@ontario.ca,Ok,,,,klingon'));
			expect(problems).toEqual([
				{ line: 2, code: 'email_invalid', value: 'bad' },
				{ line: 2, code: 'name_missing' },
				{ line: 3, code: 'language_invalid', value: 'klingon' }
			]);
		});

		it('later lines after a blank row keep their spreadsheet line number', () => {
			const { rows, problems } = parseRoster(csv('ok@ontario.ca,Ok,,,,', '', 'bad-email,Bad,,,,', ',,,,,', 'last@ontario.ca,Last,,,,'));
			expect(problems).toEqual([{ line: 4, code: 'email_invalid', value: 'bad-email' }]);
			expect(rows.map((r) => r.line)).toEqual([2, 6]);
		});

		it('a semicolon file with blank rows keeps its columns and line numbers', () => {
			const { rows, problems } = parseRoster('courriel;nom\r\n\r\na@ontario.ca;Roy, Émilie\r\n;;\r\nbad;Bad\r\n');
			expect(rows.map((r) => [r.line, r.name])).toEqual([[3, 'Roy, Émilie']]);
			expect(problems).toEqual([{ line: 5, code: 'email_invalid', value: 'bad' }]);
		});

		it('a line break inside a quoted cell stays one spreadsheet row', () => {
			const { rows, problems } = parseRoster('email,name\na@ontario.ca,"Jasmine\nAhmed"\nbad,Bad');
			expect(rows[0].name).toBe('Jasmine Ahmed');
			expect(problems).toEqual([{ line: 3, code: 'email_invalid', value: 'bad' }]);
		});
	});

	describe('rejects the whole file', () => {
		it('when a required column is missing, naming it', () => {
			const { rows, problems } = parseRoster('email,ministry\nok@ontario.ca,Health');
			expect(rows).toEqual([]);
			expect(problems).toEqual([{ line: 1, code: 'missing_column', value: 'name' }]);
		});

		it('when both required columns are missing', () => {
			const { problems } = parseRoster('ministry,branch\nHealth,Comms');
			expect(problems).toEqual([
				{ line: 1, code: 'missing_column', value: 'email' },
				{ line: 1, code: 'missing_column', value: 'name' }
			]);
		});

		it.each([
			['an empty file', ''],
			['blank lines only', '\n\n  \n'],
			['a header with no people', `${header}\n`]
		])('when it is empty: %s', (_, text) => {
			expect(parseRoster(text)).toEqual({ rows: [], problems: [{ line: 0, code: 'empty' }] });
		});

		it('when it has more rows than allowed', () => {
			const lines = Array.from({ length: MAX_ROSTER_ROWS + 1 }, (_, i) => `p${i}@ontario.ca,Person ${i}`);
			const { rows, problems } = parseRoster(['email,name', ...lines].join('\n'));
			expect(rows).toEqual([]);
			expect(problems).toEqual([{ line: 0, code: 'too_many_rows', value: String(MAX_ROSTER_ROWS + 1) }]);
		});

		it('accepts exactly the maximum number of rows', () => {
			const lines = Array.from({ length: MAX_ROSTER_ROWS }, (_, i) => `p${i}@ontario.ca,Person ${i}`);
			const { rows, problems } = parseRoster(['email,name', ...lines].join('\n'));
			expect(problems).toEqual([]);
			expect(rows).toHaveLength(MAX_ROSTER_ROWS);
		});
	});
});
