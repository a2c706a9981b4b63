import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import jsQR from 'jsqr';
import { PDFBool, PDFDict, PDFDocument, PDFName, PDFString } from 'pdf-lib';
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs';
import { renameCohort } from '$lib/server/cohorts/service';
import { certificateDownload } from '$lib/server/records/service';
import { freshDatabase, type TestDatabase } from './db';
import { finishCourse, RECORDS_COURSE, recordsOf, recordsWorld, useTestCoursesAndIssuerKey } from './records-setup';

const ORIGIN = 'https://bootcamp.test';
useTestCoursesAndIssuerKey();

let t: TestDatabase;
let world: Awaited<ReturnType<typeof recordsWorld>>;
let record: Awaited<ReturnType<typeof recordsOf>>[number];
beforeEach(async () => {
	t = await freshDatabase();
	world = await recordsWorld(t.db);
	await renameCohort(t.db, world.cohortId, { name: 'Autumn cohort', nameFr: 'Cohorte d’automne' }, world.adminId);
	await finishCourse(t.db, world, RECORDS_COURSE, Date.parse('2026-12-01T17:00:00Z'));
	[record] = await recordsOf(t.db, world.userId);
});
afterEach(() => t.cleanUp());

const pdfIn = async (locale: 'en' | 'fr') => (await certificateDownload(t.db, world.trainee, record.id, ORIGIN, locale)).bytes;

interface Tagged {
	role: string;
	alt?: string;
	text: string;
}

/** The document's structure elements in the structure tree's order, each with the text it marks: what a screen reader reads. */
async function readingOrder(bytes: Uint8Array): Promise<Tagged[]> {
	const pdf = await getDocument({ data: bytes.slice(), useSystemFonts: false }).promise;
	const page = await pdf.getPage(1);
	const content = await page.getTextContent({ includeMarkedContent: true });
	const textOf = new Map<string, string>();
	let current: string | null = null;
	for (const item of content.items) {
		if ('str' in item) {
			if (current) textOf.set(current, (textOf.get(current) ?? '') + item.str);
		} else if (item.type === 'beginMarkedContentProps') current = item.id ?? null;
		else if (item.type === 'endMarkedContent') current = null;
	}
	interface Node {
		role?: string;
		alt?: string;
		type?: string;
		id?: string;
		children?: Node[];
	}
	const tree = (await page.getStructTree()) as Node;
	const document = tree.children?.[0];
	expect(document?.role).toBe('Document');
	const text = (node: Node): string => (node.type === 'content' ? (textOf.get(node.id!) ?? '') : (node.children ?? []).map(text).join(' '));
	return (document!.children ?? []).map((node) => ({ role: node.role!, alt: node.alt, text: text(node).replace(/\s+/g, ' ').trim() }));
}

/** The index of the first element whose text contains the words; fails when none does. */
/** Where `words` are read; no-break spaces (dates keep theirs) read as spaces. */
function at(order: Tagged[], words: string): number {
	const index = order.findIndex((e) => e.text.replace(/\u00a0/g, ' ').includes(words));
	expect(index, `"${words}" in ${JSON.stringify(order.map((e) => e.text))}`).toBeGreaterThanOrEqual(0);
	return index;
}

/** The QR code, read from the page as a phone's camera would see it. */
async function qrOf(bytes: Uint8Array): Promise<string | undefined> {
	const pdf = await getDocument({ data: bytes.slice() }).promise;
	const page = await pdf.getPage(1);
	const viewport = page.getViewport({ scale: 2 });
	// pdf.js's own canvas for Node (its optional dependency @napi-rs/canvas), typed only as Object.
	const factory = pdf.canvasFactory as { create(width: number, height: number): { canvas: HTMLCanvasElement; context: CanvasRenderingContext2D } };
	const { canvas, context } = factory.create(viewport.width, viewport.height);
	await page.render({ canvas, canvasContext: context, viewport, background: '#ffffff' }).promise;
	// The lower right quarter, where the code is: the black header band would distract the reader.
	const [x, y] = [Math.floor(viewport.width / 2), Math.floor(viewport.height / 2)];
	const image = context.getImageData(x, y, viewport.width - x, viewport.height - y);
	return jsQR(image.data, image.width, image.height)?.data;
}

