import { describe, expect, it } from 'vitest';
import { fillSettings, settingMarker } from './settings';

describe('fillSettings', () => {
	it('puts each value where the lesson names it, escaped', () => {
		const html = `<p>Answer within <span class="bc-setting">${settingMarker('response_time')}</span>.</p>`;
		expect(fillSettings(html, { response_time: 'one <b>business</b> day & night' })).toBe(
			'<p>Answer within <span class="bc-setting">one &lt;b&gt;business&lt;/b&gt; day &amp; night</span>.</p>'
		);
	});

	it('leaves unknown names visible rather than silently blank', () => {
		expect(fillSettings(settingMarker('nope'), {})).toBe('[[setting:nope]]');
	});
});
