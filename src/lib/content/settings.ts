/** What <Setting name="…" /> leaves in a rendered lesson until the page is served. */
export const settingMarker = (name: string) => `[[setting:${name}]]`;

const escape = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** Puts each setting's value (escaped: an instructor typed it) where the lesson names it. */
export function fillSettings(html: string, values: Record<string, string>): string {
	return html.replace(/\[\[setting:([a-z][a-z0-9_]*)\]\]/g, (marker, name: string) => (name in values ? escape(values[name]) : marker));
}
