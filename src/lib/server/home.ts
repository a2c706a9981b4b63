import type { Kysely } from 'kysely';
import type { DB } from './db/schema';
import type { SessionUser } from './auth/sessions';
import { listCohorts } from './cohorts/repository';
import { listStaff } from './team/repository';

/** What the home page shows each person: one section per role they hold, each possibly empty. */
export async function homeFor(db: Kysely<DB>, user: SessionUser) {
	const [learning, teaching, staff, all, people] = await Promise.all([
		listCohorts(db, { userId: user.id, role: 'trainee' }),
		listCohorts(db, { userId: user.id, role: 'instructor' }),
		user.isManager ? listStaff(db, user.id) : Promise.resolve(null),
		user.isAdmin ? listCohorts(db) : Promise.resolve(null),
		user.isAdmin
			? db.selectFrom('users').select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()
			: Promise.resolve(null)
	]);
	return {
		learning,
		teaching,
		staff,
		admin: all && people ? { cohorts: all, peopleCount: Number(people.n) } : null
	};
}
