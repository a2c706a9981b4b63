import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { dirname } from 'node:path';
import * as Ed25519Multikey from '@digitalbazaar/ed25519-multikey';
import type { Kysely } from 'kysely';
import { serverConfig } from '../../config';
import { settingOrSet } from '../../coordination/repository';
import type { DB } from '../../db/schema';

export interface IssuerKey {
	publicKeyMultibase: string;
	secretKeyMultibase: string;
}

/** Beside the database unless ISSUER_KEY_PATH says otherwise: never in the repository. */
export function issuerKeyPath(env?: NodeJS.ProcessEnv): string {
	return serverConfig(env).issuerKeyPath;
}

function parseKey(text: string, source: string): IssuerKey {
	let key: Partial<IssuerKey> = {};
	try {
		key = JSON.parse(text) as Partial<IssuerKey>;
	} catch {
		// Reported below, without echoing a secret.
	}
	if (typeof key.publicKeyMultibase !== 'string' || typeof key.secretKeyMultibase !== 'string') {
		throw new Error(`${source} is not an issuer key file (publicKeyMultibase and secretKeyMultibase are required)`);
	}
	return { publicKeyMultibase: key.publicKeyMultibase, secretKeyMultibase: key.secretKeyMultibase };
}

const readKey = async (path: string) => parseKey(await readFile(path, 'utf8'), path);

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

/**
 * The key every credential, revocation list and unsubscribe link is signed with: ISSUER_KEY (the
 * key file's JSON, as a secret in the environment of every process), else the file.
 */
export function issuerKey(path = issuerKeyPath()): Promise<IssuerKey> {
	const fromEnvironment = serverConfig().issuerKey;
	if (fromEnvironment) return Promise.resolve().then(() => parseKey(fromEnvironment, 'ISSUER_KEY'));
	let key = loaded.get(path);
	if (!key) {
		key = loadOrCreate(path);
		loaded.set(path, key);
		key.catch(() => loaded.delete(path));
	}
	return key;
}

export const ISSUER_KEY_SETTING = 'records.issuer_public_key';

/**
 * Makes sure this process signs with the key every other process on the database uses: the first
 * records its public key in the database; one with another key (its own file on another machine,
 * a key made anew because the file was not copied) stops at start, before it signs anything that
 * the published did:web key would not verify or an unsubscribe link the others would refuse.
 */
export async function agreeOnIssuerKey(db: Kysely<DB>, now = Date.now()): Promise<IssuerKey> {
	const key = await issuerKey();
	const shared = await settingOrSet(db, ISSUER_KEY_SETTING, key.publicKeyMultibase, now);
	if (shared !== key.publicKeyMultibase) {
		throw new Error(
			`This server's signing key (public key ${key.publicKeyMultibase}) is not the one the database's records are signed with (${shared}). ` +
				'Give every server process the same key: the same ISSUER_KEY_PATH file, or its content in ISSUER_KEY.'
		);
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
