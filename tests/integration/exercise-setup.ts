import type { SessionUser } from '$lib/server/auth/sessions';
import { createCohort } from '$lib/server/cohorts/service';
import { getCourse } from '$lib/server/content/catalog';
import type { Kysely } from 'kysely';
import type { DB } from '$lib/server/db/schema';
import { createUser } from './db';

export const person = (id: string, email: string, name = email.split('@')[0]): SessionUser => ({
	id,
	email,
	displayName: name,
	preferredLanguage: 'en',
	isAdmin: false,
	isManager: false
});

/** Two cohorts of the fixture course: Ana and Ben learn in the first (taught by Ines), Jo teaches the second. */
export async function exerciseWorld(db: Kysely<DB>) {
	process.env.FIXTURE_COURSES = 'true';
	const course = getCourse('fixture-course');
	if (!course) throw new Error('the fixture course did not load');
	const adminId = await createUser(db, 'admin@ontario.ca', { is_admin: 1 });
	const dates = { courseSlug: 'fixture-course', startsOn: '2026-11-01', endsOn: '2026-12-31' };
	const cohortId = await createCohort(db, { name: 'Cohort A', ...dates }, adminId);
	const otherCohortId = await createCohort(db, { name: 'Cohort B', ...dates }, adminId);
	const ids = {
		ana: await createUser(db, 'ana@ontario.ca', { name: 'Ana Trainee' }),
		ben: await createUser(db, 'ben@ontario.ca', { name: 'Ben Trainee' }),
		ines: await createUser(db, 'ines@ontario.ca', { name: 'Ines Instructor' }),
		jo: await createUser(db, 'jo@ontario.ca', { name: 'Jo Elsewhere' })
	};
	const now = Date.now();
	await db
		.insertInto('enrolments')
		.values([
			{ cohort_id: cohortId, user_id: ids.ana, role: 'trainee', created_at: now },
			{ cohort_id: cohortId, user_id: ids.ben, role: 'trainee', created_at: now },
			{ cohort_id: cohortId, user_id: ids.ines, role: 'instructor', created_at: now },
			{ cohort_id: otherCohortId, user_id: ids.jo, role: 'instructor', created_at: now }
		])
		.execute();
	const module = (slug: string) => course.modules.find((m) => m.slug === slug)!;
	return {
		db,
		course,
		module,
		cohortId,
		otherCohortId,
		ana: person(ids.ana, 'ana@ontario.ca', 'Ana Trainee'),
		ben: person(ids.ben, 'ben@ontario.ca', 'Ben Trainee'),
		ines: person(ids.ines, 'ines@ontario.ca', 'Ines Instructor'),
		jo: person(ids.jo, 'jo@ontario.ca', 'Jo Elsewhere')
	};
}

export const english =
	'The Lakeshore Trail at Presqu’ile Provincial Park is closed because of flooding. The campground stays open. Check ontarioparks.ca/alerts before you go.';
export const french =
	'Le sentier Lakeshore du parc provincial Presqu’ile est fermé en raison d’inondations. Le terrain de camping reste ouvert. Consultez ontarioparks.ca/alerts avant de partir.';
export const altEn = 'A forest trail under brown water, with a wooden barrier across it.';
export const altFr = 'Un sentier forestier sous une eau brune, barré par une barrière en bois.';

export const bilingualAnswer = (fr = french) => ({
	platform: 'facebook' as const,
	posts: [
		{ text: english, alts: [altEn] },
		{ text: fr, alts: [altFr] }
	]
});
