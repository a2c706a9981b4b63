// Progress for the dashboard's browser tests, written straight into the test server's database
// (the demo seed has none, and its story is not ours to change). Idempotent: every worker may
// call it, and the rows it writes have fixed ids. Trainees 41–43 are used so that the other
// browser tests, which work as trainee01–10, never meet these rows.
import Database from 'better-sqlite3';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const DAY = 86_400_000;
const MODULE = 'welcome';

/** The file playwright.config.ts gives the test server. */
const databasePath = () => join(tmpdir(), `bootcamp-e2e-${Number(process.env.E2E_PORT ?? 4173)}.db`);

export const people = {
	finished: { email: 'trainee41@demo.test', name: 'Amélie Roy' },
	failedTwice: { email: 'trainee42@demo.test', name: 'Bilal Roy' },
	started: { email: 'trainee43@demo.test', name: 'Chloé Roy' }
} as const;

interface Step {
	kind: string;
	daysAgo: number;
	details?: Record<string, unknown>;
}

const history: Record<keyof typeof people, { status: string; steps: Step[] }> = {
	finished: {
		status: 'completed',
		steps: [
			{ kind: 'module_viewed', daysAgo: 5 },
			{ kind: 'quiz_attempted', daysAgo: 4.99, details: { score: 50, passed: false } },
			{ kind: 'quiz_attempted', daysAgo: 4, details: { score: 100, passed: true } },
			{ kind: 'quiz_passed', daysAgo: 4, details: { score: 100 } },
			{ kind: 'module_completed', daysAgo: 4 }
		]
	},
	failedTwice: {
		status: 'in_progress',
		steps: [
			{ kind: 'module_viewed', daysAgo: 20 },
			{ kind: 'quiz_attempted', daysAgo: 19.99, details: { score: 25, passed: false } },
			{ kind: 'quiz_attempted', daysAgo: 19.98, details: { score: 50, passed: false } }
		]
	},
	started: { status: 'in_progress', steps: [{ kind: 'module_viewed', daysAgo: 2 }] }
};

export function seedDashboardProgress(now = Date.now()): { cohortId: string } {
	const db = new Database(databasePath());
	db.pragma('busy_timeout = 5000');
	try {
		const cohort = db.prepare("select id from cohorts where name = 'Social Media Bootcamp — Cohort 1'").get() as { id: string };
		const userId = db.prepare('select id from users where email = ?');
		const event = db.prepare(
			`insert or ignore into progress_events (id, user_id, cohort_id, course_slug, module_slug, kind, content_version, at, actor_id, details)
			 values (?, ?, ?, 'social-media-bootcamp', ?, ?, 'e2e', ?, ?, ?)`
		);
		const row = db.prepare(
			`insert or ignore into module_progress (cohort_id, user_id, module_slug, status, viewed_at, quiz_passed_at, completed_at, content_version, updated_at)
			 values (?, ?, ?, ?, ?, ?, ?, 'e2e', ?)`
		);
		db.transaction(() => {
			for (const [who, { status, steps }] of Object.entries(history) as [keyof typeof people, (typeof history)[keyof typeof people]][]) {
				const { id } = userId.get(people[who].email) as { id: string };
				const at = (step: Step | undefined) => (step ? Math.round(now - step.daysAgo * DAY) : null);
				steps.forEach((step, i) => event.run(`e2edashboard${who}${i}`, id, cohort.id, MODULE, step.kind, at(step), id, JSON.stringify(step.details ?? {})));
				const last = at(steps.at(-1))!;
				row.run(
					cohort.id,
					id,
					MODULE,
					status,
					at(steps[0]),
					at(steps.find((s) => s.kind === 'quiz_passed')),
					at(steps.find((s) => s.kind === 'module_completed')),
					last
				);
			}
		})();
		return { cohortId: cohort.id };
	} finally {
		db.close();
	}
}
