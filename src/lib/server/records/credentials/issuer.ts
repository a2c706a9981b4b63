import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import { serverConfig } from '../../config';

export interface IssuerKey {
	publicKeyMultibase: string;
	secretKeyMultibase: string;
}

/** Beside the database unless ISSUER_KEY_PATH says otherwise: never in the repository. */
export function issuerKeyPath(env?: NodeJS.ProcessEnv): string {
	return serverConfig(env).issuerKeyPath;
}

async function readKey(path: string): Promise<IssuerKey> {
	const key = JSON.parse(await readFile(path, 'utf8')) as Partial<IssuerKey>;
	if (typeof key.publicKeyMultibase !== 'string' || typeof key.secretKeyMultibase !== 'string') {
		throw new Error(`${path} is not an issuer key file (publicKeyMultibase and secretKeyMultibase are required)`);
	}
	return { publicKeyMultibase: key.publicKeyMultibase, secretKeyMultibase: key.secretKeyMultibase };
}

/**
 * Reads the issuer's Ed25519 key, making it on first use: readable by the server's user only
 * (mode 600), and created with O_EXCL so two servers starting at once keep the same key.
 */
async function loadOrCreate(path: string): Promise<IssuerKey> {
	try {
		return await readKey(path);
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
	}
	const generated = await Ed25519Multikey.generate();
	const key = { publicKeyMultibase: generated.publicKeyMultibase, secretKeyMultibase: generated.secretKeyMultibase! };
	await mkdir(dirname(path), { recursive: true });
	try {
		await writeFile(path, JSON.stringify({ type: 'Multikey', ...key, created: new Date().toISOString() }, null, 2) + '\n', { mode: 0o600, flag: 'wx' });
		console.info(`Bootcamp: made a new credential-signing key at ${path} (keep it, and back it up with the database)`);
		return key;
	} catch (error) {
		if ((error as NodeJS.ErrnoException).code === 'EEXIST') return readKey(path);
		throw error;
	}
}

const loaded = new Map<string, Promise<IssuerKey>>();

export function issuerKey(path = issuerKeyPath()): Promise<IssuerKey> {
	let key = loaded.get(path);
	if (!key) {
		key = loadOrCreate(path);
		loaded.set(path, key);
		key.catch(() => loaded.delete(path));
	}
	return key;
}

/** did:web for the site's host, with the port's colon escaped (did:web:example.ca%3A8443). */
export function issuerDid(origin: string): string {
	return `did:web:${encodeURIComponent(new URL(origin).host)}`;
}

export const verificationMethodId = (did: string, key: Pick<IssuerKey, 'publicKeyMultibase'>) => `${did}#${key.publicKeyMultibase}`;

/** The DID document published at /.well-known/did.json: the public key, allowed to assert credentials. */
export function didDocument(origin: string, key: Pick<IssuerKey, 'publicKeyMultibase'>) {
	const did = issuerDid(origin);
	const method = verificationMethodId(did, key);
	return {
		'@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
		id: did,
		verificationMethod: [{ id: method, type: 'Multikey', controller: did, publicKeyMultibase: key.publicKeyMultibase }],
		assertionMethod: [method]
	};
}

/** The public site address that credentials and QR codes point to. */
export function publicOrigin(requestOrigin: string, env?: NodeJS.ProcessEnv): string {
	return (serverConfig(env).origin ?? requestOrigin).replace(/\/$/, '');
}
