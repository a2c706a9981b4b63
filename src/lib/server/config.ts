// Every environment variable the server reads, with its default: the one place that reads them.
// Each call reads the environment afresh (tests change it); pass `env` to read another one.
import { dirname, join } from 'node:path';

type Env = Record<string, string | undefined>;

export const DEFAULT_DATABASE_PATH = 'data/bootcamp.db';
const DEFAULT_DEMO_PASSWORD = 'bootcamp-demo';

/** "false" (any case) turns a switch off; anything else, or nothing, leaves it on. */
const onUnlessFalse = (value: string | undefined) => (value ?? 'true').toLowerCase() !== 'false';

interface ServerConfig {
	/** DATABASE_PATH: the SQLite file (when DATABASE_URL is unset). */
	databasePath: string;
	/** The database the server opens: DATABASE_URL (postgres://…) when set, else DATABASE_PATH. */
	database: string;
	/** DATABASE_POOL_SIZE (default 10): connections each process keeps to PostgreSQL. */
	databasePoolSize: number;
	/** SEED_DEMO (default on): seed the demo into a new, empty database. */
	seedDemo: boolean;
	/** DEMO_PASSWORD: the demo accounts' shared password. */
	demoPassword: string;
	/** DEMO_STORY (default on): play the demo trainees' progress after seeding. */
	demoStory: boolean;
	/** FIXTURE_COURSES=true: serve the test fixture courses too (the test server only). */
	fixtureCourses: boolean;
	/** ISSUER_KEY_PATH: the records' signing key; beside the database unless set, never in the repository. */
	issuerKeyPath: string;
	/** DRILL_TIME_SCALE (0 < s ≤ 1, default 1): 0.01 makes a 2-minute inject arrive in 1.2 s (browser tests). */
	drillTimeScale: number;
	/** ORIGIN: the public site address; null when unset (then the request's own origin is used). */
	origin: string | null;
	/** PORT (default 3000): where the server listens; names the local address when ORIGIN is unset. */
	port: string;
	/** SMTP_URL (smtp://user:pass@host:587, smtps://… for TLS): null leaves email waiting in the outbox. */
	smtpUrl: string | null;
	/** MAIL_FROM: the From address of every email. */
	mailFrom: string;
	/** MAIL_POLL_SECONDS (default 10): how often the sender looks for email to deliver. */
	mailPollMs: number;
	/** NUDGE_POLL_MINUTES (default 60; 0 turns it off): how often the automatic nudges and managers' digests are looked for. */
	nudgePollMs: number | null;
	/** ISSUER_KEY: the signing key file's JSON itself, for processes that share no disk; wins over ISSUER_KEY_PATH. */
	issuerKey: string | null;
	/** REQUEST_METRICS=true: every answer says how many queries it made (X-Queries) and objects it serialized (X-Serialized-Objects). */
	requestMetrics: boolean;
}

