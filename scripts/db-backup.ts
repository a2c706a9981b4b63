// npm run db:backup -- FILE — a consistent copy of DATABASE_PATH, safe while the server runs
// (SQLite's online backup API copies a snapshot page by page without blocking writers for long).
import SQLite from 'better-sqlite3';
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { serverConfig } from '../src/lib/server/config';

const source = serverConfig().databasePath;
const target = process.argv[2];
if (!target) {
	console.error('Usage: npm run db:backup -- FILE');
	process.exit(2);
}
if (!existsSync(source)) {
	console.error(`No database at ${source} (set DATABASE_PATH).`);
	process.exit(1);
}
if (resolve(source) === resolve(target)) {
	console.error('The backup must go to a different file than the database.');
	process.exit(2);
}
mkdirSync(dirname(resolve(target)), { recursive: true });
const db = new SQLite(source, { readonly: true, fileMustExist: true });
db.pragma('busy_timeout = 5000');
try {
	await db.backup(target);
	const check = new SQLite(target, { readonly: true });
	const ok = check.pragma('integrity_check', { simple: true });
	check.close();
	if (ok !== 'ok') throw new Error(`integrity check of the copy said: ${String(ok)}`);
	console.info(`Backed up ${source} to ${target} (integrity check: ok).`);
} finally {
	db.close();
}
