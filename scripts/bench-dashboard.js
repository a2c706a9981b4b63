// npm run bench:dashboard — how long the built server takes to answer the dashboards at scale.
//
// Seeds a temporary database with `seed:scale` (10,000 trainees in 20 cohorts of 500; set
// BENCH_TRAINEES, or DATABASE_PATH to use a database seeded already), prints the query plans of
// the heaviest reads, starts the built server on it, signs in, and times sequential requests
// (after a warm-up) to each page: median and p95, the server's CPU time per request (from
// /proc, so that other work on a shared machine does not count), and its peak memory (VmHWM).
import Database from 'better-sqlite3';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { signIn, startApp } from './bench-lib.js';

const PORT = 4320;
const WARM_UP = 5;
const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const TRAINEES = process.env.BENCH_TRAINEES ?? '10000';
const targets = { cohort: 150, overview: 500, report: 2000, memoryMb: 300 };

function tsx(args, env) {
	const result = spawnSync('npx', ['tsx', 'scripts/seed-scale.ts', ...args], { env: { ...process.env, ...env }, stdio: 'inherit' });
	if (result.status !== 0) throw new Error(`seed-scale ${args.join(' ')} failed`);
}

let tempDir;
let databasePath = process.env.DATABASE_PATH;
if (!databasePath) {
	tempDir = mkdtempSync(join(tmpdir(), 'bootcamp-scale-'));
	databasePath = join(tempDir, 'scale.db');
	tsx(['--trainees', TRAINEES], { DATABASE_PATH: databasePath });
}
tsx(['--explain'], { DATABASE_PATH: databasePath });

const sqlite = new Database(databasePath, { readonly: true });
const count = (sql, ...params) => sqlite.prepare(sql).get(...params).n;
const cohort = sqlite.prepare("select id, name from cohorts where name = 'Scale Cohort 01'").get();
if (!cohort) throw new Error(`${databasePath} was not seeded by seed:scale (no "Scale Cohort 01")`);
const trainee = sqlite.prepare("select user_id as id from enrolments where cohort_id = ? and role = 'trainee' limit 1").get(cohort.id);
const manager = sqlite.prepare("select email from users where email like 'manager%@scale.test' order by email limit 1").get();
const enrolled = count("select count(*) as n from enrolments where cohort_id = ? and role = 'trainee'", cohort.id);
const everyone = count("select count(*) as n from enrolments where role = 'trainee'");
const events = count('select count(*) as n from progress_events');
sqlite.close();

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
const TICKS_PER_SECOND = 100;
/** User and system CPU time the process has used, in ms (fields 14 and 15 of /proc/<pid>/stat). */
const cpuMs = (pid) => {
	const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / TICKS_PER_SECOND;
};
const memory = (pid) => {
	const status = readFileSync(`/proc/${pid}/status`, 'utf8');
	const kb = (field) => Number(new RegExp(`${field}:\\s+(\\d+)`).exec(status)?.[1] ?? 0);
	return { peakMb: kb('VmHWM') / 1024, rssMb: kb('VmRSS') / 1024 };
};

async function time(origin, path, cookie) {
	const started = performance.now();
	const response = await fetch(origin + path, { headers: { cookie, accept: 'text/html' } });
	const body = await response.arrayBuffer();
	if (response.status !== 200) throw new Error(`${path} answered ${response.status}`);
	return { ms: performance.now() - started, bytes: body.byteLength };
}

const app = await startApp(PORT, { DATABASE_PATH: databasePath, SEED_DEMO: 'false' });
const rows = [];
try {
	const instructor = await signIn(app.origin, 'instructor01@scale.test');
	const admin = await signIn(app.origin, 'admin@scale.test');
	const boss = await signIn(app.origin, manager.email);
	const base = `/cohorts/${cohort.id}`;
	const pages = [
		{ name: `cohort dashboard (${enrolled} trainees)`, path: `${base}/dashboard`, cookie: instructor, target: targets.cohort },
		{
			name: 'cohort dashboard, behind, least progress first',
			path: `${base}/dashboard?standing=behind&sort=progress_asc`,
			cookie: instructor,
			target: targets.cohort
		},
		{ name: 'trainee drill-down', path: `${base}/trainees/${trainee.id}`, cookie: instructor },
		{ name: `progress CSV (${enrolled} rows)`, path: `${base}/export/progress`, cookie: instructor },
		{ name: `admin overview (${everyone} trainees)`, path: '/admin', cookie: admin, target: targets.overview },
		{ name: 'manager team view', path: '/team', cookie: boss },
		{ name: `ministries report (${everyone} trainees)`, path: '/admin/reports', cookie: admin, target: targets.report },
		{ name: 'ministries report CSV', path: '/admin/reports/export', cookie: admin }
	];
	for (const page of pages) {
		for (let i = 0; i < WARM_UP; i++) await time(app.origin, page.path, page.cookie);
		const samples = [];
		let bytes = 0;
		const cpuBefore = cpuMs(app.pid);
		for (let i = 0; i < RUNS; i++) {
			const sample = await time(app.origin, page.path, page.cookie);
			samples.push(sample.ms);
			bytes = sample.bytes;
		}
		const cpu = (cpuMs(app.pid) - cpuBefore) / RUNS;
		samples.sort((a, b) => a - b);
		rows.push({ ...page, median: percentile(samples, 50), p95: percentile(samples, 95), cpu, bytes });
	}
	const { peakMb, rssMb } = memory(app.pid);
	const pad = (value, width) => String(value).padEnd(width);
	const [load] = readFileSync('/proc/loadavg', 'utf8').split(' ');
	console.info(`\n${events} events, ${everyone} trainees; ${RUNS} sequential requests per page after ${WARM_UP} to warm up; load average ${load}\n`);
	console.info(`${pad('page', 50)}${pad('median ms', 11)}${pad('p95 ms', 9)}${pad('CPU ms', 8)}${pad('KB', 6)}target`);
	for (const row of rows) {
		const verdict = row.target ? `p95 < ${row.target} ms: ${row.p95 < row.target ? 'yes' : 'NO'}` : '';
		console.info(
			`${pad(row.name, 50)}${pad(row.median.toFixed(1), 11)}${pad(row.p95.toFixed(1), 9)}${pad(row.cpu.toFixed(1), 8)}${pad(Math.round(row.bytes / 1024), 6)}${verdict}`
		);
	}
	console.info(
		`\nserver memory: peak ${peakMb.toFixed(0)} MB (VmHWM), now ${rssMb.toFixed(0)} MB; under ${targets.memoryMb} MB: ${peakMb < targets.memoryMb ? 'yes' : 'NO'}`
	);
} finally {
	app.stop();
	if (tempDir) rmSync(tempDir, { recursive: true, force: true });
}
