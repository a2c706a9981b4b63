// oidc-provider ships no types: the little of it the test provider uses.
declare module 'oidc-provider' {
	import type { IncomingMessage, ServerResponse } from 'node:http';
	export default class Provider {
		constructor(issuer: string, configuration: Record<string, unknown>);
		proxy: boolean;
		callback(): (request: IncomingMessage, response: ServerResponse) => void;
		// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the library's own context objects
		Grant: any;
	}
}
