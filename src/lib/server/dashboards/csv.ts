// CSV files that open correctly in Excel (a byte-order mark, so accents survive) and that
// cannot run as formulas there (CSV injection: a cell starting =, +, -, @, tab or CR).
const FORMULA_START = /^[=+\-@\t\r]/;
const NEEDS_QUOTES = /[",;\r\n]|^\s|\s$/;

export type CsvValue = string | number | null | undefined;

export function csvCell(value: CsvValue): string {
	if (value === null || value === undefined) return '';
	if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
	const safe = FORMULA_START.test(value) ? `'${value}` : value;
	return NEEDS_QUOTES.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function toCsv(rows: CsvValue[][]): string {
	return '\uFEFF' + rows.map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

/** "Social Media Bootcamp — Cohort 1" on 2027-01-15 → social-media-bootcamp-cohort-1-progress-2027-01-15.csv */
export function csvFileName(name: string, what: string, date: string): string {
	const slug = name
		.normalize('NFD')
		.replace(/[\u0300-\u036f]/g, '')
		.toLowerCase()
		.replace(/[^a-z0-9]+/g, '-')
		.replace(/^-|-$/g, '');
	return `${slug || 'cohort'}-${what}-${date}.csv`;
}

export function csvHeaders(fileName: string): Record<string, string> {
	return {
		'content-type': 'text/csv; charset=utf-8',
		'content-disposition': `attachment; filename="${fileName}"; filename*=UTF-8''${encodeURIComponent(fileName)}`,
		'cache-control': 'private, no-store'
	};
}
