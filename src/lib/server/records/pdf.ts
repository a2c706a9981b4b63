import fontkit from '@pdf-lib/fontkit';
import { degrees, PDFDocument, rgb, type PDFFont, type PDFPage } from 'pdf-lib';
import regularFontUrl from '@ongov/ontario-design-system-global-styles/dist/fonts/open-sans-400/open-sans-400.ttf?inline';
import boldFontUrl from '@ongov/ontario-design-system-global-styles/dist/fonts/open-sans-700/open-sans-700.ttf?inline';
import { m } from '$lib/paraglide/messages';
import type { Locale } from '$lib/paraglide/runtime';
import type { CompletionRecord } from './repository';
import { qrModules } from './qr';
import { recordStatus } from './rule';
import { verificationUrl } from './credentials/open-badge';

// Open Sans from the Ontario Design System, inlined at build time so the server needs no font files.
const fontBytes = (dataUrl: string) => Buffer.from(dataUrl.slice(dataUrl.indexOf(',') + 1), 'base64');

const PAGE = { width: 792, height: 612 }; // US Letter, landscape
const INK = rgb(0.1, 0.1, 0.1);
const MUTED = rgb(0.3, 0.3, 0.3);
const ACCENT = rgb(0, 0.4, 0.8);
const REVOKED = rgb(0.8, 0, 0);

export function formatDateIn(locale: Locale, ms: number): string {
	const format = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { dateStyle: 'long', timeZone: 'America/Toronto' });
	// The embedded font has no narrow no-break space; a plain space reads the same.
	return format.format(new Date(ms)).replace(/[\u202f\u00a0]/g, ' ');
}

interface Fonts {
	regular: PDFFont;
	bold: PDFFont;
}

/** Lines of at most `width` points, broken between words. */
function wrap(text: string, font: PDFFont, size: number, width: number): string[] {
	const lines: string[] = [];
	let line = '';
	for (const word of text.split(/\s+/)) {
		const candidate = line ? `${line} ${word}` : word;
		if (line && font.widthOfTextAtSize(candidate, size) > width) {
			lines.push(line);
			line = word;
		} else line = candidate;
	}
	if (line) lines.push(line);
	return lines;
}

function centred(page: PDFPage, text: string, y: number, font: PDFFont, size: number, color = INK): number {
	let at = y;
	for (const line of wrap(text, font, size, PAGE.width - 200)) {
		page.drawText(line, { x: (PAGE.width - font.widthOfTextAtSize(line, size)) / 2, y: at, size, font, color });
		at -= size * 1.3;
	}
	return at;
}

function drawQr(page: PDFPage, text: string, x: number, y: number, size: number) {
	const grid = qrModules(text);
	const cell = size / grid.length;
	page.drawRectangle({ x: x - cell * 2, y: y - cell * 2, width: size + cell * 4, height: size + cell * 4, color: rgb(1, 1, 1) });
	grid.forEach((row, r) =>
		row.forEach((dark, c) => {
			if (dark) page.drawRectangle({ x: x + c * cell, y: y + size - (r + 1) * cell, width: cell, height: cell, color: rgb(0, 0, 0) });
		})
	);
}

function drawDetails(page: PDFPage, fonts: Fonts, record: CompletionRecord, locale: Locale) {
	const rows: [string, string][] = [
		[m.record_cohort({}, { locale }), record.cohort_name],
		[m.record_completed_on({}, { locale }), formatDateIn(locale, record.completed_at)],
		[m.record_valid_until({}, { locale }), record.expires_at === null ? m.record_no_expiry({}, { locale }) : formatDateIn(locale, record.expires_at)],
		[m.record_code({}, { locale }), record.code]
	];
	let y = 150;
	for (const [label, value] of rows) {
		page.drawText(m.record_label({ label }, { locale }), { x: 72, y, size: 11, font: fonts.regular, color: MUTED });
		page.drawText(value, { x: 200, y, size: 11, font: fonts.bold, color: INK });
		y -= 18;
	}
}

/** The certificate as a one-page PDF in the given language, with a QR code to its public verification page. */
export async function certificatePdf(record: CompletionRecord, options: { origin: string; locale: Locale; now?: number }): Promise<Uint8Array> {
	const { origin, locale } = options;
	const pdf = await PDFDocument.create();
	pdf.registerFontkit(fontkit);
	const fonts = {
		regular: await pdf.embedFont(fontBytes(regularFontUrl), { subset: true }),
		bold: await pdf.embedFont(fontBytes(boldFontUrl), { subset: true })
	};
	const title = locale === 'fr' ? record.course_title_fr : record.course_title_en;
	const heading = m.record_certificate_title({}, { locale });
	pdf.setTitle(`${heading} — ${record.holder_name} — ${title}`, { showInWindowTitleBar: true });
	pdf.setAuthor(m.record_issuer({}, { locale }));
	pdf.setSubject(title);
	pdf.setLanguage(locale === 'fr' ? 'fr-CA' : 'en-CA');
	pdf.setCreator('Bootcamp');
	pdf.setCreationDate(new Date(record.issued_at));

	const page = pdf.addPage([PAGE.width, PAGE.height]);
	page.drawRectangle({ x: 24, y: 24, width: PAGE.width - 48, height: PAGE.height - 48, borderColor: INK, borderWidth: 3 });
	page.drawRectangle({ x: 24, y: PAGE.height - 72, width: PAGE.width - 48, height: 48, color: INK });
	page.drawText(m.record_issuer({}, { locale }), { x: 48, y: PAGE.height - 54, size: 13, font: fonts.bold, color: rgb(1, 1, 1) });

	let y = centred(page, heading, PAGE.height - 130, fonts.bold, 30);
	y = centred(page, m.record_certifies_that({}, { locale }), y - 16, fonts.regular, 14, MUTED);
	y = centred(page, record.holder_name, y - 10, fonts.bold, 28, ACCENT);
	y = centred(page, m.record_has_completed({}, { locale }), y - 6, fonts.regular, 14, MUTED);
	centred(page, title, y - 10, fonts.bold, 20);
	drawDetails(page, fonts, record, locale);

	const url = verificationUrl(origin, record.code);
	const qrSize = 104;
	drawQr(page, url, PAGE.width - 72 - qrSize, 72, qrSize);
	const caption = m.record_scan_to_verify({}, { locale });
	page.drawText(caption, {
		x: PAGE.width - 72 - qrSize / 2 - fonts.regular.widthOfTextAtSize(caption, 9) / 2,
		y: 52,
		size: 9,
		font: fonts.regular,
		color: MUTED
	});
	page.drawText(url, { x: 72, y: 52, size: 9, font: fonts.regular, color: MUTED });

	const status = recordStatus(record, options.now);
	if (status !== 'valid') {
		const stamp = status === 'revoked' ? m.record_status_revoked({}, { locale }) : m.record_status_expired({}, { locale });
		const size = 64;
		const width = fonts.bold.widthOfTextAtSize(stamp.toUpperCase(), size);
		// Rotated 30°, the word's middle lands on the page's middle.
		const stampX = PAGE.width / 2 - (width / 2) * Math.cos(Math.PI / 6);
		const stampY = PAGE.height / 2 - (width / 2) * Math.sin(Math.PI / 6);
		page.drawText(stamp.toUpperCase(), { x: stampX, y: stampY, size, font: fonts.bold, color: REVOKED, opacity: 0.35, rotate: degrees(30) });
	}
	return pdf.save();
}
