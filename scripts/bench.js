// npm run bench — throughput of the built server at 50 concurrent connections, beside a bare
// node:http server sending the same bytes (the ceiling on this machine). BENCH_DURATION sets
// seconds per run (default 10).
import { measure, report, signIn, startApp, startBareServer } from './bench-lib.js';
import { javascriptWeight } from './page-weight.js';
import { benchQuizSubmissions, describeQuizBench } from './bench-quiz.js';

const APP_PORT = 4310;
const BARE_PORT = 4311;

const app = await startApp(APP_PORT);
const rows = [];
try {
	const cookie = await signIn(app.origin, 'trainee01@demo.test');
	const pages = [
		{ name: 'sign-in page (anonymous)', path: '/sign-in', headers: {} },
		{ name: 'home page (signed-in trainee)', path: '/', headers: { cookie } },
		{ name: 'module page (signed-in trainee)', path: '/courses/social-media-bootcamp/welcome', headers: { cookie } }
	];
	for (const page of pages) {
		const sample = await fetch(app.origin + page.path, { headers: page.headers });
		if (sample.status !== 200) throw new Error(`${page.path} answered ${sample.status}\n${app.log()}`);
		const bytes = Buffer.from(await sample.arrayBuffer());
		const bare = await startBareServer(BARE_PORT, bytes, sample.headers.get('content-type') ?? 'text/html');
		const ceiling = await measure(`http://localhost:${BARE_PORT}${page.path}`);
		bare.stop();
		rows.push({ name: `bare node:http, same ${bytes.length} bytes`, ...ceiling });
		rows.push({ name: page.name, ...(await measure(app.origin + page.path, { headers: page.headers })), ceiling });
	}
	const weight = await javascriptWeight(`${app.origin}/courses/social-media-bootcamp/welcome`, { cookie });
	rows.weight = `JavaScript a module page transfers: ${(weight.gzipped / 1024).toFixed(1)} KB gzipped (${(weight.raw / 1024).toFixed(1)} KB raw, ${weight.files} files)`;
	rows.quiz = describeQuizBench(await benchQuizSubmissions(app.origin, { pid: app.pid }));
} finally {
	app.stop();
}
report(rows);
console.info(`\n${rows.weight}`);
console.info(rows.quiz);
