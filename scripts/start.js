// Starts the built server with defaults that work on a fresh machine: port 3000, and an
// ORIGIN matching it so SvelteKit's cross-site check accepts the app's own form posts.
//
// A small custom server around adapter-node's handler (its "Custom server" recipe): adapter-node
// serves build/client before the app's hooks run, so the security headers are set here for every
// answer, static files included. Precompressed files and immutable caching stay adapter-node's.
//
// Pages, JSON and exports are gzipped here for clients that accept it (scripts/compress.js): a
// page is about a third of its size (npm run bench prints both). Static files keep adapter-node's
// precompressed .br/.gz and their immutable caching.
import http from 'node:http';
import { compressResponse } from './compress.js';
import { MAX_BODY_BYTES } from '../src/lib/server/http/limits.js';

process.env.PORT ||= '3000';
process.env.HOST ||= '0.0.0.0';
process.env.ORIGIN ||= `http://localhost:${process.env.PORT}`;
process.env.DATABASE_PATH ||= 'data/bootcamp.db';
// One limit for every body, the app's own: adapter-node reads this when its handler loads.
process.env.BODY_SIZE_LIMIT ||= String(MAX_BODY_BYTES);

const securityHeaders = {
	'X-Content-Type-Options': 'nosniff',
	'Referrer-Policy': 'same-origin',
	'X-Frame-Options': 'DENY',
	'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), interest-cohort=()',
	...(process.env.ORIGIN.startsWith('https:') ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {})
};

// Importing the handler runs the app's init hook (migrations, demo seed, signing key) first.
const { handler } = await import('../build/handler.js');

const server = http.createServer((req, res) => {
	for (const [name, value] of Object.entries(securityHeaders)) res.setHeader(name, value);
	compressResponse(req, res);
	handler(req, res, () => {
		res.statusCode = 404;
		res.end('Not found');
	});
});

// adapter-node's own timeouts, in seconds, as its server reads them.
const seconds = (name) => (process.env[name] ? Number(process.env[name]) * 1000 : undefined);
server.keepAliveTimeout = seconds('KEEP_ALIVE_TIMEOUT') ?? server.keepAliveTimeout;
server.headersTimeout = seconds('HEADERS_TIMEOUT') ?? server.headersTimeout;

server.listen(Number(process.env.PORT), process.env.HOST, () => {
	console.log(`Listening on http://${process.env.HOST}:${process.env.PORT}`);
});

// Stops taking new connections, lets the requests under way finish, then lets the app close.
function shutdown(reason) {
	server.close(() => process.emit('sveltekit:shutdown', reason));
	server.closeIdleConnections();
	setTimeout(() => server.closeAllConnections(), seconds('SHUTDOWN_TIMEOUT') ?? 30_000).unref();
}
process.once('SIGINT', () => shutdown('SIGINT'));
process.once('SIGTERM', () => shutdown('SIGTERM'));
