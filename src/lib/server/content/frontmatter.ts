import { parse as parseYaml } from 'yaml';

/** Splits a markdown file into its YAML frontmatter (parsed) and body; `bodyLine` is the file line the body starts on. */
export function splitFrontmatter(source: string): { data: unknown; body: string; bodyLine: number; error?: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) return { data: undefined, body: source, bodyLine: 1, error: 'no frontmatter (a --- block at the top)' };
	const bodyLine = match[0].split('\n').length - (match[0].endsWith('\n') ? 0 : 1);
	try {
		return { data: parseYaml(match[1]) ?? {}, body: source.slice(match[0].length), bodyLine };
	} catch (e) {
		return { data: undefined, body: source, bodyLine, error: `frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
	}
}

export function parseYamlFile(source: string): { data: unknown; error?: string } {
	try {
		return { data: parseYaml(source) };
	} catch (e) {
		return { data: undefined, error: `not valid YAML: ${(e as Error).message.split('\n')[0]}` };
	}
}
