// npm run admin:create -- --email EMAIL --name "NAME" — the first admin of a new (non-demo) install.
// Creates the account (or makes an existing one admin) and prints a one-time link to set the password.
import { parseArgs } from 'node:util';
import { serverConfig } from '../src/lib/server/config';
import { migrateToLatest, openDatabase } from '../src/lib/server/db/index';
import { createAdmin } from '../src/lib/server/accounts/admins';

const { values } = parseArgs({ options: { email: { type: 'string' }, name: { type: 'string' }, language: { type: 'string', default: 'en' } } });
if (!values.email || !values.name) {
	console.error('Usage: npm run admin:create -- --email EMAIL --name "NAME" [--language en|fr]');
	process.exit(2);
}
const language = values.language === 'fr' ? 'fr' : 'en';
const config = serverConfig();
const db = openDatabase(config.database);
try {
	await migrateToLatest(db);
	const result = await createAdmin(db, { email: values.email, name: values.name, language });
	if (!result.ok) {
		console.error(`"${values.email}" is not an email address.`);
		process.exit(2);
	}
	const origin = config.origin ?? `http://localhost:${config.port}`;
	const prefix = language === 'fr' ? '/fr' : '';
	console.info(`${result.created ? 'Created' : 'Updated'} admin ${result.email}.`);
	console.info(`One-time link to set the password (valid 7 days):\n${origin}${prefix}/invitation/${result.token}`);
} finally {
	await db.destroy();
}
