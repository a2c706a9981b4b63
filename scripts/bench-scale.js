// npm run bench:scale — the app at the scale of a ministry rollout, on each engine and with two processes.
//
// Seeds 10,000 trainees (seed:scale: 20 cohorts of 500 with their history; BENCH_TRAINEES to change)
// into a SQLite file and into PostgreSQL, then measures three deployments:
//   (a) one server process on SQLite, (b) one on PostgreSQL, (c) two on PostgreSQL behind a
//   round-robin proxy (tests/e2e/round-robin.js), so consecutive requests alternate processes.
// For each: the module page a trainee reads (autocannon, 50 connections, BENCH_DURATION seconds),
// and a burst of quiz submissions: BENCH_BURST (500) trainees of their own cohort, signed in with
// the welcome quiz open, all hand it in at the same instant, each pressing Submit twice. Requests
// per second, p99 and errors, then from the database: attempts beyond one per trainee, attempts
// counted twice (quiz_attempted events beyond one per attempt) and duplicate records, all must be 0.
//
// PostgreSQL: BENCH_DATABASE_URL names an empty database to use; otherwise a throw-away cluster is
// started (scripts/pg-cluster.js); BENCH_SQLITE_ONLY=true measures (a) alone. Heavy (some minutes on 2 cores): run it on a quiet machine.
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, signIn, startApp, DURATION } from './bench-lib.js';
import { openAttempts, submitAttempt } from './bench-quiz.js';
import { startRoundRobin } from '../tests/e2e/round-robin.js';

const TRAINEES = Number(process.env.BENCH_TRAINEES ?? 10_000);
const BURST = Number(process.env.BENCH_BURST ?? 500);
const PORT = Number(process.env.BENCH_SCALE_PORT ?? 4266);
const MODULE_PAGE = '/courses/social-media-bootcamp/welcome';

const dir = mkdtempSync(join(tmpdir(), 'bootcamp-scale-'));
const sqlitePath = join(dir, 'scale.db');
const sharedEnv = { SEED_DEMO: 'false', NUDGE_POLL_MINUTES: '0', ISSUER_KEY_PATH: join(dir, 'issuer-key.json') };
const pad = (value, width) => String(value).padEnd(width);
const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const email = (n) => `trainee${String(n).padStart(5, '0')}@scale.test`;

