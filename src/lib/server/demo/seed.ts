import type { Kysely } from 'kysely';
import type { DB, NewUser } from '../db/schema';
import { hashPassword } from '../auth/password';
import { insertUsers, newUserRow } from '../accounts/repository';
import { getCourse } from '../content/catalog';
import { dateOfDay, torontoDay } from '../dashboards/schedule';
import { testFixtures } from '../content/fixtures';
import { writeAudit } from '../audit/log';
import { demoCast, hasNoUsers, insertCohortWithPeople } from './repository';
import { planFor, playTrainee } from './story';

export const DEMO_COHORT_NAME = 'Social Media Bootcamp — Cohort 1';
export const DEMO_COHORT_NAME_FR = 'Camp d’entraînement sur les médias sociaux — Cohorte 1';
export const DEMO_COURSE = 'social-media-bootcamp';
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
	return hasNoUsers(db);
}

/**
 * The demo install: an admin, an instructor, a manager of trainees 01–10, and 50 trainees in
 * Cohort 1 (and, for the browser tests, cohorts of the test courses: see content/fixtures.ts).
 * Runs in one transaction.
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
		await insertUsers(trx, [admin, instructor, manager]);

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
		await insertUsers(trx, trainees);

		// Three weeks in and five to go, counted in Ontario days, as standings are: a UTC date would
		// start the cohort a day later in an Ontario evening, and the fourth of ten modules (due on
		// day 20) would be overdue or not depending on the hour.
		const today = torontoDay(now);
		const dates = {
			startsOn: dateOfDay(today - 21),
			endsOn: dateOfDay(today + 35),
			createdBy: admin.id
		};
		const traineeIds = trainees.map((t) => t.id);
		const cohortId = await insertCohortWithPeople(
			trx,
			{ name: DEMO_COHORT_NAME, nameFr: DEMO_COHORT_NAME_FR, courseSlug: DEMO_COURSE, ...dates },
			{ instructorId: instructor.id, traineeIds },
			now
		);
		if (options.fixtureCohort) {
			for (const { name, course } of testFixtures().cohorts) {
				await insertCohortWithPeople(trx, { name, courseSlug: course, ...dates }, { instructorId: instructor.id, traineeIds: traineeIds.slice(0, 10) }, now);
			}
		}
		await writeAudit(trx, { actorId: null, action: 'demo.seeded', cohortId }, now);
	});
}

/**
 * Plays the demo cohort's story (see story.ts) so dashboards, the review queue, the manager's
 * view and completion records look alive on first sign-in. Skipped where the course is absent.
 */
export async function seedDemoStory(db: Kysely<DB>, now = Date.now()): Promise<void> {
	const course = getCourse(DEMO_COURSE);
	const { cohort, instructor, trainees } = await demoCast(db, DEMO_COHORT_NAME, 'instructor@demo.test', 'trainee%@demo.test');
	if (!course || !cohort || !instructor) return;
	for (const trainee of trainees) {
		const n = Number(/trainee(\d+)@/.exec(trainee.email)?.[1]);
		if (!n) continue;
		await playTrainee(db, course, cohort.id, trainee.id, { id: instructor.id, name: instructor.display_name }, planFor(n, course.modules.length), now);
	}
}