export function serverConfig(env: Env = process.env): ServerConfig {
	const databasePath = env.DATABASE_PATH || DEFAULT_DATABASE_PATH;
	const databaseUrl = env.DATABASE_URL || null;
	if (databaseUrl && !/^postgres(ql)?:\/\//i.test(databaseUrl))
		throw new Error('DATABASE_URL must be a PostgreSQL address (postgres://user:password@host:5432/name); unset it to use the SQLite file at DATABASE_PATH.');
	const poolSize = Number(env.DATABASE_POOL_SIZE);
	const scale = Number(env.DRILL_TIME_SCALE);
	const poll = Number(env.MAIL_POLL_SECONDS);
	const nudgePoll = Number(env.NUDGE_POLL_MINUTES || 60);
	return {
		databasePath,
		database: databaseUrl ?? databasePath,
		databasePoolSize: Number.isInteger(poolSize) && poolSize > 0 ? poolSize : 10,
		seedDemo: onUnlessFalse(env.SEED_DEMO),
		demoPassword: env.DEMO_PASSWORD || DEFAULT_DEMO_PASSWORD,
		demoStory: onUnlessFalse(env.DEMO_STORY),
		fixtureCourses: env.FIXTURE_COURSES === 'true',
		issuerKeyPath: env.ISSUER_KEY_PATH || join(dirname(databasePath), 'issuer-key.json'),
		drillTimeScale: Number.isFinite(scale) && scale > 0 && scale <= 1 ? scale : 1,
		origin: env.ORIGIN || null,
		port: env.PORT || '3000',
		smtpUrl: env.SMTP_URL || null,
		mailFrom: env.MAIL_FROM || 'Bootcamp <no-reply@localhost>',
		mailPollMs: Number.isFinite(poll) && poll > 0 ? poll * 1000 : 10_000,
		nudgePollMs: !Number.isFinite(nudgePoll) || nudgePoll < 0 ? 3_600_000 : nudgePoll === 0 ? null : nudgePoll * 60_000,
		issuerKey: env.ISSUER_KEY || null,
		requestMetrics: env.REQUEST_METRICS === 'true'
	};
}

/** The address people use, for links that leave the site (email): ORIGIN, or this machine's. */
export function siteOrigin(env: Env = process.env): string {
	const config = serverConfig(env);
	return (config.origin ?? `http://localhost:${config.port}`).replace(/\/+$/, '');
}

export type SignInMethods = 'password' | 'sso' | 'both';

export interface SsoSettings {
	/** OIDC_ISSUER: the provider's issuer (or its discovery document's address). */
	issuer: string;
	/** OIDC_CLIENT_ID and OIDC_CLIENT_SECRET: this app's registration at the provider. */
	clientId: string;
	clientSecret: string;
	/** OIDC_LABEL ("English|French", or one text for both): the button's name for the account; null: a generic one. */
	label: { en: string; fr: string } | null;
}

interface SignInConfig {
	/** SIGN_IN (password, sso or both): default both with the OIDC settings, password without. */
	methods: SignInMethods;
	/** The OIDC_* settings; null when OIDC_ISSUER is unset. */
	sso: SsoSettings | null;
	/** OIDC_JUST_IN_TIME=true: someone the provider knows but no roster does gets an account (no role). */
	justInTime: boolean;
	/** SIGN_IN_BREAK_GLASS: the administrator's email that keeps password sign-in and reset under SIGN_IN=sso. */
	breakGlassEmail: string | null;
}

/** How people sign in. Throws on settings that contradict each other (checked at start-up). */
export function signInConfig(env: Env = process.env): SignInConfig {
	const issuer = env.OIDC_ISSUER?.trim() || null;
	let sso: SsoSettings | null = null;
	if (issuer) {
		const clientId = env.OIDC_CLIENT_ID?.trim();
		const clientSecret = env.OIDC_CLIENT_SECRET;
		if (!clientId || !clientSecret) throw new Error('OIDC_ISSUER is set: OIDC_CLIENT_ID and OIDC_CLIENT_SECRET are needed too');
		if (!URL.canParse(issuer)) throw new Error(`OIDC_ISSUER is not an address: ${issuer}`);
		const [en, fr] = (env.OIDC_LABEL ?? '').split('|').map((part) => part.trim());
		sso = { issuer, clientId, clientSecret, label: en ? { en, fr: fr || en } : null };
	}
	const methods = (env.SIGN_IN?.trim().toLowerCase() || (sso ? 'both' : 'password')) as SignInMethods;
	if (!['password', 'sso', 'both'].includes(methods)) throw new Error(`SIGN_IN must be password, sso or both (it is "${env.SIGN_IN}")`);
	if (methods !== 'password' && !sso) throw new Error(`SIGN_IN=${methods} needs OIDC_ISSUER, OIDC_CLIENT_ID and OIDC_CLIENT_SECRET`);
	return {
		methods,
		sso: methods === 'password' ? null : sso,
		justInTime: env.OIDC_JUST_IN_TIME === 'true',
		breakGlassEmail: env.SIGN_IN_BREAK_GLASS?.trim().toLowerCase() || null
	};
}
