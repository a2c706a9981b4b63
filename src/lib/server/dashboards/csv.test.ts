import { describe, expect, it } from 'vitest';
import { csvCell, csvFileName, csvHeaders, toCsv } from './csv';

describe('CSV export', () => {
	it('starts with a byte-order mark and ends rows with CRLF, so Excel reads accents', () => {
		expect(
			toCsv([
				['Nom', 'Ministère'],
				['Amélie Côté', 'Santé']
			])
		).toBe('\uFEFFNom,Ministère\r\nAmélie Côté,Santé\r\n');
	});

	it('quotes commas, quotes, semicolons and line breaks', () => {
		expect(csvCell('Labour, Training')).toBe('"Labour, Training"');
		expect(csvCell('She said "hi"')).toBe('"She said ""hi"""');
		expect(csvCell('a;b')).toBe('"a;b"');
		expect(csvCell('two\nlines')).toBe('"two\nlines"');
	});

	it('defuses cells a spreadsheet would run as a formula', () => {
		expect(csvCell('=HYPERLINK("http://evil.test","x")')).toBe(`"'=HYPERLINK(""http://evil.test"",""x"")"`);
		expect(csvCell('+1 416')).toBe("'+1 416");
		expect(csvCell('-2')).toBe("'-2");
		expect(csvCell('@SUM(A1)')).toBe("'@SUM(A1)");
		expect(csvCell('\tcmd')).toBe("'\tcmd");
	});

	it('writes numbers as numbers and nothing as empty', () => {
		expect(csvCell(75)).toBe('75');
		expect(csvCell(null)).toBe('');
		expect(csvCell(undefined)).toBe('');
	});

	it('names the file after the cohort and the date, without accents or punctuation', () => {
		expect(csvFileName('Social Media Bootcamp — Cohort 1', 'progress', '2027-01-15')).toBe('social-media-bootcamp-cohort-1-progress-2027-01-15.csv');
		expect(csvFileName('Cohorte d’été', 'quiz-results', '2027-07-02')).toBe('cohorte-d-ete-quiz-results-2027-07-02.csv');
		expect(csvHeaders('a.csv')['content-disposition']).toBe(`attachment; filename="a.csv"; filename*=UTF-8''a.csv`);
	});
});
