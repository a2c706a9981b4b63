// Geometry for the dashboard's SVG charts: plain arithmetic, drawn on the server.

/** Maps a value from a domain onto a range of pixels (a flat domain maps to the range's start). */
export function linear([d0, d1]: [number, number], [r0, r1]: [number, number]) {
	return (value: number) => (d1 === d0 ? r0 : r0 + ((value - d0) / (d1 - d0)) * (r1 - r0));
}

/** SVG polyline points for a line that holds each value until the next one: a schedule's steps. */
export function stepPoints(points: { x: number; y: number }[]): string {
	return points
		.flatMap((p, i) => (i === 0 ? [p] : [{ x: p.x, y: points[i - 1].y }, p]))
		.map((p) => `${round(p.x)},${round(p.y)}`)
		.join(' ');
}

export function linePoints(points: { x: number; y: number }[]): string {
	return points.map((p) => `${round(p.x)},${round(p.y)}`).join(' ');
}

const round = (n: number) => Math.round(n * 10) / 10;

/** A label short enough for a chart's margin; the data table beside it keeps the whole text. */
export function shorten(text: string, max: number): string {
	return text.length <= max ? text : `${text.slice(0, max - 1).trimEnd()}…`;
}

/** A "nice" top for a count axis: 1, 2, 5 or 10 times a power of ten, at least `max`. */
export function niceMax(max: number): number {
	if (max <= 0) return 1;
	const power = 10 ** Math.floor(Math.log10(max));
	return [1, 2, 5, 10].map((f) => f * power).find((v) => v >= max)!;
}
