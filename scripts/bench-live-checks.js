// npm run bench:live-checks — latency of the composer's live checks endpoint under a typing-like
// load: TYPISTS trainees each write a post, asking for the checks at every pause in typing (every
// 600-900 ms, as the composer's debounce does), for BENCH_DURATION seconds. Prints p50/p95/p99,
// then the same load on the draft autosave endpoint (access checks and one write, no checks run):
// the baseline that shows what the machine itself adds.
import { signIn, startApp } from './bench-lib.js';

const PORT = Number(process.env.E2E_PORT ?? 4316);
const TYPISTS = Number(process.env.TYPISTS ?? 20);
const DURATION = Number(process.env.BENCH_DURATION ?? 20);
const EXERCISE = '/courses/social-media-bootcamp/welcome/exercise';
const POST =
	'Scam alert: a fake account is posing as us and sending refund offers. We never ask for bank details, a licence number or a payment by message. Our only account is @ONtransportation, with the verified badge. Don’t reply to the fake; report it. Sent bank details? Call your bank. ontario.ca/avoidscams';

// No demo story: its trainees have submitted the exercise already, and live checks are for open ones.
const app = await startApp(PORT, { DEMO_STORY: 'false' });
/** Every typist asks at each pause, with the text typed so far; latencies and statuses of every request. */
async function typing(origin, cookies, path, extra, seconds = DURATION) {
	const latencies = [];
	const statuses = new Map();
	const until = Date.now() + seconds * 1000;
	await Promise.all(
		cookies.map(async (cookie, i) => {
			let typed = 0;
			await new Promise((r) => setTimeout(r, (i * 700) / TYPISTS));
			while (Date.now() < until) {
				typed = (typed + 5 + Math.floor(Math.random() * 15)) % (POST.length + 1);
				const started = performance.now();
				const response = await fetch(origin + path, {
					method: 'POST',
					headers: { cookie, origin, 'content-type': 'application/json', accept: 'application/json' },
					body: JSON.stringify({ platform: 'facebook', posts: [{ text: POST.slice(0, typed), alts: ['Two profile cards side by side.'] }], slot: '', ...extra })
				});
				await response.arrayBuffer();
				latencies.push(performance.now() - started);
				statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
				await new Promise((r) => setTimeout(r, 600 + Math.random() * 300));
			}
		})
	);
	latencies.sort((a, b) => a - b);
	const at = (q) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
	return `${latencies.length} requests, statuses ${JSON.stringify(Object.fromEntries(statuses))}; ms p50 ${at(0.5)}, p95 ${at(0.95)}, p99 ${at(0.99)}, max ${latencies.at(-1).toFixed(1)}`;
}

try {
	const cookies = await Promise.all(Array.from({ length: TYPISTS }, (_, i) => signIn(app.origin, `trainee${String(11 + i).padStart(2, '0')}@demo.test`)));
	// A server that has run a while: its code compiled, the checks' word lists loaded.
	await typing(app.origin, cookies, `${EXERCISE}/checks`, {}, 3);
	console.info(`${TYPISTS} trainees typing for ${DURATION} s, asking at every pause`);
	console.info(`live checks:     ${await typing(app.origin, cookies, `${EXERCISE}/checks`, {})}`);
	console.info(`draft autosave:  ${await typing(app.origin, cookies, `${EXERCISE}/draft`, { clientSavedAt: Date.now() })}`);
} finally {
	app.stop();
}
