import PDFDocument from 'pdfkit';
import regularFontUrl from '@ongov/ontario-design-system-global-styles/dist/fonts/open-sans-400/open-sans-400.ttf?inline';
import boldFontUrl from '@ongov/ontario-design-system-global-styles/dist/fonts/open-sans-700/open-sans-700.ttf?inline';
import ontarioLogo from '@ongov/ontario-design-system-component-library/dist/collection/components/ontario-header/assets/ontario-logo--desktop.svg?raw';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import { formatDate } from '$lib/format';
import type { CompletionRecord } from './repository';
import type { Edition } from './edition';
import { qrModules } from './qr';
import { recordStatus } from './rule';
import { recordCohortName } from './views';
import { verificationUrl } from './credentials/open-badge';

// Open Sans from the Ontario Design System, inlined at build time so the server needs no font files.
const fontBytes = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

// US Letter, landscape, on a grid of 48-point margins and a 24-point gutter (the design system's spacing).
const PAGE = { width: 792, height: 612 };
const MARGIN = 48;
const CONTENT = PAGE.width - 2 * MARGIN;
const BAND = 88;
const QR_SIZE = 120;
// The design system's colours: black, its dark grey for secondary text, its blue for accents.
const INK = '#1a1a1a';
const MUTED = '#4d4d4d';
const ACCENT = '#0066cc';
const RULE = '#cccccc';
const REVOKED = '#cd0000';

/** The Ontario logo (wordmark and trillium) from the design system's header, as path data by fill class. */
const logoPaths = [...ontarioLogo.matchAll(/<path class="(st\d)" d="([^"]+)"/g)].map(([, cls, d]) => ({ cls, d: d.replace(/\s+/g, ' ') }));
const LOGO_VIEWBOX = { width: 180, height: 45.1 };

type Doc = PDFKit.PDFDocument;
type Struct = PDFKit.PDFStructureElement;

interface CertificateOptions {
	origin: string;
	locale: Locale;
	edition: Edition | null;
	now?: number;
}

/** Decoration a screen reader skips: marked as an artifact, outside the structure tree. */
function artifact(doc: Doc, draw: () => void) {
	doc.markContent('Artifact', { type: 'Layout' });
	draw();
	doc.endMarkedContent();
}

/** The design system's header: black band, white logo (the trillium's cut-outs in the band's colour). */
function drawLogo(doc: Doc, x: number, y: number, height: number) {
	doc.save();
	doc.translate(x, y).scale(height / LOGO_VIEWBOX.height);
	for (const { cls, d } of logoPaths) {
		doc.path(d).fill(cls === 'st2' ? INK : '#ffffff', cls === 'st1' ? 'non-zero' : 'even-odd');
	}
	doc.restore();
}

function drawQr(doc: Doc, text: string, x: number, y: number, size: number) {
	const grid = qrModules(text);
	const cell = size / grid.length;
	doc.rect(x - cell * 2, y - cell * 2, size + cell * 4, size + cell * 4).fill('#ffffff');
	grid.forEach((row, r) => row.forEach((dark, c) => dark && doc.rect(x + c * cell, y + r * cell, cell, cell)));
	doc.fill('#000000');
}

/** A paragraph of the document, in reading order. */
function paragraph(doc: Doc, root: Struct, draw: () => void, type = 'P') {
	root.add(doc.struct(type, {}, draw));
}

