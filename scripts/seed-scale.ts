// npm run seed:scale -- --trainees 10000 [--cohort-size 500] [--course <slug> | --synthetic] [--explain]
//
// Fills a new database (DATABASE_PATH, default data/scale.db) with cohorts of trainees and a
// realistic history of progress: views, quiz attempts (some failed), exercise submissions,
// revisions and approvals, spread over each cohort's dates. Cohort 01 is half-way through;
// the others started two weeks apart before it. Everyone's password is bootcamp-demo (or
// SCALE_PASSWORD): admin@scale.test, instructor01@scale.test (Cohort 01) … and managers.
//
// The modules are the real course's, read from courses/ the way the server reads them
// (default social-media-bootcamp), or with --synthetic those of a nine-module course that is
// not in the catalog (the dashboards then list the modules recorded). Quizzes and exercises
// follow a fixed pattern over the modules' positions, whatever the course files declare today,
// so that every run carries the same volume of events.
// --explain prints the query plans of the dashboards' heaviest reads on an existing database.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseArgs } from 'node:util';
import { CompiledQuery, type Insertable, type Kysely } from 'kysely';
import { hashPassword } from '../src/lib/server/auth/password';
import { loadCourses } from '../src/lib/server/content/load';
import { sideFileValidators } from '../src/lib/server/content/side-files';
import { migrateToLatest, openDatabase } from '../src/lib/server/db/index';
import type { DB, ModuleStatus } from '../src/lib/server/db/schema';
import * as dashboards from '../src/lib/server/dashboards/repository';
import { newId } from '../src/lib/server/ids';

const { values: args } = parseArgs({
	options: {
		trainees: { type: 'string', default: '10000' },
		'cohort-size': { type: 'string', default: '500' },
		course: { type: 'string', default: 'social-media-bootcamp' },
		synthetic: { type: 'boolean', default: false },
		explain: { type: 'boolean', default: false }
	}
});
const path = process.env.DATABASE_PATH || 'data/scale.db';
const DAY = 86_400_000;
const BATCH = 1000;
const now = Date.now();

interface SeedModule {
	slug: string;
	hasQuiz: boolean;
	hasExercise: boolean;
}

/** Which positions have a quiz and which an exercise (the bootcamp's own mix). */
const ACTIVITIES: [boolean, boolean][] = [
	[false, false],
	[true, false],
	[true, true],
	[true, false],
	[false, true],
	[true, true],
	[true, false],
	[true, false],
	[false, true]
];
const SYNTHETIC_SLUGS = [
	'm1-welcome',
	'm2-writing',
	'm3-accessibility',
	'm4-french',
	'm5-customer-service',
	'm6-issues',
	'm7-engagement',
	'm8-measuring',
	'm9-capstone'
];

const withActivities = (slugs: string[]): SeedModule[] =>
	slugs.map((slug, i) => ({ slug, hasQuiz: ACTIVITIES[i % ACTIVITIES.length][0], hasExercise: ACTIVITIES[i % ACTIVITIES.length][1] }));

function courseModules(courseSlug: string): string[] {
	const walk = (dir: string): string[] =>
		readdirSync(dir).flatMap((name) => (statSync(join(dir, name)).isDirectory() ? walk(join(dir, name)) : [join(dir, name)]));
	const paths = walk('courses').map((p) => relative('.', p).split('\\').join('/'));
	const files = Object.fromEntries(paths.filter((p) => /\.(md|yaml)$/.test(p)).map((p) => [p, readFileSync(p, 'utf8')]));
	const { courses, errors } = loadCourses('courses', files, new Set(paths.filter((p) => !/\.(md|yaml)$/.test(p))), sideFileValidators);
	const course = courses.find((c) => c.slug === courseSlug);
	if (!course) throw new Error(`No valid course ${courseSlug} in courses/ (${errors.length} content errors; npm run courses:check)`);
	return course.modules.map((mod) => mod.slug);
}

