import { describe, expect, it } from 'vitest';
import { addHeadingIds, markdownHeadings, slugify } from './headings';

describe('addHeadingIds', () => {
	it('gives h2 and h3 headings ids and lists them in order', () => {
		const { html, toc } = addHeadingIds('<h2>Why it matters</h2><p>x</p><h3>Rules &amp; tips</h3><h4>Not listed</h4>');
		expect(html).toBe('<h2 id="why-it-matters">Why it matters</h2><p>x</p><h3 id="rules-tips">Rules &amp; tips</h3><h4>Not listed</h4>');
		expect(toc).toEqual([
			{ id: 'why-it-matters', text: 'Why it matters', level: 2 },
			{ id: 'rules-tips', text: 'Rules & tips', level: 3 }
		]);
	});

	it('keeps ids unique and keeps ids an author already set', () => {
		const { toc } = addHeadingIds('<h2>Example</h2><h2>Example</h2><h2 id="mine">Example</h2>');
		expect(toc.map((t) => t.id)).toEqual(['example', 'example-2', 'mine']);
	});

	it('reads from markdown the ids rendering will give, outside code blocks', () => {
		const markdown = '# Title\n\n## Why *it* matters\n\n```\n## not a heading\n```\n\n### [Rules](x) & `tips`\n\n## Why it matters\n#### Deep';
		const ids = markdownHeadings(markdown).map((h) => h.id);
		expect(ids).toEqual(['why-it-matters', 'rules-tips', 'why-it-matters-2']);
		expect(ids).toEqual(addHeadingIds('<h2>Why it matters</h2><h3>Rules &amp; tips</h3><h2>Why it matters</h2>').toc.map((t) => t.id));
	});

	it('makes readable ids from French headings', () => {
		expect(slugify('Qu’est-ce qu’un compte « officiel » ?')).toBe('qu-est-ce-qu-un-compte-officiel');
		expect(slugify('Été')).toBe('ete');
	});
});