/** The certificate as a one-page tagged PDF (PDF/UA: structure tree, reading order, alt text, language) in the given language, with a QR code to its verification page in that language. */
export async function certificatePdf(record: CompletionRecord, options: CertificateOptions): Promise<Uint8Array> {
	const { origin, locale, edition } = options;
	const t = { locale };
	const title = locale === 'fr' ? record.course_title_fr : record.course_title_en;
	const heading = m.record_certificate_title({}, t);
	const issuer = m.record_issuer({}, t);
	const doc = new PDFDocument({
		size: [PAGE.width, PAGE.height],
		margin: 0,
		pdfVersion: '1.7',
		tagged: true,
		lang: locale === 'fr' ? 'fr-CA' : 'en-CA',
		displayTitle: true,
		info: {
			Title: `${heading} — ${record.holder_name} — ${title}`,
			Subject: title,
			Author: issuer,
			Creator: 'Bootcamp',
			CreationDate: new Date(record.issued_at)
		}
	});
	const done = new Promise<Uint8Array>((resolve, reject) => {
		const chunks: Buffer[] = [];
		doc.on('data', (chunk: Buffer) => chunks.push(chunk));
		doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
		doc.on('error', reject);
	});
	doc.registerFont('regular', fontBytes(regularFontUrl));
	doc.registerFont('bold', fontBytes(boldFontUrl));
	const root = doc.struct('Document');
	doc.addStructure(root);

	artifact(doc, () => {
		doc.rect(0, 0, PAGE.width, BAND).fill(INK);
		doc.rect(0, BAND, PAGE.width, 4).fill(ACCENT);
	});
	root.add(doc.struct('Figure', { alt: m.cert_mark_alt({}, t) }, () => drawLogo(doc, MARGIN, 22, 44)));
	const issuerX = MARGIN + 200;
	paragraph(doc, root, () => {
		doc.font('bold').fontSize(12).fillColor('#ffffff');
		const height = doc.heightOfString(issuer, { width: PAGE.width - MARGIN - issuerX, align: 'right' });
		doc.text(issuer, issuerX, (BAND - height) / 2, { width: PAGE.width - MARGIN - issuerX, align: 'right' });
	});

	const centred = (text: string, font: 'regular' | 'bold', size: number, colour: string, gap: number) => {
		doc.font(font).fontSize(size).fillColor(colour);
		doc.text(text, MARGIN, doc.y + gap, { width: CONTENT, align: 'center' });
	};
	doc.y = BAND + 36;
	paragraph(doc, root, () => centred(heading, 'bold', 30, INK, 0), 'H1');
	const status = recordStatus(record, options.now);
	if (status !== 'valid') {
		const stamp = (status === 'revoked' ? m.record_status_revoked({}, t) : m.record_status_expired({}, t)).toUpperCase();
		const flow = doc.y;
		paragraph(doc, root, () => {
			doc.save();
			doc.rotate(-30, { origin: [PAGE.width / 2, PAGE.height / 2] });
			doc.font('bold').fontSize(64).fillColor(REVOKED).fillOpacity(0.35);
			doc.text(stamp, 0, PAGE.height / 2 - 40, { width: PAGE.width, align: 'center', lineBreak: false });
			doc.restore();
		});
		doc.y = flow;
	}
	paragraph(doc, root, () => centred(m.record_certifies_that({}, t), 'regular', 14, MUTED, 14));
	paragraph(doc, root, () => centred(record.holder_name, 'bold', 28, ACCENT, 6));
	paragraph(doc, root, () => centred(m.record_has_completed({}, t), 'regular', 14, MUTED, 6));
	paragraph(doc, root, () => centred(title, 'bold', 20, INK, 6));

	const detailsTop = PAGE.height - MARGIN - QR_SIZE - 40;
	artifact(doc, () => {
		doc
			.moveTo(MARGIN, detailsTop - 20)
			.lineTo(PAGE.width - MARGIN, detailsTop - 20)
			.lineWidth(1)
			.stroke(RULE);
	});
	const rows: [string, string][] = [
		[m.record_cohort({}, t), recordCohortName(record, locale)],
		...(edition
			? [[m.cert_edition_label({}, t), m.cert_edition({ date: formatDate(edition.since, locale), version: edition.version }, t)] as [string, string]]
			: []),
		[m.record_completed_on({}, t), formatDate(record.completed_at, locale)],
		[m.record_valid_until({}, t), record.expires_at === null ? m.record_no_expiry({}, t) : formatDate(record.expires_at, locale)],
		[m.record_code({}, t), record.code]
	];
	const labelWidth = 168;
	const valueWidth = CONTENT - QR_SIZE - 48 - labelWidth;
	let y = detailsTop;
	for (const [label, value] of rows) {
		paragraph(doc, root, () => {
			doc
				.font('regular')
				.fontSize(11)
				.fillColor(MUTED)
				.text(m.record_label({ label }, t), MARGIN, y, { width: labelWidth - 12 });
			doc
				.font('bold')
				.fontSize(11)
				.fillColor(INK)
				.text(value, MARGIN + labelWidth, y, { width: valueWidth });
		});
		y = Math.max(doc.y, y + 18) + 4;
	}

	const url = verificationUrl(origin, record.code, locale);
	const qrX = PAGE.width - MARGIN - QR_SIZE;
	const qrY = detailsTop - 4;
	root.add(doc.struct('Figure', { alt: m.cert_qr_alt({ code: record.code, url }, t) }, () => drawQr(doc, url, qrX, qrY, QR_SIZE)));
	paragraph(doc, root, () => {
		doc
			.font('bold')
			.fontSize(10)
			.fillColor(INK)
			.text(m.cert_scan_to_verify({}, t), qrX - 24, qrY + QR_SIZE + 8, { width: QR_SIZE + 48, align: 'center' });
	});
	paragraph(doc, root, () => {
		doc
			.font('regular')
			.fontSize(9)
			.fillColor(MUTED)
			.text(m.cert_verify_at({ url }, t), MARGIN, PAGE.height - MARGIN + 8, { width: CONTENT - QR_SIZE - 48 });
	});

	root.end();
	doc.end();
	return done;
}