// A small deterministic generator, so two runs make the same cohorts.
let state = 20261130;
const random = () => {
	state = (state * 1664525 + 1013904223) >>> 0;
	return state / 2 ** 32;
};
const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)];

const FIRST = [
	'Amélie',
	'Bilal',
	'Chloé',
	'Darius',
	'Émilie',
	'Farah',
	'Gabriel',
	'Hana',
	'Isaac',
	'Jasmine',
	'Kwame',
	'Léa',
	'Mohamed',
	'Noémie',
	'Olivia',
	'Pierre',
	'Quinn',
	'Rosalie',
	'Samir',
	'Thérèse'
];
const LAST = [
	'Tremblay',
	'Singh',
	'Gagnon',
	'Nguyen',
	'Roy',
	'Okafor',
	'Côté',
	'Chen',
	'Bouchard',
	'Ahmed',
	'Lavoie',
	'Patel',
	'Fortin',
	'Wong',
	'Gauthier',
	'Morin'
];
const MINISTRIES = [
	'Ministry of Health',
	'Ministry of Education',
	'Ministry of Transportation',
	'Ministry of Labour, Immigration, Training and Skills Development',
	'Ministry of Natural Resources',
	'Ministry of Francophone Affairs',
	'Ministry of Finance',
	'Ministry of the Environment, Conservation and Parks',
	'Ministry of Children, Community and Social Services',
	'Treasury Board Secretariat'
];

type Row<T extends keyof DB> = Insertable<DB[T]>;

/** Multi-row inserts of a thousand rows at a time, inside the caller's transaction. */
async function inBatches<T>(rows: T[], write: (batch: T[]) => Promise<unknown>) {
	for (let i = 0; i < rows.length; i += BATCH) await write(rows.slice(i, i + BATCH));
}

/** One trainee's history in one cohort: the events and the module rows they leave. */
function simulate(userId: string, cohortId: string, courseSlug: string, instructorId: string, modules: SeedModule[], start: number, end: number) {
	const events: Row<'progress_events'>[] = [];
	const rows: Row<'module_progress'>[] = [];
	const span = end - start;
	const pace = 0.45 + random() * 0.85;
	const stopsAt = random() < 0.12 ? Math.floor(random() * modules.length) : modules.length;
	const elapsed = Math.min(1.6, (now - start) / span);
	const done = Math.min(stopsAt, modules.length, Math.floor(modules.length * elapsed * pace));
	const event = (module: SeedModule, kind: string, at: number, details: object = {}, actor = userId) =>
		events.push({
			id: newId(),
			user_id: userId,
			cohort_id: cohortId,
			course_slug: courseSlug,
			module_slug: module.slug,
			kind,
			content_version: 'scale',
			at: Math.round(at),
			actor_id: actor,
			details: JSON.stringify(details)
		});
	const timeOf = (position: number) => Math.min(now - DAY * random(), start + ((position + random()) / modules.length) * (span / pace));

	for (let i = 0; i <= done && i < modules.length && i < stopsAt; i++) {
		const module = modules[i];
		const finished = i < done;
		const completedAt = timeOf(i + 1);
		const viewedAt = Math.max(start, completedAt - DAY * (1 + random() * 4));
		if (!finished && viewedAt > now) break;
		const row: Row<'module_progress'> = {
			cohort_id: cohortId,
			user_id: userId,
			module_slug: module.slug,
			status: 'in_progress',
			viewed_at: null,
			marked_complete_at: null,
			quiz_passed_at: null,
			exercise_submitted_at: null,
			exercise_approved_at: null,
			revision_requested_at: null,
			completed_at: null,
			content_version: 'scale',
			updated_at: Math.round(viewedAt)
		};
		event(module, 'module_viewed', viewedAt);
		row.viewed_at = Math.round(viewedAt);
		let status: ModuleStatus = 'in_progress';
		let t = viewedAt;
		const step = () => (t += (completedAt - viewedAt) / 6);
		if (module.hasQuiz) {
			const failures = random() < 0.25 ? (random() < 0.3 ? 2 : 1) : 0;
			for (let f = 0; f < failures; f++) event(module, 'quiz_attempted', step(), { score: Math.round(30 + random() * 45), passed: false });
			if (finished || random() < 0.4) {
				const score = Math.round(80 + random() * 20);
				event(module, 'quiz_attempted', step(), { score, passed: true });
				event(module, 'quiz_passed', t, { score });
				row.quiz_passed_at = Math.round(t);
			}
		}
		if (module.hasExercise && (finished || random() < 0.6)) {
			event(module, 'exercise_submitted', step());
			row.exercise_submitted_at = Math.round(t);
			status = 'needs_review';
			const revised = random() < 0.2;
			if (revised) {
				event(module, 'exercise_revision_requested', step(), {}, instructorId);
				row.revision_requested_at = Math.round(t);
				status = 'needs_revision';
				if (finished) {
					event(module, 'exercise_submitted', step());
					row.revision_requested_at = null;
					status = 'needs_review';
				}
			}
			if (finished) {
				event(module, 'exercise_approved', step(), {}, instructorId);
				row.exercise_approved_at = Math.round(t);
			}
		}
		if (!module.hasQuiz && !module.hasExercise && finished) {
			event(module, 'module_marked_complete', completedAt);
			row.marked_complete_at = Math.round(completedAt);
		}
		if (finished) {
			event(module, 'module_completed', completedAt);
			status = 'completed';
			row.completed_at = Math.round(completedAt);
		}
		row.status = status;
		row.updated_at = Math.round(Math.max(t, row.completed_at ?? 0));
		rows.push(row);
	}
	return { events, rows };
}

