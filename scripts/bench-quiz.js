// The "everyone submits at 10:00" moment: 50 trainees of Cohort 1, each with the welcome quiz
// open, press "Submit answers" at the same instant. Reports latency (p50, p99, max) and errors.
// Called from bench.js; `node scripts/bench-quiz.js` runs it alone on a fresh built server.
import { pathToFileURL } from 'node:url';
import { cpuMs, signIn, startApp } from './bench-lib.js';

const QUIZ = '/courses/social-media-bootcamp/welcome/quiz';
const TRAINEES = 50;

export const formHeaders = (origin, cookie) => ({ cookie, origin, accept: 'text/html', 'content-type': 'application/x-www-form-urlencoded' });

/** One answer per field of the attempt form, as a person filling it in would send it. */
export function answersFrom(html) {
	const answers = new URLSearchParams();
	const seen = new Set();
	for (const [, tag, attributes] of html.matchAll(/<(input|select)\b([^>]*)>/g)) {
		const name = /\bname="(q[\d-]+)"/.exec(attributes)?.[1];
		if (!name || seen.has(name)) continue;
		seen.add(name);
		if (tag === 'select') answers.append(name, '1');
		else if (/type="text"/.test(attributes)) answers.append(name, 'verified');
		else answers.append(name, /\bvalue="([^"]*)"/.exec(attributes)?.[1] ?? '1');
	}
	answers.append('confirm', 'yes');
	return answers.toString();
}

export async function openAttempt(origin, cookie) {
	const started = await fetch(`${origin}${QUIZ}?/start`, { method: 'POST', redirect: 'manual', headers: formHeaders(origin, cookie), body: '' });
	const location = started.headers.get('location');
	if (started.status !== 303 || !location?.includes('/attempts/')) throw new Error(`starting the quiz answered ${started.status}`);
	const page = await fetch(origin + location, { headers: { cookie, accept: 'text/html' } });
	if (page.status !== 200) throw new Error(`the attempt page answered ${page.status}`);
	return { path: location, body: answersFrom(await page.text()) };
}

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

/** Signs each trainee in and opens their attempt, `batch` at a time: what a burst of submissions needs first. */
export async function openAttempts(origin, emails, batch) {
	const ready = [];
	for (let i = 0; i < emails.length; i += batch) {
		ready.push(
			...(await Promise.all(
				emails.slice(i, i + batch).map(async (email) => {
					const cookie = await signIn(origin, email);
					return { cookie, ...(await openAttempt(origin, cookie)) };
				})
			))
		);
	}
	return ready;
}

/** Hands in one opened attempt: how long it took, and whether the server graded it (303 back to the attempt). */
export async function submitAttempt(origin, { cookie, path, body }) {
	const began = performance.now();
	try {
		const response = await fetch(`${origin}${path}?/submit`, { method: 'POST', redirect: 'manual', headers: formHeaders(origin, cookie), body });
		await response.arrayBuffer();
		const graded = response.status === 303 && response.headers.get('location') === path;
		return { ms: performance.now() - began, ok: graded, status: response.status };
	} catch (error) {
		return { ms: performance.now() - began, ok: false, status: String(error) };
	}
}

export async function benchQuizSubmissions(origin, { pid, trainees = TRAINEES } = {}) {
	const emails = Array.from({ length: trainees }, (_, i) => `trainee${String(i + 1).padStart(2, '0')}@demo.test`);
	const ready = await openAttempts(origin, emails, 5);
	const submit = (attempt) => submitAttempt(origin, attempt);
	const cpuBefore = cpuMs(pid);
	const results = await Promise.all(ready.map(submit));
	const cpuAfter = cpuMs(pid);

	// Every attempt must now show its result.
	const unfinished = [];
	for (const { cookie, path } of ready) {
		const html = await (await fetch(origin + path, { headers: { cookie, accept: 'text/html' } })).text();
		if (!/You passed with|You scored/.test(html)) unfinished.push(path);
	}
	const latencies = results.map((r) => r.ms).sort((a, b) => a - b);
	const errors = results.filter((r) => !r.ok);
	return {
		submissions: results.length,
		errors: errors.length + unfinished.length,
		statuses: errors.map((r) => r.status),
		p50: Math.round(percentile(latencies, 50)),
		p99: Math.round(percentile(latencies, 99)),
		max: Math.round(latencies[latencies.length - 1]),
		cpuPerSubmission: cpuBefore === null ? null : (cpuAfter - cpuBefore) / results.length
	};
}

export function describeQuizBench(result) {
	const problems = result.errors ? ` (${result.statuses.join(', ')})` : '';
	const cpu = result.cpuPerSubmission === null ? '' : `; server CPU ${result.cpuPerSubmission.toFixed(1)} ms per submission`;
	return `Quiz submissions, ${result.submissions} trainees at the same instant: p50 ${result.p50} ms, p99 ${result.p99} ms, max ${result.max} ms, errors ${result.errors}${problems}${cpu}`;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
	const app = await startApp(Number(process.env.BENCH_QUIZ_PORT ?? 4312));
	try {
		console.info(describeQuizBench(await benchQuizSubmissions(app.origin, { pid: app.pid })));
	} finally {
		app.stop();
	}
}
