/**
 * Whether a database error is a unique key refusing a second row: SQLite's SQLITE_CONSTRAINT_UNIQUE
 * (or _PRIMARYKEY), PostgreSQL's SQLSTATE 23505. The race a unique key settles is then lost, not
 * failed: the caller reads the winner's row.
 */
export function isUniqueViolation(error: unknown): boolean {
	const code = typeof error === 'object' && error !== null ? String((error as { code?: unknown }).code) : '';
	return code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE' || code === 'SQLITE_CONSTRAINT_PRIMARYKEY';
}
