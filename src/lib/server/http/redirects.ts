// C0 and C1 control characters and DEL: browsers strip or split on them, so `/\t/evil` can become `//evil`.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const controlOrBackslash = /[\u0000-\u001f\u007f-\u009f\\]/;

/** Percent-decodes until nothing changes (a few rounds at most); null when the encoding is broken. */
function fullyDecoded(value: string): string | null {
	let current = value;
	for (let round = 0; round < 4; round++) {
		let next: string;
		try {
			next = decodeURIComponent(current);
		} catch {
			return null;
		}
		if (next === current) return current;
		current = next;
	}
	return current;
}

/** The part before any query or fragment. */
const pathOf = (value: string) => value.split(/[?#]/, 1)[0];

const startsWithSingleSlash = (path: string) => path.startsWith('/') && !path.startsWith('//');

/**
 * A path on this site to go back to after signing in, normalized (`/fr/admin?x=1`); anything that
 * could lead elsewhere is dropped. The value is read as a URL against the site's origin and must
 * stay on it, with a path starting with a single `/`; control characters and backslashes are refused
 * whether raw or percent-encoded, since browsers and proxies disagree on what they mean.
 */
export function safeNext(value: string | null | undefined, origin: string): string | null {
	if (!value || !startsWithSingleSlash(value) || controlOrBackslash.test(value)) return null;
	// Only the path can lead elsewhere; a query stays encoded in the Location header, and may hold
	// anything a search does (`?q=%25` is a search for a per cent sign).
	const decoded = fullyDecoded(pathOf(value));
	if (decoded === null || controlOrBackslash.test(decoded) || !startsWithSingleSlash(decoded)) return null;
	let url: URL;
	try {
		url = new URL(value, origin);
	} catch {
		return null;
	}
	if (url.origin !== new URL(origin).origin || !startsWithSingleSlash(url.pathname)) return null;
	const path = url.pathname + url.search;
	// Dot segments can collapse into `//` once resolved (`/.//evil`); check what the browser will see.
	const resolved = fullyDecoded(url.pathname);
	if (resolved === null || !startsWithSingleSlash(resolved) || controlOrBackslash.test(resolved)) return null;
	return path;
}
