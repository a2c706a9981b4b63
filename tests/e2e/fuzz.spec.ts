import { test, expect } from '@playwright/test';
import fc from 'fast-check';
import Database from 'better-sqlite3';
import { spawn, type ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Every form action and JSON endpoint gets at least FUZZ_RUNS generated bad requests (missing,
// duplicated, huge, wrong-typed, unicode and control-character fields; bodies that are not forms,
// broken multipart, truncated, with a wrong length, invalid UTF-8), as the role that may use it and
// anonymously. None may answer 5xx, and a refused request must leave the database as it was.
// The server is the real build on its own port and its own fresh database.

const PORT = Number(process.env.FUZZ_PORT ?? Number(process.env.E2E_PORT ?? 4173) + 10);
const ORIGIN = `http://localhost:${PORT}`;
const RUNS = Number(process.env.FUZZ_RUNS ?? 200);
const PASSWORD = 'bootcamp-demo';

type Role = 'anonymous' | 'trainee' | 'instructor' | 'admin' | 'manager' | 'leaving';
const emails: Record<Exclude<Role, 'anonymous'>, string> = {
	trainee: 'trainee01@demo.test',
	instructor: 'instructor@demo.test',
	admin: 'admin@demo.test',
	manager: 'manager@demo.test',
	// Signs out under fuzzing; nobody else uses this session.
	leaving: 'trainee20@demo.test'
};
/** Submits the exercise the instructor's review action is fuzzed on (trainee01 keeps theirs open). */
const REVIEWEE = 'trainee02@demo.test';

interface Ids {
	cohort1: string;
	fixtureCohort: string;
	trainee: string;
	attempt: string;
	submission: string;
}

interface Target {
	name: string;
	path: (ids: Ids) => string;
	method?: 'POST' | 'GET';
	as: Role;
	/** The fields the action reads; the fuzzer sends them (or not) among others. */
	fields: string[];
	json?: boolean;
}

// One row per action or endpoint. Another action is one more row.
const targets: Target[] = [
	{ name: 'admin: create a cohort', path: () => '/admin?/create', as: 'admin', fields: ['name', 'name_fr', 'course', 'starts_on', 'ends_on'] },
	{ name: 'admin/records: revoke', path: () => '/admin/records/aaaaaaaaaaaaaaaaaaaaaaaa?/revoke', as: 'admin', fields: ['reason'] },
	{ name: 'admin/records: reissue', path: () => '/admin/records/aaaaaaaaaaaaaaaaaaaaaaaa?/reissue', as: 'admin', fields: ['reason'] },
	{ name: 'admin/tokens: create', path: () => '/admin/tokens?/create', as: 'admin', fields: ['label'] },
	{ name: 'admin/tokens: revoke', path: () => '/admin/tokens?/revoke', as: 'admin', fields: ['token'] },
	{ name: 'admin/people: link', path: () => '/admin/people?/link', as: 'admin', fields: ['user', 'q'] },
	{ name: 'cohort: invitations', path: (ids) => `/cohorts/${ids.cohort1}?/invitations`, as: 'instructor', fields: ['user'] },
	{
		name: 'cohort: email one trainee a sign-in link',
		path: (ids) => `/cohorts/${ids.fixtureCohort}/trainees/${ids.trainee}/sign-in-link?/send`,
		as: 'instructor',
		fields: ['user']
	},
	{ name: 'cohort: instructor', path: (ids) => `/cohorts/${ids.cohort1}?/instructor`, as: 'admin', fields: ['email'] },
	{
		name: 'cohort: review',
		path: (ids) => `/cohorts/${ids.fixtureCohort}/reviews/${ids.submission}?/review`,
		as: 'instructor',
		fields: ['decision', 'comments', 'level-clarity', 'level-accuracy']
	},
	{ name: 'cohort: quiz grant', path: (ids) => `/cohorts/${ids.fixtureCohort}/quizzes/practice/${ids.trainee}?/grant`, as: 'instructor', fields: ['reason'] },
	{
		name: 'cohort: settings',
		path: (ids) => `/cohorts/${ids.cohort1}/settings`,
		as: 'instructor',
		fields: ['response_time.en', 'response_time.fr', 'approval_path.en', 'nudge_days', 'name', 'name_fr']
	},
	{
		name: 'cohort: due dates',
		path: (ids) => `/cohorts/${ids.fixtureCohort}/schedule?/save`,
		as: 'instructor',
		fields: ['due.basics', 'due.practice', 'due.bilingual']
	},
	{ name: 'cohort: due dates reset', path: (ids) => `/cohorts/${ids.fixtureCohort}/schedule?/reset`, as: 'instructor', fields: ['module'] },
	{ name: 'calendar: reset address', path: () => '/calendar?/reset', as: 'trainee', fields: [] },
	{ name: 'cohort: remind', path: (ids) => `/cohorts/${ids.cohort1}/dashboard?/remind`, as: 'instructor', fields: ['trainee', 'note'] },
	{ name: 'team: weekly email', path: () => '/team?/digest', as: 'manager', fields: ['receive'] },
	{ name: 'cohort: import preview', path: (ids) => `/cohorts/${ids.cohort1}/import?/preview`, as: 'instructor', fields: ['csv', 'file'] },
	{ name: 'cohort: import confirm', path: (ids) => `/cohorts/${ids.cohort1}/import?/confirm`, as: 'instructor', fields: ['csv', 'file'] },
	{ name: 'sign-in', path: () => '/sign-in', as: 'anonymous', fields: ['email', 'password', 'next'] },
	{ name: 'invitation', path: () => '/invitation/aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa', as: 'anonymous', fields: ['password', 'confirm', 'username'] },
	{ name: 'reset-password', path: () => '/reset-password', as: 'anonymous', fields: ['email'] },
	{ name: 'sign-in: single sign-on (GET)', path: () => '/sign-in/oidc', method: 'GET', as: 'anonymous', fields: ['next'] },
	{ name: 'unsubscribe', path: () => `/unsubscribe/${'a'.repeat(24)}.${'a'.repeat(43)}`, as: 'anonymous', fields: [] },
	{ name: 'module: complete', path: () => '/courses/fixture-course/basics?/complete', as: 'trainee', fields: [] },
	{
		name: 'exercise: save',
		path: () => '/courses/fixture-course/bilingual/exercise?/save',
		as: 'trainee',
		fields: ['platform', 'post-0', 'post-1', 'alt-0-0', 'alt-1-0', 'intent', 'runId', 'injectId', 'answer']
	},
	{
		name: 'exercise: submit',
		path: () => '/courses/fixture-course/bilingual/exercise?/submit',
		as: 'trainee',
		fields: ['platform', 'post-0', 'post-1', 'alt-0-0']
	},
	{ name: 'drill: start', path: () => '/courses/fixture-course/drill/exercise?/start', as: 'trainee', fields: [] },
	{ name: 'drill: answer', path: () => '/courses/fixture-course/drill/exercise?/answer', as: 'trainee', fields: ['runId', 'injectId', 'answer'] },
	{ name: 'drill: finish', path: () => '/courses/fixture-course/drill/exercise?/finish', as: 'trainee', fields: ['runId'] },
	{ name: 'exercise: language', path: () => '/courses/fixture-course/drill/exercise?/language', as: 'trainee', fields: ['language', 'platform', 'post-0'] },
	{ name: 'quiz: start', path: () => '/courses/fixture-course/practice/quiz?/start', as: 'trainee', fields: [] },
	{
		name: 'quiz attempt: save',
		path: (ids) => `/courses/fixture-course/practice/quiz/attempts/${ids.attempt}?/save`,
		as: 'trainee',
		fields: ['q1', 'q2', 'q3-1', 'q3-2', 'q4', 'q5', 'q6-1', 'q7']
	},
	{
		name: 'quiz attempt: submit',
		path: (ids) => `/courses/fixture-course/practice/quiz/attempts/${ids.attempt}?/submit`,
		as: 'trainee',
		fields: ['q1', 'q2', 'q3-1', 'q4', 'confirm']
	},
	{ name: 'verify', path: () => '/verify', as: 'anonymous', fields: ['code'] },
	{ name: 'sign-out', path: () => '/sign-out', as: 'leaving', fields: [] },
	{
		name: 'draft autosave (JSON)',
		path: () => '/courses/fixture-course/bilingual/exercise/draft',
		as: 'trainee',
		fields: ['platform', 'posts', 'clientSavedAt', 'slot'],
		json: true
	},
	{
		name: 'live checks (JSON)',
		path: () => '/courses/fixture-course/bilingual/exercise/checks',
		as: 'trainee',
		fields: ['platform', 'posts', 'slot'],
		json: true
	},
	{ name: 'records API (GET)', path: () => '/api/v1/records', method: 'GET', as: 'admin', fields: ['cohort', 'limit', 'after'] },
	// The CSV export reads the same filter through the same function, and writes to the audit log.
	{ name: 'admin/reports: filter (GET)', path: () => '/admin/reports', method: 'GET', as: 'admin', fields: ['cohort', 'course'] }
];

// ---------------------------------------------------------------------------------------------
// The server, its database and the sessions.

let server: ChildProcess;
let dir: string;
let db: Database.Database;
let stderr = '';
let ids: Ids;
const cookies: Partial<Record<Role, string>> = {};

interface Answer {
	status: number;
	headers: string;
	body: string;
}

/** One request over a raw socket, so bodies and headers can be as broken as a client makes them. */
function send(head: string, body: Buffer, truncate = false): Promise<Answer> {
	return new Promise((resolve, reject) => {
		const socket = net.connect(PORT, 'localhost');
		const chunks: Buffer[] = [];
		const timer = setTimeout(() => socket.destroy(new Error('no answer within 20 s')), 20_000);
		socket.on('data', (chunk) => chunks.push(chunk));
		socket.on('error', (error) => {
			clearTimeout(timer);
			// The server may close a connection whose body it refuses before reading it all.
			if ('code' in error && (error.code === 'ECONNRESET' || error.code === 'EPIPE') && chunks.length) return;
			reject(error);
		});
		socket.on('close', () => {
			clearTimeout(timer);
			const text = Buffer.concat(chunks).toString('utf8');
			const [headers, ...rest] = text.split('\r\n\r\n');
			const status = Number(/^HTTP\/1\.1 (\d{3})/.exec(headers)?.[1] ?? 0);
			resolve({ status, headers, body: rest.join('\r\n\r\n') });
		});
		socket.write(Buffer.concat([Buffer.from(head + '\r\n', 'latin1'), body]));
		// Ending our side says no more bytes come: the server drops the request, unanswered (status 0).
		if (truncate) socket.end();
	});
}

function head(method: string, path: string, headers: Record<string, string>) {
	const lines = [`${method} ${path} HTTP/1.1`, `Host: localhost:${PORT}`, 'Connection: close'];
	for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`);
	return lines.join('\r\n') + '\r\n';
}

async function post(path: string, form: Record<string, string>, cookie?: string) {
	const body = Buffer.from(new URLSearchParams(form).toString());
	return send(
		head('POST', path, {
			Origin: ORIGIN,
			Accept: 'text/html',
			'Content-Type': 'application/x-www-form-urlencoded',
			'Content-Length': String(body.length),
			...(cookie ? { Cookie: cookie } : {})
		}),
		body
	);
}

async function signIn(email: string) {
	const answer = await post('/sign-in', { email, password: PASSWORD });
	expect(answer.status, `signing in as ${email}`).toBe(303);
	return [...answer.headers.matchAll(/^set-cookie: ([^;]+)/gim)].map((m) => m[1]).join('; ');
}

const IGNORED_TABLES = /^(sessions|kysely_migration.*)$|sign_in|limit|failure|lookup|throttle/i;
let fingerprintAt = -1;
let fingerprintValue: Record<string, string> = {};

/** A hash per meaningful table; recomputed only when another connection has committed since. */
function fingerprint(): Record<string, string> {
	const version = db.pragma('data_version', { simple: true }) as number;
	if (version === fingerprintAt) return fingerprintValue;
	const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").pluck().all() as string[];
	const value: Record<string, string> = {};
	for (const table of tables.filter((name) => !IGNORED_TABLES.test(name))) {
		const hash = createHash('sha256');
		for (const row of db.prepare(`SELECT * FROM "${table}" ORDER BY rowid`).raw().all())
			hash.update(JSON.stringify(row, (_, v) => (Buffer.isBuffer(v) ? v.toString('hex') : v)));
		value[table] = hash.digest('hex').slice(0, 16);
	}
	fingerprintAt = version;
	fingerprintValue = value;
	return value;
}

test.describe.configure({ mode: 'default' });

test.beforeAll(async () => {
	test.setTimeout(120_000);
	dir = mkdtempSync(join(tmpdir(), 'bootcamp-fuzz-'));
	const databasePath = join(dir, 'fuzz.db');
	server = spawn(process.execPath, ['scripts/start.js'], {
		env: {
			...process.env,
			PORT: String(PORT),
			ORIGIN,
			DATABASE_PATH: databasePath,
			SEED_DEMO: 'true',
			FIXTURE_COURSES: 'true',
			DEMO_STORY: 'false',
			DEMO_PASSWORD: PASSWORD,
			DRILL_TIME_SCALE: '0.01',
			// No automatic reminders writing to the database while refused requests are checked against it.
			NUDGE_POLL_MINUTES: '0'
		},
		stdio: ['ignore', 'ignore', 'pipe']
	});
	server.stderr!.on('data', (chunk) => (stderr += chunk));
	for (let tries = 0; ; tries++) {
		const up = await send(head('GET', '/sign-in', {}), Buffer.alloc(0)).catch(() => null);
		if (up?.status === 200) break;
		if (tries > 300 || server.exitCode !== null) throw new Error(`the fuzz server did not start:\n${stderr}`);
		await new Promise((r) => setTimeout(r, 200));
	}
	db = new Database(databasePath, { readonly: true });
	for (const role of Object.keys(emails) as (keyof typeof emails)[]) cookies[role] = await signIn(emails[role]);

	const cohort = (name: string) => db.prepare('SELECT id FROM cohorts WHERE name = ?').pluck().get(name) as string;
	const trainee = db.prepare('SELECT id FROM users WHERE email = ?').pluck().get(emails.trainee) as string;
	// A quiz attempt and an exercise submission for the actions that act on them.
	const started = await post('/courses/fixture-course/practice/quiz?/start', {}, cookies.trainee);
	const attempt = /attempts\/([a-z0-9]+)/.exec(started.headers)?.[1] ?? 'aaaaaaaaaaaaaaaaaaaaaaaa';
	await post(
		'/courses/fixture-course/bilingual/exercise?/submit',
		{
			platform: 'x',
			'post-0':
				'The Lakeshore Trail at Presqu’ile Provincial Park is closed because of flooding. The campground stays open. Check ontarioparks.ca/alerts before you go.',
			'alt-0-0': 'A forest trail under brown water, with a wooden barrier across it.',
			'post-1':
				'Le sentier Lakeshore du parc provincial Presqu’ile est fermé en raison d’inondations. Le terrain de camping reste ouvert. Consultez ontarioparks.ca/alerts avant de partir.',
			'alt-1-0': 'Un sentier forestier sous une eau brune, barré par une barrière en bois.'
		},
		await signIn(REVIEWEE)
	);
	const submission = (db.prepare('SELECT id FROM exercise_submissions LIMIT 1').pluck().get() as string | undefined) ?? 'aaaaaaaaaaaaaaaaaaaaaaaa';
	ids = { cohort1: cohort('Social Media Bootcamp — Cohort 1'), fixtureCohort: cohort('Fixture Cohort'), trainee, attempt, submission };
});

test.afterAll(async () => {
	db?.close();
	if (server && server.exitCode === null) {
		const exited = new Promise((r) => server.once('exit', r));
		server.kill('SIGTERM');
		await Promise.race([exited, new Promise((r) => setTimeout(r, 5_000))]);
		if (server.exitCode === null) server.kill('SIGKILL');
	}
	if (dir) rmSync(dir, { recursive: true, force: true });
});

// ---------------------------------------------------------------------------------------------
// What the fuzzer sends.

const controlChars = fc.string({ unit: fc.integer({ min: 0, max: 31 }).map((c) => String.fromCharCode(c)), maxLength: 20 });
const value = fc.oneof(
	{ weight: 3, arbitrary: fc.string({ maxLength: 40 }) },
	{ weight: 3, arbitrary: fc.string({ unit: 'binary', maxLength: 40 }) },
	{ weight: 2, arbitrary: controlChars },
	{
		weight: 1,
		arbitrary: fc.constantFrom(
			'',
			' ',
			'0',
			'-1',
			'1e309',
			'NaN',
			'true',
			'null',
			'[]',
			'{}',
			'x',
			'fr',
			'en',
			'approve',
			'revise',
			'add_post',
			'remove_post',
			'instagram',
			'myspace',
			'../../etc/passwd',
			"' OR 1=1 --",
			'<script>alert(1)</script>',
			'%00',
			'\uFEFF\uFFFE\uFFFF',
			'\uD800',
			'a@b.c',
			'aaaaaaaaaaaaaaaaaaaaaaaa'
		)
	},
	{
		weight: 1,
		arbitrary: fc
			.tuple(fc.constantFrom('a', 'é', '😀', 'ab ', '1', '#x ', 'a.'), fc.integer({ min: 1_000, max: 60_000 }))
			.map(([unit, times]) => unit.repeat(times))
	}
);

/** Field names: the action's own (so validation is reached), duplicated, or anything else. */
const fieldsOf = (target: Target) => {
	const name = fc.oneof(
		{ weight: 4, arbitrary: target.fields.length ? fc.constantFrom(...target.fields) : fc.constant('x') },
		{ weight: 1, arbitrary: fc.string({ unit: 'binary', maxLength: 12 }) }
	);
	return fc.array(fc.tuple(name, value), { maxLength: 8 });
};

type Body = { contentType?: string; body: Buffer; length?: number; truncate?: boolean; label: string };

const urlencoded = (pairs: [string, string][]) => Buffer.from(new URLSearchParams(pairs).toString());
function multipart(pairs: [string, string][], boundary: string) {
	const parts = pairs.map(([name, v], i) =>
		i % 3 === 2
			? `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, '')}"; filename="roster.csv"\r\nContent-Type: text/csv\r\n\r\n${v}\r\n`
			: `--${boundary}\r\nContent-Disposition: form-data; name="${name.replace(/["\r\n]/g, '')}"\r\n\r\n${v}\r\n`
	);
	return Buffer.from(parts.join('') + `--${boundary}--\r\n`);
}

