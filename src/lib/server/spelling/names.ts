import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { join } from 'node:path';
import { keyOf } from './keys';

const NAME = /\p{Lu}[\p{L}\p{M}'’-]*|@\w+/gu;
let names: Set<string> | null = null;

/** Every capitalised word of the course content, by key: places, programs, ministries, people. */
export function namesIn(text: string): string[] {
	return (text.match(NAME) ?? []).flatMap((name) => [name, ...name.replace(/^@/, '').split(/['’-]/)]).map((name) => keyOf(name.replace(/^@/, '')));
}

function filesUnder(dir: string): string[] {
	return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
		const path = join(dir, entry.name);
		if (entry.isDirectory()) return filesUnder(path);
		return /\.(md|yaml)$/.test(entry.name) ? [path] : [];
	});
}

/**
 * The names the course itself uses (lessons, exercises' accounts and situations), read once from
 * courses/ beside the server: a trainee who writes "Kawartha" or "ServiceOntario" as the course does is
 * not told it is misspelled. Empty where the server runs without the course sources.
 */
export function courseNames(dir = 'courses'): Set<string> {
	if (names) return names;
	names = new Set(existsSync(dir) ? filesUnder(dir).flatMap((file) => namesIn(readFileSync(file, 'utf8'))) : []);
	return names;
}

/**
 * courseNames(), a file at a time with the event loop free between files (each takes a few
 * milliseconds): for the server's start, which must not wait for it.
 */
export async function loadCourseNames(dir = 'courses'): Promise<void> {
	if (names || !existsSync(dir)) return;
	const found = new Set<string>();
	for (const file of filesUnder(dir)) {
		for (const name of namesIn(await readFile(file, 'utf8'))) found.add(name);
		await nextTurn();
	}
	names ??= found;
}
