// npm run db:migrate — applies pending migrations to DATABASE_URL or DATABASE_PATH (the server also does this at start).
import { serverConfig } from '../src/lib/server/config';
import { databaseLabel, migrateToLatest, openDatabase } from '../src/lib/server/db/index';

const target = serverConfig().database;
const path = databaseLabel(target);
const db = openDatabase(target);
try {
	const applied = await migrateToLatest(db);
	console.info(applied.length ? `Applied to ${path}: ${applied.join(', ')}` : `${path} is up to date.`);
} finally {
	await db.destroy();
}