const bodyOf = (target: Target): fc.Arbitrary<Body> =>
	fc.tuple(fieldsOf(target), fc.integer({ min: 0, max: 13 }), fc.uint8Array({ maxLength: 64 })).map(([pairs, kind, bytes]): Body => {
		const form = urlencoded(pairs);
		const json = Buffer.from(JSON.stringify(Object.fromEntries(pairs.map(([k, v], i) => [k, i % 2 ? v : [v, { v }]]))));
		switch (kind) {
			case 0:
			case 1:
				return { label: 'form', contentType: 'application/x-www-form-urlencoded', body: form };
			case 2:
				return { label: 'multipart', contentType: 'multipart/form-data; boundary=fuzzfuzz', body: multipart(pairs, 'fuzzfuzz') };
			case 3:
				return { label: 'text/plain', contentType: 'text/plain', body: form };
			case 4:
				return { label: 'JSON', contentType: 'application/json', body: json };
			case 5:
				return { label: 'broken boundary', contentType: 'multipart/form-data; boundary=expected', body: multipart(pairs, 'different') };
			case 6:
				return { label: 'no boundary', contentType: 'multipart/form-data', body: multipart(pairs, 'x') };
			case 7:
				return {
					label: 'truncated multipart',
					contentType: 'multipart/form-data; boundary=cut',
					body: multipart(pairs, 'cut').subarray(0, Math.max(1, Math.floor(multipart(pairs, 'cut').length / 2)))
				};
			case 8:
				return {
					label: 'truncated (length larger than the body)',
					contentType: 'application/x-www-form-urlencoded',
					body: form,
					length: form.length + 10,
					truncate: true
				};
			case 9:
				// Bytes past the declared length would be read as a second request, answered on its own while
				// this one still runs; the server sees the same thing when the length cuts the body short.
				return { label: 'length cuts the body short', contentType: 'application/x-www-form-urlencoded', body: form.subarray(0, Math.floor(form.length / 2)) };
			case 10:
				return {
					label: 'invalid UTF-8',
					contentType: 'application/x-www-form-urlencoded',
					body: Buffer.concat([form, Buffer.from('&'), Buffer.from(bytes), Buffer.from([0xff, 0xfe, 0xc3])])
				};
			case 11:
				return { label: 'over the size limit', contentType: 'application/x-www-form-urlencoded', body: Buffer.from('x='.padEnd(1_100_000, 'a')) };
			case 12:
				return { label: 'no content type', body: form };
			default:
				return { label: 'random bytes', contentType: 'application/x-www-form-urlencoded', body: Buffer.from(bytes) };
		}
	});

