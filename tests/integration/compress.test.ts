import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { acceptsGzip, compressResponse, MIN_BYTES } from '../../scripts/compress.js';

// The start script's compression, on a real node:http server answering the way SvelteKit's
// adapter does (setHeader, then writeHead, then chunks) and the way its static files do.

const page = '<!doctype html><p>' + 'Bonjour, bienvenue au camp d’entraînement. '.repeat(200) + '</p>';

type Answer = (res: http.ServerResponse) => void;
const answers: Record<string, Answer> = {
	'/page': (res) => {
		res.setHeader('Content-Type', 'text/html; charset=utf-8');
		res.setHeader('ETag', '"abc"');
		res.writeHead(200);
		const bytes = Buffer.from(page);
		res.write(bytes.subarray(0, 1000));
		res.write(bytes.subarray(1000));
		res.end();
	},
	'/static-like': (res) => {
		res.writeHead(200, { 'Content-Type': 'text/html', 'Content-Length': Buffer.byteLength(page) });
		res.end(page);
	},
	'/small': (res) => {
		res.setHeader('Content-Type', 'application/json');
		res.end('{"ok":true}');
	},
	'/encoded': (res) => {
		res.writeHead(200, { 'Content-Type': 'text/javascript', 'Content-Encoding': 'br' });
		res.end(Buffer.from('already brotli bytes'.repeat(100)));
	},
	'/font': (res) => {
		res.writeHead(200, { 'Content-Type': 'font/ttf', 'Cache-Control': 'public,max-age=31536000,immutable' });
		res.write(Buffer.alloc(3000, 1));
		res.end(Buffer.alloc(3000, 2));
	},
	'/image': (res) => {
		res.writeHead(200, { 'Content-Type': 'image/png' });
		res.end(Buffer.alloc(5000, 7));
	},
	'/not-modified': (res) => {
		res.setHeader('Content-Type', 'text/html');
		res.writeHead(304).end();
	}
};

let server: http.Server;
let port: number;

beforeAll(async () => {
	server = http.createServer((req, res) => {
		compressResponse(req, res);
		answers[req.url!](res);
	});
	await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
	port = (server.address() as AddressInfo).port;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

function get(path: string, headers: Record<string, string> = {}, method = 'GET') {
	return new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
		const request = http.request({ host: '127.0.0.1', port, path, method, headers }, (response) => {
			const chunks: Buffer[] = [];
			response.on('data', (chunk) => chunks.push(chunk));
			response.on('end', () => resolve({ status: response.statusCode!, headers: response.headers, body: Buffer.concat(chunks) }));
		});
		request.on('error', reject);
		request.end();
	});
}

describe('compressed answers', () => {
	it('gzips a page for a browser that accepts it, with the same content, its length and a weak ETag', async () => {
		const answer = await get('/page', { 'accept-encoding': 'gzip, deflate, br' });
		expect(answer.headers['content-encoding']).toBe('gzip');
		expect(answer.headers.vary).toMatch(/Accept-Encoding/);
		expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
		expect(answer.body.length).toBeLessThan(Buffer.byteLength(page) / 5);
		expect(gunzipSync(answer.body).toString()).toBe(page);
		expect(answer.headers.etag).toBe('W/"abc"');
	});

	it('gzips an answer whose headers came with writeHead, and corrects its Content-Length', async () => {
		const answer = await get('/static-like', { 'accept-encoding': 'gzip' });
		expect(answer.headers['content-encoding']).toBe('gzip');
		expect(Number(answer.headers['content-length'])).toBe(answer.body.length);
		expect(gunzipSync(answer.body).toString()).toBe(page);
	});

	it('gzips a TrueType font, which adapter-node has no precompressed copy of, keeping its caching', async () => {
		const answer = await get('/font', { 'accept-encoding': 'gzip' });
		expect(answer.headers['content-encoding']).toBe('gzip');
		expect(answer.headers['cache-control']).toBe('public,max-age=31536000,immutable');
		expect(gunzipSync(answer.body)).toEqual(Buffer.concat([Buffer.alloc(3000, 1), Buffer.alloc(3000, 2)]));
	});

	it('sends the page as it is to a client that does not accept gzip, or refuses it', async () => {
		for (const headers of [{}, { 'accept-encoding': 'identity' }, { 'accept-encoding': 'gzip;q=0, br' }] as Record<string, string>[]) {
			const answer = await get('/page', headers);
			expect(answer.headers['content-encoding']).toBeUndefined();
			expect(answer.body.toString()).toBe(page);
			expect(answer.headers.etag).toBe('"abc"');
		}
	});

	it('leaves alone what is small, already encoded, an image, a HEAD or a 304', async () => {
		const small = await get('/small', { 'accept-encoding': 'gzip' });
		expect(small.headers['content-encoding']).toBeUndefined();
		expect(small.body.toString()).toBe('{"ok":true}');
		expect(small.body.length).toBeLessThan(MIN_BYTES);

		const encoded = await get('/encoded', { 'accept-encoding': 'gzip, br' });
		expect(encoded.headers['content-encoding']).toBe('br');
		expect(encoded.body.toString()).toBe('already brotli bytes'.repeat(100));

		const image = await get('/image', { 'accept-encoding': 'gzip' });
		expect(image.headers['content-encoding']).toBeUndefined();
		expect(image.body.length).toBe(5000);

		const head = await get('/page', { 'accept-encoding': 'gzip' }, 'HEAD');
		expect(head.headers['content-encoding']).toBeUndefined();
		expect(head.body.length).toBe(0);

		const notModified = await get('/not-modified', { 'accept-encoding': 'gzip' });
		expect(notModified.status).toBe(304);
		expect(notModified.body.length).toBe(0);
	});

	it('reads Accept-Encoding as HTTP does: codings, wildcards and q-values', () => {
		expect(acceptsGzip('gzip, deflate, br')).toBe(true);
		expect(acceptsGzip('GZIP')).toBe(true);
		expect(acceptsGzip('br;q=1.0, gzip;q=0.8')).toBe(true);
		expect(acceptsGzip('*')).toBe(true);
		expect(acceptsGzip('gzip;q=0')).toBe(false);
		expect(acceptsGzip('br')).toBe(false);
		expect(acceptsGzip(undefined)).toBe(false);
	});
});
