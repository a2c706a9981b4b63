/**
 * Wraps every table of a rendered lesson in a focusable region that scrolls sideways, so a wide
 * table never widens a phone's page and keyboard users can still scroll it. The region is named
 * by the heading the table sits under (its id comes from addHeadingIds), or by `fallbackLabel`.
 */
export function wrapTables(html: string, fallbackLabel: string): string {
	let heading: string | undefined;
	return html.replace(/<h[2-6]\b[^>]*?\sid="([^"]+)"[^>]*>|<table\b[\s\S]*?<\/table>/g, (match, id: string | undefined) => {
		if (id !== undefined) {
			heading = id;
			return match;
		}
		const name = heading ? `aria-labelledby="${heading}"` : `aria-label="${fallbackLabel.replace(/"/g, '&quot;')}"`;
		return `<div class="bc-table-wrap" role="region" ${name} tabindex="0">${match}</div>`;
	});
}
