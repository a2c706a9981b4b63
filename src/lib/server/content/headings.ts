export interface TocEntry {
	id: string;
	text: string;
	level: 2 | 3;
}

const decode = (html: string) =>
	html
		.replace(/<[^>]+>/g, '')
		.replace(/&amp;/g, '&')
		.replace(/&lt;/g, '<')
		.replace(/&gt;/g, '>')
		.replace(/&quot;/g, '"')
		.replace(/&#39;|&#x27;/g, "'")
		.trim();

export function slugify(text: string): string {
	return (
		text
			.normalize('NFD')
			.replace(/\p{Diacritic}/gu, '')
			.toLowerCase()
			.replace(/[^a-z0-9]+/g, '-')
			.replace(/^-|-$/g, '') || 'section'
	);
}

/**
 * The ids addHeadingIds will give a lesson's h2 and h3 headings, read from its markdown (for
 * courses:check, which does not render lessons): inline markup is dropped as rendering drops it.
 */
export function markdownHeadings(markdown: string): { id: string; level: 2 | 3 }[] {
	const ids: { id: string; level: 2 | 3 }[] = [];
	const used = new Map<string, number>();
	let fenced = false;
	for (const line of markdown.split('\n')) {
		if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
		const match = fenced ? null : /^(#{2,3})\s+(.+?)\s*#*\s*$/.exec(line);
		if (!match) continue;
		const text = match[2]
			.replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
			.replace(/<[^>]+>/g, '')
			.replace(/[`*_]/g, '');
		let id = slugify(text);
		const seen = used.get(id) ?? 0;
		used.set(id, seen + 1);
		if (seen) id = `${id}-${seen + 1}`;
		ids.push({ id, level: match[1].length as 2 | 3 });
	}
	return ids;
}

/** Gives every h2 and h3 of a rendered lesson a unique id and returns the table of contents. */
export function addHeadingIds(html: string): { html: string; toc: TocEntry[] } {
	const toc: TocEntry[] = [];
	const used = new Map<string, number>();
	const out = html.replace(/<h([23])(\s[^>]*)?>([\s\S]*?)<\/h\1>/g, (whole, level: string, attrs: string | undefined, inner: string) => {
		const text = decode(inner);
		const existing = /\sid="([^"]+)"/.exec(attrs ?? '')?.[1];
		let id = existing ?? slugify(text);
		if (!existing) {
			const seen = used.get(id) ?? 0;
			used.set(id, seen + 1);
			if (seen) id = `${id}-${seen + 1}`;
		}
		toc.push({ id, text, level: Number(level) as 2 | 3 });
		return existing ? whole : `<h${level} id="${id}"${attrs ?? ''}>${inner}</h${level}>`;
	});
	return { html: out, toc };
}
