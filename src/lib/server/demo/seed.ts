import type { Kysely } from 'kysely';
import type { DB, NewUser } from '../db/schema';
import { hashPassword } from '../auth/password';
import { newId } from '../ids';
import { newUserRow } from '../accounts/repository';
import { getCourse } from '../content/catalog';
import { planFor, playTrainee } from './story';

export const DEMO_COHORT_NAME = 'Social Media Bootcamp — Cohort 1';
export const DEMO_COURSE = 'social-media-bootcamp';
export const FIXTURE_COHORT_NAME = 'Fixture Cohort';
export const FIXTURE_COURSE = 'fixture-course';
export const RECORDS_COHORT_NAME = 'Records Cohort';
export const RECORDS_COURSE = 'records-course';
export const DEMO_TRAINEES = 50;
export const DEMO_MANAGER_STAFF = 10;

const ministries = [
	['Ministry of Health', 'Communications Branch'],
	['Ministry of Education', 'Digital Engagement'],
	['Ministry of Transportation', 'Public Affairs'],
	['Ministry of Labour, Immigration, Training and Skills Development', 'Communications'],
	['Ministry of Natural Resources', 'Outreach and Marketing'],
	['Ministry of Francophone Affairs', 'Communications et relations publiques']
] as const;

const firstNames = ['Amélie', 'Bilal', 'Chloé', 'Darius', 'Émilie', 'Farah', 'Gabriel', 'Hana', 'Isaac', 'Jasmine'];
const lastNames = ['Tremblay', 'Singh', 'Gagnon', 'Nguyen', 'Roy', 'Okafor', 'Côté', 'Chen', 'Bouchard', 'Ahmed'];

export const demoTraineeEmail = (n: number) => `trainee${String(n).padStart(2, '0')}@demo.test`;

/** True when the database has no people yet: the demo is only ever seeded into a new install. */
export async function isEmpty(db: Kysely<DB>): Promise<boolean> {
	const row = await db.selectFrom('users').select('id').limit(1).executeTakeFirst();
	return !row;
}

/**
 * The demo install: an admin, an instructor, a manager of trainees 01–10, and 50 trainees in
 * Cohort 1 (and, for the browser tests, a cohort of the fixture course). Runs in one transaction.
 */
export async function seedDemo(db: Kysely<DB>, password: string, options: { fixtureCohort?: boolean } = {}, now = Date.now()): Promise<void> {
	// Hashed once: the demo accounts share a password, and fifty argon2 runs would slow the first start.
	const passwordHash = await hashPassword(password);
	const person = (email: string, name: string, extra: Partial<NewUser> = {}) =>
		newUserRow({ email, display_name: name, ministry: 'Cabinet Office', branch: 'Communications', password_hash: passwordHash, ...extra }, now);

	await db.transaction().execute(async (trx) => {
		const admin = person('admin@demo.test', 'Alex Admin', { is_admin: 1 });
		const instructor = person('instructor@demo.test', 'Isabelle Instructor', { preferred_language: 'fr' });
		const manager = person('manager@demo.test', 'Morgan Manager', { ministry: ministries[0][0] });
		await trx.insertInto('users').values([admin, instructor, manager]).execute();

		const trainees = Array.from({ length: DEMO_TRAINEES }, (_, i) => {
			const n = i + 1;
			const [ministry, branch] = ministries[i % ministries.length];
			const name = `${firstNames[i % firstNames.length]} ${lastNames[Math.floor(i / firstNames.length) % lastNames.length]}`;
			return person(demoTraineeEmail(n), name, {
				ministry: n <= DEMO_MANAGER_STAFF ? ministries[0][0] : ministry,
				branch: n <= DEMO_MANAGER_STAFF ? ministries[0][1] : branch,
				preferred_language: n % 4 === 0 ? 'fr' : 'en',
				manager_id: n <= DEMO_MANAGER_STAFF ? manager.id : null
			});
		});
		await trx.insertInto('users').values(trainees).execute();

		const start = new Date(now - 21 * 24 * 60 * 60 * 1000);
		const end = new Date(now + 35 * 24 * 60 * 60 * 1000);
		const cohortId = newId();
		const cohortValues = { starts_on: start.toISOString().slice(0, 10), ends_on: end.toISOString().slice(0, 10) };
		await trx
			.insertInto('cohorts')
			.values({ id: cohortId, name: DEMO_COHORT_NAME, course_slug: DEMO_COURSE, ...cohortValues, created_by: admin.id, created_at: now })
			.execute();
		await trx
			.insertInto('enrolments')
			.values([
				{ cohort_id: cohortId, user_id: instructor.id, role: 'instructor', created_at: now },
				...trainees.map((t) => ({ cohort_id: cohortId, user_id: t.id, role: 'trainee' as const, created_at: now }))
			])
			.execute();
		if (options.fixtureCohort) {
			// For the browser tests, taught by the demo instructor to trainees 01–10: the fixture
			// course, and a lesson-only course they can finish for the completion-record tests.
			for (const [name, course] of [
				[FIXTURE_COHORT_NAME, FIXTURE_COURSE],
				[RECORDS_COHORT_NAME, RECORDS_COURSE]
			]) {
				const id = newId();
				await trx.insertInto('cohorts').values({ id, name, course_slug: course, ...cohortValues, created_by: admin.id, created_at: now }).execute();
				await trx
					.insertInto('enrolments')
					.values([
						{ cohort_id: id, user_id: instructor.id, role: 'instructor', created_at: now },
						...trainees.slice(0, 10).map((t) => ({ cohort_id: id, user_id: t.id, role: 'trainee' as const, created_at: now }))
					])
					.execute();
			}
		}
		await trx
			.insertInto('audit_log')
			.values({ id: newId(), at: now, actor_id: null, action: 'demo.seeded', subject_user_id: null, cohort_id: cohortId, details: '{}' })
			.execute();
	});
}

/**
 * Plays the demo cohort's story (see story.ts) so dashboards, the review queue, the manager's
 * view and completion records look alive on first sign-in. Skipped where the course is absent.
 */
export async function seedDemoStory(db: Kysely<DB>, now = Date.now()): Promise<void> {
	const course = getCourse(DEMO_COURSE);
	const cohort = await db.selectFrom('cohorts').select('id').where('name', '=', DEMO_COHORT_NAME).executeTakeFirst();
	const instructor = await db.selectFrom('users').select(['id', 'display_name']).where('email', '=', 'instructor@demo.test').executeTakeFirst();
	if (!course || !cohort || !instructor) return;
	const trainees = await db.selectFrom('users').select(['id', 'email']).where('email', 'like', 'trainee%@demo.test').execute();
	for (const trainee of trainees) {
		const n = Number(/trainee(\d+)@/.exec(trainee.email)?.[1]);
		if (!n) continue;
		await playTrainee(db, course, cohort.id, trainee.id, { id: instructor.id, name: instructor.display_name }, planFor(n), now);
	}
}