/** A bad JSON body for the autosave endpoint. */
const jsonBodyOf = (target: Target): fc.Arbitrary<Body> =>
	fc.oneof(
		bodyOf(target),
		fc
			.record(
				{
					platform: fc.oneof(value, fc.integer(), fc.constant(null)),
					posts: fc.oneof(fc.array(fc.record({ text: fc.oneof(value, fc.integer()), alts: fc.array(value, { maxLength: 12 }) }), { maxLength: 14 }), value),
					clientSavedAt: fc.oneof(fc.integer(), fc.double(), value, fc.constant(-1)),
					slot: fc.oneof(value, fc.constant('run:inject'), fc.integer())
				},
				{ requiredKeys: [] }
			)
			.map((record) => ({ label: 'JSON draft', contentType: 'application/json', body: Buffer.from(JSON.stringify(record)) })),
		fc
			.string({ unit: 'binary', maxLength: 80 })
			.map((text) => ({ label: 'broken JSON', contentType: 'application/json', body: Buffer.from('{"posts":' + text) }))
	);

/** Bad query strings and tokens for the records API. */
const apiRequestOf = (target: Target) =>
	fc.record({
		query: fc.array(fc.tuple(fc.constantFrom(...target.fields, 'x'), value), { maxLength: 5 }),
		authorization: fc.oneof(
			fc.constant(null),
			value.map((v) => `Bearer ${v}`),
			fc.constantFrom('Bearer', 'Basic YWRtaW46eA==', 'Bearer aaaaaaaaaaaaaaaaaaaaaaaa', 'bearer  ', 'Bearer ' + 'a'.repeat(5000))
		),
		useSession: fc.boolean()
	});

