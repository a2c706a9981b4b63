import type { Kysely } from 'kysely';
import type { DB } from './db/schema';
import { migrateToLatest } from './db/index';
import { deleteExpiredSessions } from './auth/sessions';
import { DEMO_TRAINEES, demoTraineeEmail, isEmpty, seedDemo, seedDemoStory } from './demo/seed';

export const DEFAULT_DEMO_PASSWORD = 'bootcamp-demo';

/** Migrates, seeds the demo into a new database unless SEED_DEMO=false, and says how to sign in. */
export async function startUp(db: Kysely<DB>, env: NodeJS.ProcessEnv = process.env): Promise<void> {
	const applied = await migrateToLatest(db);
	if (applied.length) console.info(`Bootcamp: applied migrations ${applied.join(', ')}`);
	await deleteExpiredSessions(db);

	const wantDemo = (env.SEED_DEMO ?? 'true').toLowerCase() !== 'false';
	if (wantDemo && (await isEmpty(db))) {
		const password = env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD;
		await seedDemo(db, password, { fixtureCohort: env.FIXTURE_COURSES === 'true' });
		if ((env.DEMO_STORY ?? 'true').toLowerCase() !== 'false') await seedDemoStory(db);
		const origin = env.ORIGIN ?? `http://localhost:${env.PORT ?? 3000}`;
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
