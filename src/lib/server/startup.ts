import type { Kysely } from 'kysely';
import type { DB } from './db/schema';
import { serverConfig, signInConfig } from './config';
import { migrateToLatest } from './db/index';
import { deleteExpiredSessions } from './auth/sessions';
import { DEMO_TRAINEES, demoTraineeEmail, isEmpty, seedDemo, seedDemoStory } from './demo/seed';

/** Migrates, seeds the demo into a new database unless SEED_DEMO=false, and says how to sign in. */
export async function startUp(db: Kysely<DB>, env?: Record<string, string | undefined>): Promise<void> {
	const config = serverConfig(env);
	// Contradictory sign-in settings (SIGN_IN=sso without OIDC_*) stop the server here, not at someone's sign-in.
	signInConfig(env);
	const applied = await migrateToLatest(db);
	if (applied.length) console.info(`Bootcamp: applied migrations ${applied.join(', ')}`);
	await deleteExpiredSessions(db);

	if (config.seedDemo && (await isEmpty(db))) {
		const password = config.demoPassword;
		await seedDemo(db, password, { fixtureCohort: config.fixtureCourses });
		if (config.demoStory) await seedDemoStory(db);
		const origin = config.origin ?? `http://localhost:${config.port}`;
		console.info(
			[
				`Bootcamp demo is ready at ${origin} (en français : ${origin}/fr)`,
				`Sign in with password "${password}" as any of:`,
				'  admin@demo.test, instructor@demo.test, manager@demo.test',
				`  ${demoTraineeEmail(1)} … ${demoTraineeEmail(DEMO_TRAINEES)}`
			].join('\n')
		);
	}
}