/** What the server said: refused (nothing should have changed) or done. */
function refused(answer: Answer): boolean {
	if (answer.status >= 400 || answer.status === 0) return true;
	if (/^location: [^\r\n]*sign-in/im.test(answer.headers)) return true;
	if (/^content-type: application\/json/im.test(answer.headers)) {
		const type = /"type":"(\w+)"/.exec(answer.body)?.[1];
		if (type === 'failure' || type === 'error') return true;
		if (type === 'redirect') return /"location":"[^"]*sign-in/.test(answer.body);
	}
	return false;
}

// ---------------------------------------------------------------------------------------------

const header = (answer: Answer, name: string) => new RegExp(`^${name}: ([^\\r\\n]*)`, 'im').exec(answer.headers)?.[1] ?? null;
const get = (path: string, headers: Record<string, string> = {}) => send(head('GET', path, headers), Buffer.alloc(0));

test('security headers on static files too; private pages and API answers are never cached', async () => {
	const immutable = readdirSync('build/client/_app/immutable/entry')[0];
	for (const path of ['/favicon.svg', `/_app/immutable/entry/${immutable}`, '/sign-in']) {
		const answer = await get(path, { 'Accept-Encoding': 'br, gzip' });
		expect(answer.status, path).toBe(200);
		expect(header(answer, 'x-content-type-options'), path).toBe('nosniff');
		expect(header(answer, 'referrer-policy'), path).toBe('same-origin');
		expect(header(answer, 'x-frame-options'), path).toBe('DENY');
		expect(header(answer, 'permissions-policy'), path).toContain('camera=()');
		expect(header(answer, 'cache-control') ?? '', path).not.toContain('no-store');
	}
	const asset = await get(`/_app/immutable/entry/${immutable}`, { 'Accept-Encoding': 'br' });
	expect(header(asset, 'cache-control')).toContain('immutable');
	expect(header(asset, 'content-encoding')).toBe('br');

	for (const path of ['/', '/courses/fixture-course/basics', '/records']) {
		const answer = await get(path, { Accept: 'text/html', Cookie: cookies.trainee! });
		expect(answer.status, path).toBe(200);
		expect(header(answer, 'cache-control'), path).toBe('private, no-store');
	}
	const api = await get('/api/v1/records', { Authorization: 'Bearer nope' });
	expect(api.status).toBe(401);
	expect(header(api, 'cache-control')).toBe('private, no-store');
});