function run(command, args, env = {}) {
	const result = spawnSync(command, args, { env: { ...process.env, ...env }, stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed`);
}

/** Runs SQL on the deployment's database: the same text on both engines (? placeholders). */
async function queryOn(target, text, params) {
	if (target.DATABASE_PATH) {
		const sqlite = new Database(target.DATABASE_PATH, { readonly: true });
		try {
			return sqlite.prepare(text).all(...params);
		} finally {
			sqlite.close();
		}
	}
	const { default: pg } = await import('pg');
	const client = new pg.Client({ connectionString: target.DATABASE_URL });
	await client.connect();
	try {
		let n = 0;
		return (
			await client.query(
				text.replace(/\?/g, () => `$${++n}`),
				params
			)
		).rows;
	} finally {
		await client.end();
	}
}

/** What the burst must not have made: a second attempt, an attempt counted twice, a second record. */
async function duplicates(target, emails, since) {
	const marks = emails.map(() => '?').join(',');
	const [attempts] = await queryOn(
		target,
		`select count(*) as n, count(distinct a.user_id) as people, count(a.submitted_at) as submitted from quiz_attempts a join users u on u.id = a.user_id
		 where u.email in (${marks}) and a.module_slug = 'welcome' and a.started_at >= ?`,
		[...emails, since]
	);
	const [counted] = await queryOn(
		target,
		`select count(*) as n from progress_events e join users u on u.id = e.user_id
		 where u.email in (${marks}) and e.module_slug = 'welcome' and e.kind = 'quiz_attempted' and e.at >= ?`,
		[...emails, since]
	);
	const [records] = await queryOn(
		target,
		'select count(*) as n from (select user_id from completion_records group by user_id, course_slug, cycle having count(*) > 1) twice',
		[]
	);
	return {
		extraAttempts: Number(attempts.n) - Number(attempts.people),
		missingAttempts: emails.length - Number(attempts.people),
		countedTwice: Number(counted.n) - Number(attempts.submitted),
		// Not a duplicate: an attempt whose submissions all failed (an error above) stays open.
		leftOpen: Number(attempts.n) - Number(attempts.submitted),
		duplicateRecords: Number(records.n)
	};
}

/** Starts the deployment's processes (and the proxy for two); returns its public origin and a stop(). */
async function deploy(target, processes) {
	if (processes === 1) {
		const app = await startApp(PORT + 1, { ...sharedEnv, ...target });
		return { origin: app.origin, stop: async () => app.stop() };
	}
	const origin = `http://localhost:${PORT}`;
	const apps = [];
	for (let i = 1; i <= processes; i++) apps.push(await startApp(PORT + i, { ...sharedEnv, ...target, ORIGIN: origin }));
	const proxy = await startRoundRobin(
		PORT,
		apps.map((_, i) => PORT + i + 1)
	);
	return {
		origin,
		stop: async () => {
			await new Promise((resolve) => proxy.close(resolve));
			for (const app of apps) app.stop();
		}
	};
}

async function quizBurst(origin, emails) {
	const ready = await openAttempts(origin, emails, 10);
	const submit = (attempt) => submitAttempt(origin, attempt);
	const began = performance.now();
	// Everyone at once, each pressing Submit twice.
	const results = await Promise.all(ready.flatMap((attempt) => [submit(attempt), submit(attempt)]));
	const seconds = (performance.now() - began) / 1000;
	const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
	return { requests: results.length, rps: results.length / seconds, p99: Math.round(percentile(latencies, 99)), errors: results.filter((r) => !r.ok).length };
}

async function postgresTarget() {
	if (process.env.BENCH_DATABASE_URL) return { url: process.env.BENCH_DATABASE_URL, stop: async () => {} };
	const { startCluster } = await import('./pg-cluster.js');
	const cluster = await startCluster();
	const { default: pg } = await import('pg');
	const admin = new pg.Client({ connectionString: cluster.url });
	await admin.connect();
	await admin.query('create database bench_scale');
	await admin.end();
	return { url: cluster.url.replace(/\/postgres$/, '/bench_scale'), stop: async () => cluster.stop() };
}

const rows = [];
let postgres;
try {
	run('npx', ['tsx', 'scripts/seed-scale.ts', '--trainees', String(TRAINEES)], { DATABASE_PATH: sqlitePath });
	const deployments = [{ name: 'one process, SQLite', target: { DATABASE_PATH: sqlitePath }, processes: 1 }];
	if (process.env.BENCH_SQLITE_ONLY !== 'true') {
		postgres = await postgresTarget();
		// The same seed, written through the same code into PostgreSQL (openDatabase takes either).
		run('npx', ['tsx', 'scripts/seed-scale.ts', '--trainees', String(TRAINEES)], { DATABASE_PATH: postgres.url });
		deployments.push(
			{ name: 'one process, PostgreSQL', target: { DATABASE_URL: postgres.url }, processes: 1 },
			{ name: 'two processes, PostgreSQL', target: { DATABASE_URL: postgres.url }, processes: 2 }
		);
	}
	for (const [i, { name, target, processes }] of deployments.entries()) {
		// Each deployment's burst is a cohort of its own that has not taken the quiz here yet.
		const emails = Array.from({ length: BURST }, (_, n) => email(i * BURST + n + 1));
		const app = await deploy(target, processes);
		try {
			const cookie = await signIn(app.origin, email(TRAINEES));
			const page = await measure(app.origin + MODULE_PAGE, { headers: { cookie, accept: 'text/html' } });
			const since = Date.now();
			const burst = await quizBurst(app.origin, emails);
			rows.push({ name, page, burst, wrong: await duplicates(target, emails, since) });
		} finally {
			await app.stop();
		}
	}
} finally {
	await postgres?.stop();
	rmSync(dir, { recursive: true, force: true });
}

const [load] = readFileSync('/proc/loadavg', 'utf8').split(' ');
console.info(
	`\n${TRAINEES} trainees seeded; module page: 50 connections for ${DURATION} s; burst: ${BURST} trainees submitting at once, twice each; load average ${load}\n`
);
console.info(
	`${pad('deployment', 28)}${pad('page req/s', 12)}${pad('p99 ms', 8)}${pad('errors', 8)}${pad('burst req/s', 13)}${pad('p99 ms', 8)}${pad('errors', 8)}duplicates`
);
for (const { name, page, burst, wrong } of rows) {
	const bad = wrong.extraAttempts + wrong.countedTwice + wrong.duplicateRecords;
	const detail =
		(bad ? `${bad} (extra attempts ${wrong.extraAttempts}, counted twice ${wrong.countedTwice}, records ${wrong.duplicateRecords})` : '0') +
		(wrong.leftOpen || wrong.missingAttempts ? `; ${wrong.leftOpen} attempts left open, ${wrong.missingAttempts} never started (failed requests)` : '');
	console.info(
		`${pad(name, 28)}${pad(Math.round(page.total / DURATION), 12)}${pad(page.p99, 8)}${pad(page.errors, 8)}${pad(Math.round(burst.rps), 13)}${pad(burst.p99, 8)}${pad(burst.errors, 8)}${detail}`
	);
}
if (rows.some(({ page, burst, wrong }) => page.errors || burst.errors || wrong.extraAttempts || wrong.countedTwice || wrong.duplicateRecords))
	process.exitCode = 1;
