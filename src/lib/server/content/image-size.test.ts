import { describe, expect, it } from 'vitest';
import { svgSize } from './image-size';

describe('svgSize', () => {
	it('reads the viewBox when the root has no width and height', () => {
		expect(svgSize('<?xml version="1.0"?>\n<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 720 405.4"><g/></svg>')).toEqual({ width: 720, height: 405 });
	});

	it('prefers the width and height, and completes one of them from the viewBox’s shape', () => {
		expect(svgSize('<svg width="46" height="46px" viewBox="0 0 100 50">')).toEqual({ width: 46, height: 46 });
		expect(svgSize('<svg width="300" viewBox="0,0,600,400">')).toEqual({ width: 300, height: 200 });
	});

	it('gives nothing for a file that says neither, or only a percentage', () => {
		expect(svgSize('<svg width="100%"><rect/></svg>')).toBeUndefined();
		expect(svgSize('not an svg')).toBeUndefined();
	});
});