describe('the certificate PDF', () => {
	it.each([
		['en', 'en-CA'],
		['fr', 'fr-CA']
	] as const)('is tagged for accessibility, in %s, and says so in its catalogue', async (locale, lang) => {
		const pdf = await PDFDocument.load(await pdfIn(locale));
		const catalog = pdf.catalog;
		expect(catalog.lookup(PDFName.of('MarkInfo'), PDFDict).get(PDFName.of('Marked'))).toBe(PDFBool.True);
		expect(catalog.lookup(PDFName.of('StructTreeRoot'), PDFDict)).toBeInstanceOf(PDFDict);
		expect(catalog.lookup(PDFName.of('Lang'), PDFString).decodeText()).toBe(lang);
		expect(catalog.lookup(PDFName.of('ViewerPreferences'), PDFDict).get(PDFName.of('DisplayDocTitle'))).toBe(PDFBool.True);
		expect(pdf.getTitle()).toMatch(locale === 'fr' ? /^Attestation de réussite — Léa Côté-Tremblay — Cours des dossiers/ : /^Certificate of completion — Léa/);
		expect(pdf.getSubject()).toBe(locale === 'fr' ? 'Cours des dossiers' : 'Records Course');
	});

	it('reads in order in English: the mark, the issuer, the heading, the holder, the course, the cohort, the edition, the date, then how to verify', async () => {
		const order = await readingOrder(await pdfIn('en'));
		expect(order[0]).toEqual({ role: 'Figure', alt: 'Government of Ontario logo', text: '' });
		expect(order.find((e) => e.role === 'H1')?.text).toBe('Certificate of completion');
		const sequence = [
			at(order, 'Ontario Public Service Social Media Bootcamp'),
			at(order, 'Certificate of completion'),
			at(order, 'Léa Côté-Tremblay'),
			at(order, 'Records Course'),
			at(order, 'Autumn cohort'),
			at(order, 'Edition of December 1, 2026 (version 1)'),
			at(order, 'Completed on: December 1, 2026'),
			at(order, 'Scan to verify'),
			at(order, `Verify at ${ORIGIN}/verify/${record.code}`)
		];
		expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
		const qr = order.find((e) => e.role === 'Figure' && e.alt?.includes('QR'));
		expect(qr?.alt).toBe(`QR code that opens the verification page of record ${record.code}: ${ORIGIN}/verify/${record.code}`);
	});

	it('is entirely French in French, first of the month included, with the cohort’s French name', async () => {
		const order = await readingOrder(await pdfIn('fr'));
		expect(order[0].alt).toBe('Logo du gouvernement de l’Ontario');
		const sequence = [
			at(order, 'Camp d’entraînement sur les médias sociaux de la fonction publique de l’Ontario'),
			at(order, 'Attestation de réussite'),
			at(order, 'Léa Côté-Tremblay'),
			at(order, 'Cours des dossiers'),
			at(order, 'Cohorte d’automne'),
			at(order, 'Édition du 1er décembre 2026 (version 1)'),
			at(order, '1er décembre 2026'),
			at(order, 'Numérisez pour vérifier'),
			at(order, `Vérifiez à l’adresse ${ORIGIN}/fr/verify/${record.code}`)
		];
		expect(sequence).toEqual([...sequence].sort((a, b) => a - b));
		const all = order.map((e) => `${e.text} ${e.alt ?? ''}`).join(' ');
		for (const english of ['Certificate', 'Scan', 'Completed', 'Autumn', 'Records Course', 'December', 'Edition of']) expect(all).not.toContain(english);
	});

	it('carries a QR code that opens the verification page in the certificate’s language', async () => {
		expect(await qrOf(await pdfIn('fr'))).toBe(`${ORIGIN}/fr/verify/${record.code}`);
		expect(await qrOf(await pdfIn('en'))).toBe(`${ORIGIN}/verify/${record.code}`);
	});

	it('keeps its fonts embedded', async () => {
		const pdf = await PDFDocument.load(await pdfIn('fr'));
		const fonts = pdf.context
			.enumerateIndirectObjects()
			.map(([, object]) => object)
			.filter((object): object is PDFDict => object instanceof PDFDict && object.has(PDFName.of('FontFile2')));
		expect(fonts.map((d) => d.get(PDFName.of('FontName'))?.toString())).toEqual([expect.stringMatching(/OpenSans/), expect.stringMatching(/OpenSans/)]);
	});
});
