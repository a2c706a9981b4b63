// The JavaScript a page makes the browser download, gzipped: every module it preloads and,
// transitively, every module those import statically (lazy imports of other pages are not
// fetched by this page, so they do not count).
import { gzipSync } from 'node:zlib';

export async function javascriptWeight(pageUrl, headers = {}) {
	const html = await (await fetch(pageUrl, { headers })).text();
	const preloads = [...html.matchAll(/<link\b[^>]*>/g)].map((m) => m[0]).filter((tag) => /rel="modulepreload"/.test(tag));
	const queue = preloads.map((tag) => new URL(/href="([^"]+)"/.exec(tag)[1], pageUrl).href);
	for (const m of html.matchAll(/import\("([^"]+\.js)"\)/g)) queue.push(new URL(m[1], pageUrl).href);
	const seen = new Set();
	let raw = 0;
	let gzipped = 0;
	while (queue.length) {
		const url = queue.shift();
		if (seen.has(url)) continue;
		seen.add(url);
		const body = Buffer.from(await (await fetch(url)).arrayBuffer());
		raw += body.length;
		gzipped += gzipSync(body, { level: 6 }).length;
		for (const m of body.toString('utf8').matchAll(/(?:from|import)\s*["']([^"']+\.js)["']/g)) queue.push(new URL(m[1], url).href);
	}
	return { files: seen.size, raw, gzipped };
}
