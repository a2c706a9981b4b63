export interface ImageSize {
	width: number;
	height: number;
}

const number = (value: string | undefined) => {
	// A bare number or pixels; a percentage or another unit says nothing about the drawing's shape.
	const match = value && /^\s*([\d.]+)\s*(px)?\s*$/.exec(value);
	const n = match ? Number(match[1]) : NaN;
	return Number.isFinite(n) && n > 0 ? n : undefined;
};

/**
 * The intrinsic size of an SVG, from its root element's width and height or else its viewBox,
 * rounded to whole pixels: the width and height a lesson's <img> carries so the page keeps the
 * figure's room before it loads (nothing shifts). Undefined when the file says neither.
 */
export function svgSize(svg: string): ImageSize | undefined {
	const root = /<svg\b([^>]*)>/i.exec(svg)?.[1];
	if (!root) return undefined;
	const attribute = (name: string) => new RegExp(`\\s${name}\\s*=\\s*["']([^"']*)["']`, 'i').exec(root)?.[1];
	const viewBox = attribute('viewBox')
		?.trim()
		.split(/[\s,]+/)
		.map(Number);
	const [boxWidth, boxHeight] = viewBox?.length === 4 && viewBox.every(Number.isFinite) && viewBox[2] > 0 && viewBox[3] > 0 ? viewBox.slice(2) : [];
	let width = number(attribute('width'));
	let height = number(attribute('height'));
	if (width && !height && boxWidth) height = (width * boxHeight) / boxWidth;
	if (height && !width && boxHeight) width = (height * boxWidth) / boxHeight;
	width ??= boxWidth;
	height ??= boxHeight;
	return width && height ? { width: Math.round(width), height: Math.round(height) } : undefined;
}
