// The JavaScript a page makes the browser download, gzipped: every module it preloads (in a
// <link> tag or SvelteKit's `Link: <…>; rel="modulepreload"` header, where the page's own
// route modules are named) and, transitively, every module those import statically (lazy
// imports of other pages are not fetched by this page, so they do not count).
import { gzipSync } from 'node:zlib';

export async function javascriptWeight(pageUrl, headers = {}) {
	const response = await fetch(pageUrl, { headers });
	const html = await response.text();
	const preloads = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /rel="modulepreload"/.test(tag));
	const queue = preloads.map((tag) => new URL(/href="([^"]+)"/.exec(tag)[1], pageUrl).href);
	for (const link of (response.headers.get('link') ?? '').split(/,\s*(?=<)/)) {
		const target = /^<([^>]+)>.*rel="?modulepreload"?/.exec(link);
		if (target) queue.push(new URL(target[1], pageUrl).href);
	}
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) queue.push(new URL(m[1], pageUrl).href);
	const seen = new Set();
	const sizes = {};
	let raw = 0;
	let gzipped = 0;
	while (queue.length) {
		const url = queue.shift();
		if (seen.has(url)) continue;
		seen.add(url);
		const body = Buffer.from(await (await fetch(url)).arrayBuffer());
		const packed = gzipSync(body, { level: 6 }).length;
		sizes[new URL(url).pathname] = packed;
		raw += body.length;
		gzipped += packed;
		for (const m of body.toString('utf8').matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) queue.push(new URL(m[1], url).href);
	}
	return { files: seen.size, raw, gzipped, sizes };
}

/** The files a page loads beyond those `base` (another page) loads, with their gzipped sizes: that page's own part. */
export function ownFiles(page, base) {
	return Object.entries(page.sizes).filter(([path]) => !(path in base.sizes));
}

/** The gzipped size of a page's own part (ownFiles). */
export function ownWeight(page, base) {
	return ownFiles(page, base).reduce((sum, [, size]) => sum + size, 0);
}