async function seed(db: Kysely<DB>) {
	const traineeCount = Number(args.trainees);
	const cohortSize = Number(args['cohort-size']);
	if (!(traineeCount > 0 && cohortSize > 0)) throw new Error('--trainees and --cohort-size must be positive numbers');
	if (await db.selectFrom('users').select('id').limit(1).executeTakeFirst()) {
		throw new Error(`${path} already has people in it: seed:scale fills a new database (set DATABASE_PATH to a new file)`);
	}
	const courseSlug = args.synthetic ? 'scale-course' : args.course!;
	const modules = withActivities(args.synthetic ? SYNTHETIC_SLUGS : courseModules(courseSlug));
	const started = performance.now();
	const passwordHash = await hashPassword(process.env.SCALE_PASSWORD || 'bootcamp-demo');
	const person = (email: string, name: string, extra: Partial<Row<'users'>> = {}): Row<'users'> => ({
		id: newId(),
		email,
		display_name: name,
		preferred_language: random() < 0.25 ? 'fr' : 'en',
		ministry: '',
		branch: '',
		manager_id: null,
		password_hash: passwordHash,
		is_admin: 0,
		created_at: now,
		updated_at: now,
		disabled_at: null,
		...extra
	});
	const cohortCount = Math.ceil(traineeCount / cohortSize);
	const pad = (n: number, width: number) => String(n).padStart(width, '0');
	const admin = person('admin@scale.test', 'Scale Admin', { is_admin: 1 });
	const instructors = Array.from({ length: cohortCount }, (_, i) => person(`instructor${pad(i + 1, 2)}@scale.test`, `Instructor ${pad(i + 1, 2)}`));
	const managers = Array.from({ length: Math.ceil(traineeCount / 10) }, (_, i) => person(`manager${pad(i + 1, 4)}@scale.test`, `${pick(FIRST)} ${pick(LAST)}`));
	const trainees = Array.from({ length: traineeCount }, (_, i) => {
		const ministry = MINISTRIES[Math.floor(i / 10) % MINISTRIES.length];
		return person(`trainee${pad(i + 1, 5)}@scale.test`, `${pick(FIRST)} ${pick(LAST)}`, {
			ministry,
			branch: 'Communications',
			manager_id: managers[Math.floor(i / 10)].id
		});
	});
	const cohorts = instructors.map((instructor, i) => {
		// Cohort 01 is half-way through its eight weeks; each earlier one started two weeks before.
		const start = now - (28 + 14 * i) * DAY;
		const date = (at: number) => new Date(at).toISOString().slice(0, 10);
		return {
			id: newId(),
			name: `Scale Cohort ${pad(i + 1, 2)}`,
			course_slug: courseSlug,
			starts_on: date(start),
			ends_on: date(start + 56 * DAY),
			created_by: admin.id,
			created_at: now,
			start,
			end: start + 56 * DAY,
			instructor
		};
	});

	let eventCount = 0;
	let rowCount = 0;
	await db.transaction().execute(async (trx) => {
		await inBatches([admin, ...instructors, ...managers, ...trainees], (batch) => trx.insertInto('users').values(batch).execute());
		await trx
			.insertInto('cohorts')
			.values(
				cohorts.map(({ id, name, course_slug, starts_on, ends_on, created_by, created_at }) => ({
					id,
					name,
					course_slug,
					starts_on,
					ends_on,
					created_by,
					created_at
				}))
			)
			.execute();
		for (const [i, cohort] of cohorts.entries()) {
			const members = trainees.slice(i * cohortSize, (i + 1) * cohortSize);
			await inBatches(
				[
					{ cohort_id: cohort.id, user_id: cohort.instructor.id, role: 'instructor' as const, created_at: now },
					...members.map((t) => ({ cohort_id: cohort.id, user_id: t.id, role: 'trainee' as const, created_at: now }))
				],
				(batch) => trx.insertInto('enrolments').values(batch).execute()
			);
			const events: Row<'progress_events'>[] = [];
			const rows: Row<'module_progress'>[] = [];
			for (const member of members) {
				const history = simulate(member.id, cohort.id, courseSlug, cohort.instructor.id, modules, cohort.start, cohort.end);
				events.push(...history.events);
				rows.push(...history.rows);
			}
			await inBatches(events, (batch) => trx.insertInto('progress_events').values(batch).execute());
			await inBatches(rows, (batch) => trx.insertInto('module_progress').values(batch).execute());
			eventCount += events.length;
			rowCount += rows.length;
		}
	});
	const seconds = ((performance.now() - started) / 1000).toFixed(1);
	console.info(
		`Seeded ${path} in ${seconds} s: ${cohortCount} cohorts, ${traineeCount} trainees, ${managers.length} managers, ${modules.length} modules (${courseSlug}), ${rowCount} module rows, ${eventCount} events.`
	);
	console.info('Sign in as admin@scale.test or instructor01@scale.test (Scale Cohort 01).');
}

