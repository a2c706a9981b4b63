import { describe, expect, it } from 'vitest';
import { wrapTables } from './tables';

describe('wrapTables', () => {
	it('puts each table in a focusable region named by the heading above it', () => {
		const html = '<h2 id="uses">Uses</h2><p>x</p><table><tr><th>A</th></tr></table><h3 id="more">More</h3><table><tr><td>B</td></tr></table>';
		expect(wrapTables(html, 'Table')).toBe(
			'<h2 id="uses">Uses</h2><p>x</p><div class="bc-table-wrap" role="region" aria-labelledby="uses" tabindex="0"><table><tr><th>A</th></tr></table></div>' +
				'<h3 id="more">More</h3><div class="bc-table-wrap" role="region" aria-labelledby="more" tabindex="0"><table><tr><td>B</td></tr></table></div>'
		);
	});

	it('names a table before any heading with the fallback label, and leaves a lesson without tables alone', () => {
		expect(wrapTables('<table><tr><td>1</td></tr></table>', 'Tableau « 1 »')).toBe(
			'<div class="bc-table-wrap" role="region" aria-label="Tableau « 1 »" tabindex="0"><table><tr><td>1</td></tr></table></div>'
		);
		expect(wrapTables('<h2 id="a">A</h2><p>text</p>', 'Table')).toBe('<h2 id="a">A</h2><p>text</p>');
	});
});
