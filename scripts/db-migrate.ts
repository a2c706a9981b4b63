// npm run db:migrate — applies pending migrations to DATABASE_PATH (the server also does this at start).
import { DEFAULT_DATABASE_PATH, migrateToLatest, openDatabase } from '../src/lib/server/db/index';

const path = process.env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
const db = openDatabase(path);
try {
	const applied = await migrateToLatest(db);
	console.info(applied.length ? `Applied to ${path}: ${applied.join(', ')}` : `${path} is up to date.`);
} finally {
	await db.destroy();
}
