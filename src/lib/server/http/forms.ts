import type { z } from 'zod';

export type FormErrors = Record<string, string>;

/** An error about the whole form rather than one field, shown at the top of the summary. */
export const formError = (message: string): FormErrors => ({ form: message });

type ParsedForm<T> = { ok: true; data: T } | { ok: false; errors: FormErrors; values: Record<string, string> };

const secretFields = new Set(['password', 'confirm']);

/**
 * Validates a form against a schema. On failure returns each field's first message and the
 * values to put back in the form (never passwords), ready for `fail(400, …)`.
 */
export function parseForm<T extends z.ZodType>(schema: T, form: FormData): ParsedForm<z.infer<T>> {
	const raw: Record<string, string> = {};
	for (const [key, value] of form) if (typeof value === 'string') raw[key] = value;
	const result = schema.safeParse(raw);
	if (result.success) return { ok: true, data: result.data };
	const errors: FormErrors = {};
	for (const issue of result.error.issues) {
		const field = String(issue.path[0] ?? 'form');
		errors[field] ??= issue.message;
	}
	const values = Object.fromEntries(Object.entries(raw).filter(([key]) => !secretFields.has(key)));
	return { ok: false, errors, values };
}
