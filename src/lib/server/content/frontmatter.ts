import { parse as parseYaml } from 'yaml';

/** Splits a markdown file into its YAML frontmatter (parsed) and body. */
export function splitFrontmatter(source: string): { data: unknown; body: string; error?: string } {
	const match = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
	if (!match) return { data: undefined, body: source, error: 'no frontmatter (a --- block at the top)' };
	try {
		return { data: parseYaml(match[1]) ?? {}, body: source.slice(match[0].length) };
	} catch (e) {
		return { data: undefined, body: source, error: `frontmatter is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
	}
}

export function parseYamlFile(source: string): { data: unknown; error?: string } {
	try {
		return { data: parseYaml(source) };
	} catch (e) {
		return { data: undefined, error: `not valid YAML: ${(e as Error).message.split('\n')[0]}` };
	}
}