/** The plans SQLite chooses for the dashboards' heaviest reads, compiled from the repository's own queries. */
async function explain(db: Kysely<DB>) {
	const cohorts = await db.selectFrom('cohorts').select(['id', 'name']).execute();
	const cohortId = cohorts.find((c) => c.name === 'Scale Cohort 01')?.id ?? 'none';
	const queries = {
		'admin overview: trainees per number of completed modules, every cohort': dashboards.completionHistogramQuery(
			db,
			cohorts.map((c) => c.id)
		),
		'admin overview: active trainees in the last 7 days': dashboards.activeByCohortQuery(
			db,
			cohorts.map((c) => c.id),
			now - 7 * DAY
		),
		'cohort: module statuses': dashboards.cohortProgressQuery(db, cohortId),
		'cohort: last activity per person': dashboards.lastActivityQuery(db, cohortId),
		'cohort: quiz attempts': dashboards.quizAttemptsQuery(db, cohortId)
	};
	for (const [name, query] of Object.entries(queries)) {
		const { sql, parameters } = query.compile();
		const plan = await db.executeQuery<{ detail: string }>(CompiledQuery.raw(`explain query plan ${sql}`, [...parameters]));
		console.info(`\n${name}\n  ${sql}\n${plan.rows.map((r) => `  → ${r.detail}`).join('\n')}`);
	}
}

const db = openDatabase(path);
try {
	await migrateToLatest(db);
	if (args.explain) await explain(db);
	else await seed(db);
} finally {
	await db.destroy();
}
