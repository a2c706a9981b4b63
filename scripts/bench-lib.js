// Shared pieces of the benchmarks: start the built server on a temporary database, sign in,
// and measure with autocannon beside a bare node:http server that returns the same bytes.
import autocannon from 'autocannon';
import http from 'node:http';
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const DURATION = Number(process.env.BENCH_DURATION ?? 10);
export const CONNECTIONS = 50;

export function waitForLine(child, pattern, timeoutMs = 60_000) {
	return new Promise((resolve, reject) => {
		const timer = setTimeout(() => reject(new Error(`timed out waiting for ${pattern}`)), timeoutMs);
		let seen = '';
		const onData = (chunk) => {
			seen += chunk;
			if (pattern.test(seen)) {
				clearTimeout(timer);
				resolve(seen);
			}
		};
		child.stdout.on('data', onData);
		child.stderr.on('data', onData);
		child.on('exit', (code) => reject(new Error(`server exited (${code}) before ready:\n${seen}`)));
	});
}

/** The built app on a fresh demo database; call stop() when done. */
export async function startApp(port, extraEnv = {}) {
	const dir = mkdtempSync(join(tmpdir(), 'bootcamp-bench-'));
	const origin = `http://localhost:${port}`;
	const child = spawn(process.execPath, ['scripts/start.js'], {
		env: { ...process.env, PORT: String(port), ORIGIN: origin, DATABASE_PATH: join(dir, 'bench.db'), SEED_DEMO: 'true', NUDGE_POLL_MINUTES: '0', ...extraEnv },
		stdio: ['ignore', 'pipe', 'pipe']
	});
	let log = '';
	child.stderr.on('data', (chunk) => (log += chunk));
	await waitForLine(child, /Listening on/);
	return {
		origin,
		log: () => log,
		dir,
		pid: child.pid,
		stop: () => {
			child.kill();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** Signs in through the real form and returns the session cookie. */
export async function signIn(origin, email, password = 'bootcamp-demo') {
	const response = await fetch(`${origin}/sign-in`, {
		method: 'POST',
		redirect: 'manual',
		headers: { origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' },
		body: new URLSearchParams({ email, password })
	});
	const cookie = response.headers.get('set-cookie');
	if (response.status !== 303 || !cookie) throw new Error(`sign-in as ${email} failed: ${response.status}`);
	return cookie.split(';')[0];
}

/** A node:http server answering every request with these bytes: the ceiling on this machine. */
export async function startBareServer(port, body, contentType) {
	const dir = mkdtempSync(join(tmpdir(), 'bootcamp-bare-'));
	const file = join(dir, 'body');
	writeFileSync(file, body);
	const code = `
		const http = require('node:http');
		const body = require('node:fs').readFileSync(${JSON.stringify(file)});
		http.createServer((req, res) => { res.writeHead(200, { 'content-type': ${JSON.stringify(contentType)}, 'content-length': body.length }); res.end(body); })
			.listen(${port}, () => console.log('Listening on ${port}'));`;
	const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'pipe'] });
	await waitForLine(child, /Listening on/);
	return {
		stop: () => {
			child.kill();
			rmSync(dir, { recursive: true, force: true });
		}
	};
}

/** CPU milliseconds a process has used (Linux /proc), or null elsewhere. */
export function cpuMs(pid) {
	const stat = `/proc/${pid}/stat`;
	if (!pid || !existsSync(stat)) return null;
	const fields = readFileSync(stat, 'utf8').split(') ')[1].split(' ');
	return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
}

/**
 * Requests per second, p99 latency and errors at 50 connections; with the server's `pid`, also
 * the CPU time it spent per request, which other work on a shared machine disturbs far less.
 */
export async function measure(url, { headers = {}, method = 'GET', body, duration = DURATION, connections = CONNECTIONS, requests, pid } = {}) {
	const cpuBefore = cpuMs(pid);
	const result = await autocannon({ url, connections, duration, headers, method, body, requests });
	const cpuAfter = cpuMs(pid);
	const bad = result.errors + result.timeouts + result.non2xx;
	const cpuPerRequest = cpuBefore === null || !result.requests.total ? null : (cpuAfter - cpuBefore) / result.requests.total;
	return { rps: result.requests.average, p99: result.latency.p99, p50: result.latency.p50, errors: bad, total: result.requests.total, cpuPerRequest };
}

/** The bytes a page takes on the wire with these request headers, and its Content-Encoding. */
export function transferSize(url, headers) {
	return new Promise((resolve, reject) => {
		http
			.get(url, { headers }, (response) => {
				let bytes = 0;
				response.on('data', (chunk) => (bytes += chunk.length));
				response.on('end', () => resolve({ bytes, encoding: response.headers['content-encoding'] ?? null }));
			})
			.on('error', reject);
	});
}

/**
 * The table: requests/s, p99 and errors, and each row's share of its ceilings when it has them:
 * `framework` (the minimal SvelteKit page) and `machine` (bare node:http with the same bytes).
 */
export function report(rows) {
	const pad = (v, n) => String(v).padEnd(n);
	const share = (row, ceiling) => (ceiling ? `${((row.rps / ceiling.rps) * 100).toFixed(1)} %` : '');
	const cpu = (row) => (row.cpuPerRequest == null ? '' : row.cpuPerRequest.toFixed(2));
	console.info(`\n${pad('what', 58)}${pad('req/s', 8)}${pad('p99 ms', 8)}${pad('errors', 8)}${pad('CPU ms/req', 12)}${pad('of SvelteKit', 14)}of node:http`);
	for (const row of rows) {
		console.info(
			`${pad(row.name, 58)}${pad(Math.round(row.rps), 8)}${pad(row.p99, 8)}${pad(row.errors, 8)}${pad(cpu(row), 12)}${pad(share(row, row.framework), 14)}${share(row, row.machine)}`
		);
	}
}
