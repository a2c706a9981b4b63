// npm run db:copy [-- --from data/bootcamp.db --to postgres://…]: moves a whole SQLite database
// (default DATABASE_PATH) into an empty PostgreSQL one (default DATABASE_URL).
//
// The target is migrated first (a new, empty database is fine), then must hold no row at all.
// Every table is copied in foreign-key order in one transaction: everything or nothing. After:
// the row count of every table is compared, and every completion record's credential, signed from
// the source's copy with the issuer key (ISSUER_KEY_PATH), must verify over the target's copy.
// The source is only read. Stop the server first, so nothing is written to SQLite meanwhile.
import { parseArgs } from 'node:util';
import { serverConfig, siteOrigin } from '../src/lib/server/config';
import { databaseLabel, engineOf, isPostgresUrl, migrateToLatest, openDatabase } from '../src/lib/server/db/index';
import { copyDatabase, CopyRefused } from '../src/lib/server/db/copy';
import { checkCopy } from '../src/lib/server/db/copy-check';
import { issuerKey } from '../src/lib/server/records/credentials/issuer';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCourses } from '../src/lib/server/content/load';
import { sideFileValidators } from '../src/lib/server/content/side-files';

/** The courses in courses/, read as the server reads them (the catalog itself needs Vite). */
function coursesOnDisk() {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
	const paths = walk('courses').map((p) => relative('.', p).split('\\').join('/'));
	const files = Object.fromEntries(paths.filter((p) => /\.(md|yaml)$/.test(p)).map((p) => [p, readFileSync(p, 'utf8')]));
	const { courses } = loadCourses('courses', files, new Set(paths.filter((p) => !/\.(md|yaml)$/.test(p))), sideFileValidators);
	return (slug: string) => courses.find((c) => c.slug === slug);
}

const { values } = parseArgs({ options: { from: { type: 'string' }, to: { type: 'string' } } });
const config = serverConfig();
const from = values.from ?? config.databasePath;
const to = values.to ?? process.env.DATABASE_URL ?? '';

function stop(message: string): never {
	console.error(`\n${message}\n`);
	process.exit(2);
}

if (!isPostgresUrl(to))
	stop(
		'Usage: npm run db:copy -- --from data/bootcamp.db --to postgres://user:password@host:5432/name\n(or set DATABASE_PATH and DATABASE_URL). The target must be PostgreSQL.'
	);
if (isPostgresUrl(from) || !existsSync(from)) stop(`The source must be an existing SQLite file: ${from} is not one.`);

const source = openDatabase(from);
const target = openDatabase(to);
let failed: boolean;
try {
	if (engineOf(target) !== 'postgres') stop('The target must be PostgreSQL.');
	console.log(`Copying ${from} into ${databaseLabel(to)}…`);
	await migrateToLatest(target);
	const summary = await copyDatabase(source, target, (table, rows) => {
		if (rows % 10_000 === 0) console.log(`  ${table}: ${rows.toLocaleString('en-CA')} rows…`);
	});
	const width = Math.max(...summary.tables.map((t) => t.name.length));
	for (const table of summary.tables) console.log(`  ${table.name.padEnd(width)}  ${table.rows.toLocaleString('en-CA').padStart(9)}`);
	console.log(
		`Copied ${summary.rows.toLocaleString('en-CA')} rows in ${summary.tables.length} tables in ${(summary.ms / 1000).toFixed(1)} s, in one transaction.`
	);

	const check = await checkCopy(source, target, siteOrigin(), await issuerKey(), coursesOnDisk());
	for (const m of check.counts) console.error(`  ${m.name}: ${m.source} rows in the source, ${m.target} in the target`);
	if (check.broken.length) console.error(`  Signatures that no longer verify: ${check.broken.join(', ')}`);
	failed = check.counts.length > 0 || check.broken.length > 0;
	console.log(
		failed
			? 'Verification FAILED (see above): do not switch the server to the target.'
			: `Verified: the same number of rows in every table, and all ${check.records} records' signatures verify on the copy.\nStart the server with DATABASE_URL=${databaseLabel(to)}.`
	);
} catch (error) {
	if (error instanceof CopyRefused) stop(`Nothing copied. ${error.message}`);
	throw error;
} finally {
	await source.destroy();
	await target.destroy();
}
process.exit(failed ? 1 : 0);
