// npm run db:migrate — applies pending migrations to DATABASE_PATH (the server also does this at start).
import { serverConfig } from '../src/lib/server/config';
import { migrateToLatest, openDatabase } from '../src/lib/server/db/index';

const path = serverConfig().databasePath;
const db = openDatabase(path);
try {
	const applied = await migrateToLatest(db);
	console.info(applied.length ? `Applied to ${path}: ${applied.join(', ')}` : `${path} is up to date.`);
} finally {
	await db.destroy();
}
