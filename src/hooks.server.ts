import { type Handle, type HandleServerError, type ServerInit } from '@sveltejs/kit';
import { sequence } from '@sveltejs/kit/hooks';
import { AsyncLocalStorage } from 'node:async_hooks';
import { overwriteServerAsyncLocalStorage, shouldRedirect, type Locale } from '$lib/paraglide/runtime';
import { m } from '$lib/paraglide/messages';
import { db } from '$lib/server/db';
import { startUp } from '$lib/server/startup';
import { agreeOnIssuerKey } from '$lib/server/records/credentials/issuer';
import { SESSION_COOKIE, validateSessionToken } from '$lib/server/auth/sessions';
import { deleteSessionCookie, setSessionCookie } from '$lib/server/http/cookies';
import { guardFormData, tooLargeMessage } from '$lib/server/http/body';
import { startMailSender } from '$lib/server/mail/sender';
import { loadDictionaries } from '$lib/server/exercises/dictionary-checks';
import { startReminderJob } from '$lib/server/reminders/job';
import { serverConfig } from '$lib/server/config';
import { countSerializedObject, measured } from '$lib/server/http/request-metrics';
import { observeSerialization } from '$lib/http/hydration';

export const init: ServerInit = async () => {
	await startUp(db());
	// Every process must sign with one key: refuse to start with another (ISSUER_KEY or ISSUER_KEY_PATH).
	await agreeOnIssuerKey(db());
	// The spelling and hashtag word lists: loaded in the background from now, not by the first
	// trainee to pause typing, and without holding up the start (npm run bench times it).
	void loadDictionaries().catch((error) => console.error('Loading the dictionaries failed; the checks will load them on first use:', error));
	// Delivers email when SMTP_URL is set; otherwise it waits in the outbox (/admin/outbox).
	const sender = startMailSender(db());
	if (sender) process.once('sveltekit:shutdown', () => void sender.stop());
	// Automatic nudges and managers' weekly digests, every NUDGE_POLL_MINUTES (0: off).
	const reminders = startReminderJob(db());
	if (reminders) process.once('sveltekit:shutdown', () => void reminders.stop());
};

const securityHeaders: Handle = async ({ event, resolve }) => {
	const response = await resolve(event);
	const set = (name: string, value: string) => {
		if (!response.headers.has(name)) response.headers.set(name, value);
	};
	try {
		set('X-Content-Type-Options', 'nosniff');
		set('Referrer-Policy', 'same-origin');
		set('X-Frame-Options', 'DENY');
		set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), interest-cohort=()');
		if (event.url.protocol === 'https:') set('Strict-Transport-Security', 'max-age=31536000; includeSubDomains');
		// What a signed-in person sees, and every API answer, is theirs alone: no shared or back-button cache.
		if (event.locals.user || event.url.pathname.startsWith('/api/')) response.headers.set('Cache-Control', 'private, no-store');
	} catch {
		// Responses from `fetch` have immutable headers; they are not pages.
	}
	return response;
};

// Paraglide's middleware, without its copy of every request: it builds a new Request for each
// one (about 0.1 ms, and a teed body for every form post) only to hand on a URL without /fr,
// which nothing here reads: SvelteKit routes through `reroute` (src/hooks.ts) and event.url.
// The rest is the same: its redirect to the language of the cookie for a document at an
// address without one, and the locale in its AsyncLocalStorage for the messages.
const localeStorage = new AsyncLocalStorage<{ locale?: Locale; origin?: string; messageCalls?: Set<string> }>();
overwriteServerAsyncLocalStorage(localeStorage);

const i18n: Handle = async ({ event, resolve }) => {
	const decision = await shouldRedirect({ request: event.request });
	if (event.request.headers.get('Sec-Fetch-Dest') === 'document' && decision.shouldRedirect && decision.redirectUrl) {
		return new Response(null, { status: 307, headers: { Location: decision.redirectUrl.href } });
	}
	const locale = decision.locale;
	event.locals.locale = locale;
	return localeStorage.run({ locale, origin: event.url.origin, messageCalls: new Set() }, () =>
		resolve(event, { transformPageChunk: ({ html }) => html.replace('%paraglide.lang%', locale) })
	);
};

const authenticate: Handle = async ({ event, resolve }) => {
	event.locals.user = null;
	event.locals.session = null;
	const token = event.cookies.get(SESSION_COOKIE);
	if (token) {
		const secure = event.url.protocol === 'https:';
		const result = await validateSessionToken(db(), token);
		if (result) {
			event.locals.user = result.user;
			event.locals.session = result.session;
			if (result.renewed) setSessionCookie(event.cookies, token, result.session.expiresAt, secure);
		} else {
			deleteSessionCookie(event.cookies, secure);
		}
	}
	return resolve(event);
};

// A body that cannot be read as a form becomes a 400/413/415 with a message in the person's
// language, wherever an action reads it, instead of an unexpected 500.
const readableBodies: Handle = ({ event, resolve }) => {
	guardFormData(event.request);
	return resolve(event);
};

// REQUEST_METRICS=true (the page budgets' test, the bench): each answer says what it cost.
const metricsOn = serverConfig().requestMetrics;
if (metricsOn) observeSerialization(countSerializedObject);
const requestMetrics: Handle = async ({ event, resolve }) => {
	if (!metricsOn) return resolve(event);
	const { metrics, result: response } = await measured(async () => resolve(event));
	try {
		response.headers.set('X-Queries', String(metrics.queries));
		response.headers.set('X-Serialized-Objects', String(metrics.serializedObjects));
	} catch {
		// Responses from `fetch` have immutable headers; they are not pages.
	}
	return response;
};

export const handle = sequence(requestMetrics, securityHeaders, i18n, authenticate, readableBodies);

/** SvelteKit's own 4xx (a form posted as JSON, a method a route lacks, a body over the limit…). */
const expectedMessage = (status: number) => {
	if (status === 404) return m.error_not_found();
	if (status === 405) return m.http_method_not_allowed();
	if (status === 413) return tooLargeMessage();
	if (status === 415) return m.http_unsupported_type();
	return m.http_bad_request();
};

export const handleError: HandleServerError = ({ error, event, status }) => {
	if (status < 500) return { message: expectedMessage(status) };
	console.error(`Unexpected error on ${event.request.method} ${event.url.pathname}:`, error);
	return { message: m.error_unexpected() };
};
