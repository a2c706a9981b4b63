import { sql, type Expression, type RawBuilder } from 'kysely';

/**
 * Text as search compares it: without accents and case, so `emilie`, `EMILIE` and `Émilie`
 * are the same word. NFD splits `É` into `E` and a combining accent, which is then dropped.
 * `ß` lowercases to itself and `œ` stays `œ`: folding never changes a string's letters beyond that.
 */
export function fold(text: string): string {
	return text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** A LIKE pattern that finds `text` anywhere, with `\`, `%` and `_` taken literally (escaped with `\`). */
export function containsPattern(text: string): string {
	return `%${fold(text).replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/**
 * `column` contains the searched text, ignoring case and accents. The one engine-specific
 * piece is `fold()`: SQLite gets it from JavaScript (registered in ./index.ts); PostgreSQL will
 * define it over `lower(unaccent(…))`. The explicit ESCAPE is needed by SQLite, harmless in PostgreSQL.
 */
export function foldedContains(column: Expression<string | null> | RawBuilder<unknown>, text: string): RawBuilder<boolean> {
	return sql<boolean>`fold(${column}) like ${containsPattern(text)} escape '\\'`;
}

/** Sorts by the language's collation (French: Émilie before Jasmine), by `key`. */
export function collate<T>(rows: T[], key: (row: T) => string, locale: string): T[] {
	const collator = new Intl.Collator(locale, { sensitivity: 'base', numeric: true });
	return [...rows].sort((a, b) => collator.compare(key(a), key(b)));
}
