import { m } from '$lib/paraglide/messages';

export interface Problem {
	line: number;
	code: string;
	value?: string;
}

const columnNames = (field: string) => (field === 'email' ? m.import_column_email() : m.import_column_name());

/** A roster problem in the reader's language, saying what was found and what to do. */
export function problemMessage(problem: Problem): string {
	const value = problem.value ?? '';
	switch (problem.code) {
		case 'empty':
			return m.import_problem_empty();
		case 'too_large':
			return m.import_problem_too_large();
		case 'too_many_rows':
			return m.import_problem_too_many_rows({ count: value });
		case 'missing_column':
			return m.import_problem_missing_column({ column: columnNames(value) });
		case 'email_invalid':
			return m.import_problem_email_invalid({ value });
		case 'name_missing':
			return m.import_problem_name_missing();
		case 'name_too_long':
			return m.import_problem_name_too_long();
		case 'language_invalid':
			return m.import_problem_language_invalid({ value });
		case 'manager_email_invalid':
			return m.import_problem_manager_email_invalid({ value });
		case 'manager_is_self':
			return m.import_problem_manager_is_self();
		case 'duplicate_email':
			return m.import_problem_duplicate_email({ line: value });
		case 'already_instructor':
			return m.import_problem_already_instructor({ value });
		default:
			return problem.code;
	}
}
