import { error } from '@sveltejs/kit';
import { m } from '$lib/paraglide/messages';
import { MAX_BODY_BYTES } from './limits.js';

const FORM_TYPES = ['application/x-www-form-urlencoded', 'multipart/form-data'];

/** The media type of a request, lower case and without parameters ('' when absent). */
const mediaType = (request: Request) => (request.headers.get('content-type') ?? '').split(';')[0].trim().toLowerCase();

/** The body size limit in whole megabytes, as the messages show it. */
const limitInMegabytes = () => Math.round(MAX_BODY_BYTES / (1024 * 1024));

export const tooLargeMessage = () => m.http_too_large({ size: limitInMegabytes() });

/** True when the request says, before anything is read, that its body is over the limit. */
function declaresTooLarge(request: Request): boolean {
	const length = Number(request.headers.get('content-length'));
	return Number.isFinite(length) && length > MAX_BODY_BYTES;
}

/** adapter-node's body stream fails with a 413 when a body without a length outgrows the limit. */
const isTooLarge = (cause: unknown) => typeof cause === 'object' && cause !== null && 'status' in cause && cause.status === 413;

/**
 * Makes `request.formData()` fail as a person can understand: 415 for a body that is not a form,
 * 413 for one over the limit, 400 for one that cannot be read (broken multipart, truncated,
 * `text/plain`). Form actions then answer with the app's error page, or its JSON when enhanced,
 * in the person's language, instead of a 500.
 */
export function guardFormData(request: Request): void {
	const read = request.formData.bind(request);
	request.formData = async () => {
		if (!FORM_TYPES.includes(mediaType(request))) error(415, m.http_unsupported_type());
		if (declaresTooLarge(request)) error(413, tooLargeMessage());
		try {
			return await read();
		} catch (cause) {
			if (isTooLarge(cause)) error(413, tooLargeMessage());
			error(400, m.http_bad_form());
		}
	};
}

type JsonBody = { ok: true; value: unknown } | { ok: false; status: 400 | 413 | 415; message: string };

/** Reads a JSON body: 415 unless it says it is JSON, 413 over the limit, 400 when it does not parse. */
export async function readJsonBody(request: Request): Promise<JsonBody> {
	if (mediaType(request) !== 'application/json') return { ok: false, status: 415, message: m.http_unsupported_type() };
	if (declaresTooLarge(request)) return { ok: false, status: 413, message: tooLargeMessage() };
	try {
		return { ok: true, value: await request.json() };
	} catch (cause) {
		if (isTooLarge(cause)) return { ok: false, status: 413, message: tooLargeMessage() };
		return { ok: false, status: 400, message: m.http_bad_form() };
	}
}

/**
 * True when a request a browser could send from another site must be refused. SvelteKit checks
 * this only for form content types; JSON endpoints that change data call it themselves. A request
 * without an Origin header did not come from a page (browsers always send one on POST).
 */
export function isCrossSite(request: Request, url: URL): boolean {
	const origin = request.headers.get('origin');
	if (origin !== null) return origin !== url.origin;
	const site = request.headers.get('sec-fetch-site');
	return site === 'cross-site' || site === 'same-site';
}
