import type { Reroute } from '@sveltejs/kit';
import { deLocalizeUrl } from '$lib/paraglide/runtime';
import { hydrationTransport } from '$lib/http/hydration';

export const reroute: Reroute = (request) => deLocalizeUrl(request.url).pathname;

// Data of pages without JavaScript is not serialized into their HTML (src/lib/http/hydration.ts).
export const transport = hydrationTransport;
