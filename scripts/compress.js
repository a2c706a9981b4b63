// Compresses the server's own answers (pages, JSON, CSV exports) for clients that accept gzip.
//
// Why not the `compression` middleware: it pipes every answer through a zlib stream, and on
// our pages that machinery cost more than the compression itself (an 8 KB sign-in page went from
// 1.2 to 3.0 ms of CPU with brotli, `npm run bench`). SvelteKit sends a page whole, so the body
// is gathered and gzipped at once.
// Brotli at a comparable speed compresses no smaller here; static files keep adapter-node's
// precompressed .br/.gz, which arrive with their Content-Encoding set and pass through untouched.
import { gzipSync } from 'node:zlib';

/**
 * Level 3: a 32 KB lesson becomes 11.9 KB in about 0.27 ms, where level 6 makes 11.2 KB in twice
 * the time; the page is rendered for each request, so the time counts more than 0.7 KB.
 */
const GZIP_LEVEL = 3;

/** Smaller bodies are not worth it: a packet holds them either way (Lighthouse's threshold too). */
export const MIN_BYTES = 1024;
// TrueType and OpenType fonts too (the record page's Courier Prime): adapter-node precompresses
// no font, and a browser keeps them a year (immutable), so each is gzipped rarely.
const COMPRESSIBLE = /^(text\/|application\/(json|javascript|xml|ld\+json|manifest\+json|x-ndjson)|image\/svg\+xml|font\/(ttf|otf))/i;

/**
 * Whether the request's Accept-Encoding allows gzip (not refused with q=0).
 * @param {string | undefined} header
 */
export function acceptsGzip(header) {
	if (!header) return false;
	return header.split(',').some((part) => {
		const [coding, ...params] = part.trim().toLowerCase().split(';');
		if (coding !== 'gzip' && coding !== '*') return false;
		const q = params.map((p) => p.trim()).find((p) => p.startsWith('q='));
		return !q || Number(q.slice(2)) > 0;
	});
}

/**
 * Wraps `res` so that its body is gathered and sent gzipped when the request accepts gzip and the
 * answer is a compressible type of at least MIN_BYTES, not already encoded, and has a body.
 */
/**
 * @param {import('node:http').IncomingMessage} req
 * @param {import('node:http').ServerResponse} res
 */
export function compressResponse(req, res) {
	res.setHeader('Vary', 'Accept-Encoding');
	if (req.method === 'HEAD' || !acceptsGzip(req.headers['accept-encoding'])) return;
	/** @type {any} */
	const { write, end, writeHead } = res;
	/** @type {Buffer[]} */
	const chunks = [];
	/** @type {boolean | null} */
	let decided = null;

	// writeHead is held back (its status and headers kept on `res`) until the body is known: a
	// compressed body needs other headers. Node sends the held-back head with the first write.
	/** @type {any} */ (res).writeHead = function (/** @type {number} */ status, /** @type {any} */ reason, /** @type {any} */ headers) {
		if (typeof reason === 'object') [reason, headers] = [undefined, reason];
		if (Array.isArray(headers)) {
			res.writeHead = writeHead;
			return writeHead.call(res, status, reason, headers);
		}
		res.statusCode = status;
		if (reason) res.statusMessage = reason;
		for (const [name, value] of Object.entries(headers ?? {})) res.setHeader(name, value);
		return res;
	};
	const eligible = () => {
		if (decided === null) {
			const type = String(res.getHeader('Content-Type') ?? '');
			decided = res.statusCode !== 204 && res.statusCode !== 304 && !res.getHeader('Content-Encoding') && COMPRESSIBLE.test(type);
			if (!decided) restore();
		}
		return decided;
	};
	const restore = () => Object.assign(res, { write, end, writeHead });
	const toBuffer = (/** @type {any} */ chunk, /** @type {any} */ encoding) =>
		Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk, /** @type {BufferEncoding} */ (typeof encoding === 'string' ? encoding : 'utf8'));

	/** @type {any} */ (res).write = function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
		if (!eligible()) return res.write(chunk, encoding, callback);
		chunks.push(toBuffer(chunk, encoding));
		const done = typeof encoding === 'function' ? encoding : callback;
		if (done) process.nextTick(done);
		return true;
	};
	/** @type {any} */ (res).end = function (/** @type {any} */ chunk, /** @type {any} */ encoding, /** @type {any} */ callback) {
		if (typeof chunk === 'function') [chunk, callback] = [undefined, chunk];
		if (typeof encoding === 'function') [encoding, callback] = [undefined, encoding];
		if (!eligible()) return res.end(chunk, encoding, callback);
		if (chunk) chunks.push(toBuffer(chunk, encoding));
		let body = Buffer.concat(chunks);
		if (body.length >= MIN_BYTES) {
			body = gzipSync(body, { level: GZIP_LEVEL });
			res.setHeader('Content-Encoding', 'gzip');
			// The same ETag must not name two different byte sequences.
			const etag = res.getHeader('ETag');
			if (typeof etag === 'string' && !etag.startsWith('W/')) res.setHeader('ETag', `W/${etag}`);
		}
		res.setHeader('Content-Length', body.length);
		restore();
		return res.end(body, callback);
	};
}