test('draft autosave: a cross-site request is refused; bad bodies get 400, 413 or 415 with a message', async () => {
	const draft = '/courses/fixture-course/bilingual/exercise/draft';
	const body = Buffer.from(
		JSON.stringify({
			platform: 'x',
			posts: [
				{ text: 'Hello', alts: [''] },
				{ text: 'Bonjour', alts: [''] }
			],
			clientSavedAt: Date.now(),
			slot: ''
		})
	);
	const postDraft = (headers: Record<string, string>, payload = body) =>
		send(
			head('POST', draft, {
				Accept: 'application/json',
				Cookie: cookies.trainee!,
				'Content-Type': 'application/json',
				'Content-Length': String(payload.length),
				...headers
			}),
			payload
		);

	const before = fingerprint();
	const crossSite = await postDraft({ Origin: 'https://evil.example' });
	expect(crossSite.status).toBe(403);
	expect(JSON.parse(crossSite.body).message).toContain('another site');
	expect((await postDraft({ 'Sec-Fetch-Site': 'cross-site' })).status).toBe(403);
	expect((await postDraft({ Origin: ORIGIN, 'Content-Type': 'text/csv' })).status).toBe(415);
	expect((await postDraft({ Origin: ORIGIN }, Buffer.from('{"posts":'))).status).toBe(400);
	const huge = await postDraft({ Origin: ORIGIN }, Buffer.from(JSON.stringify({ posts: 'a'.repeat(1_100_000) })));
	expect(huge.status).toBe(413);
	expect(JSON.parse(huge.body).message).toContain('larger than 1 MB');
	expect(fingerprint()).toEqual(before);

	expect((await postDraft({ Origin: ORIGIN })).status).toBe(200);
	expect(fingerprint().exercise_drafts).not.toBe(before.exercise_drafts);
});

