import { describe, expect, it } from 'vitest';
import { linear, linePoints, niceMax, shorten, stepPoints } from './scale';

describe('chart geometry', () => {
	it('maps values onto pixels, upside down for a y axis', () => {
		const y = linear([0, 100], [200, 0]);
		expect([y(0), y(25), y(100)]).toEqual([200, 150, 0]);
		expect(linear([5, 5], [10, 20])(5)).toBe(10);
	});

	it('draws steps that hold each value until the next point', () => {
		expect(
			stepPoints([
				{ x: 0, y: 10 },
				{ x: 5, y: 20 },
				{ x: 10, y: 20 }
			])
		).toBe('0,10 5,10 5,20 10,20 10,20');
		expect(linePoints([{ x: 0.123, y: 1 }])).toBe('0.1,1');
	});

	it('shortens long labels with an ellipsis', () => {
		expect(shorten('Accessibility', 20)).toBe('Accessibility');
		expect(shorten('Issues management and escalation', 16)).toBe('Issues manageme…');
	});

	it('rounds an axis up to 1, 2 or 5 times a power of ten', () => {
		expect([0, 1, 3, 7, 12, 180, 500].map(niceMax)).toEqual([1, 1, 5, 10, 20, 200, 500]);
	});
});
