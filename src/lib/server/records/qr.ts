import QRCode from 'qrcode';

/** Medium error correction: survives a crease or a smudge on a printed certificate. */
const options = { errorCorrectionLevel: 'M' } as const;

/** The QR code's dark modules as a square grid (true = dark), without the quiet zone. */
export function qrModules(text: string): boolean[][] {
	const { modules } = QRCode.create(text, options);
	return Array.from({ length: modules.size }, (_, row) => Array.from({ length: modules.size }, (_, col) => Boolean(modules.get(row, col))));
}

/** An SVG image of the code as a data: URL, for an <img> with its own alt text. */
export async function qrDataUrl(text: string): Promise<string> {
	const svg = await QRCode.toString(text, { ...options, type: 'svg', margin: 4, color: { dark: '#000000', light: '#ffffff' } });
	return `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}`;
}