for (const target of targets) {
	test(`fuzz: ${target.name}`, async () => {
		test.setTimeout(90_000);
		const path = target.path(ids);
		const pagePath = path.replace(/\?.*$/, '').replace(/\/(draft|checks)$/, '');
		// A first visit may record something legitimately (a module opened): not the fuzzer's doing.
		if (target.as !== 'anonymous') await send(head('GET', pagePath, { Accept: 'text/html', Cookie: cookies[target.as]! }), Buffer.alloc(0));
		const errorsBefore = stderr.length;
		// FUZZ_DEBUG=1 prints what each role and kind of body got: proof the fuzzer reaches the actions.
		const seen = new Map<string, number>();

		if (target.method === 'GET') {
			await fc.assert(
				fc.asyncProperty(apiRequestOf(target), async ({ query, authorization, useSession }) => {
					const before = fingerprint();
					const search = new URLSearchParams(query).toString();
					const headers: Record<string, string> = { Accept: 'application/json' };
					if (authorization !== null) headers.Authorization = authorization.replace(/[\r\n]/g, ' ');
					if (useSession) headers.Cookie = cookies[target.as]!;
					const answer = await send(head('GET', `${path}?${search}`, headers), Buffer.alloc(0));
					expect(answer.status, `GET ${path}?${search} → ${answer.status}\n${answer.body.slice(0, 300)}`).toBeGreaterThan(0);
					expect(answer.status, `GET ${path}?${search}`).toBeLessThan(500);
					expect(fingerprint(), `GET ${path}?${search} changed the database`).toEqual(before);
				}),
				{ numRuns: RUNS }
			);
		} else {
			const bodies = target.json ? jsonBodyOf(target) : bodyOf(target);
			await fc.assert(
				fc.asyncProperty(bodies, fc.constantFrom(target.as, 'anonymous' as const), fc.boolean(), fc.boolean(), async (body, role, enhanced, french) => {
					const before = fingerprint();
					const headers: Record<string, string> = { Origin: ORIGIN, Accept: enhanced || target.json ? 'application/json' : 'text/html' };
					if (enhanced && !target.json) headers['x-sveltekit-action'] = 'true';
					if (body.contentType) headers['Content-Type'] = body.contentType;
					headers['Content-Length'] = String(body.length ?? body.body.length);
					if (role !== 'anonymous') headers.Cookie = cookies[role]!;
					const url = french ? `/fr${path}` : path;
					const answer = await send(head('POST', url, headers), body.body, body.truncate);
					const outcome = `${role} ${body.label} → ${answer.status} ${/"type":"(\w+)"/.exec(answer.body)?.[1] ?? ''}`;
					seen.set(outcome, (seen.get(outcome) ?? 0) + 1);
					const what = `${role} POST ${url} (${body.label}, ${enhanced ? 'enhanced' : 'plain'}) → ${answer.status}\n${answer.body.slice(0, 300)}`;
					expect(answer.status, what).toBeLessThan(500);
					if (refused(answer)) expect(fingerprint(), `refused, yet the database changed: ${what}`).toEqual(before);
					else fingerprint();
				}),
				{ numRuns: RUNS }
			);
		}
		if (process.env.FUZZ_DEBUG)
			console.log(
				target.name,
				[...seen]
					.sort()
					.map(([k, n]) => `\n  ${k}: ${n}`)
					.join('')
			);
		expect(stderr.slice(errorsBefore), 'the server logged unexpected errors').not.toContain('Unexpected error');
	});
}
