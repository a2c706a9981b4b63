import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { keyOf } from './keys';
import { prepareDictionary, type DictionaryLanguage } from './prepare';

/**
 * A prepared dictionary held as its file's text with the start of each line: a binary search finds a
 * key in about 20 comparisons, and the French list (450,000 forms) takes 12 MB, not the 150 MB of a
 * Set of strings or the 800 MB of nspell's tables.
 */
export class WordList {
	private readonly starts: Uint32Array;

	constructor(private readonly text: string) {
		let count = text.length ? 1 : 0;
		for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) count++;
		this.starts = new Uint32Array(count + 1);
		let line = 0;
		if (count) this.starts[line++] = 0;
		for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) this.starts[line++] = at + 1;
		this.starts[count] = text.length + 1;
	}

	get size(): number {
		return this.starts.length - 1;
	}

	/** Compares `key` with line `line`'s key, like `<`/`>`; 0 when equal. */
	private compare(key: string, line: number): number {
		const text = this.text;
		let at = this.starts[line];
		for (let i = 0; i < key.length; i++, at++) {
			const c = at < text.length ? text.charCodeAt(at) : 10;
			if (c === 9 || c === 10) return 1;
			const d = key.charCodeAt(i) - c;
			if (d) return d;
		}
		const c = at < text.length ? text.charCodeAt(at) : 10;
		return c === 9 || c === 10 ? 0 : -1;
	}

	/** The first line in [lo, hi) whose key is not below `key`. */
	lowerBound(key: string, lo = 0, hi = this.size): number {
		while (lo < hi) {
			const mid = (lo + hi) >>> 1;
			if (this.compare(key, mid) > 0) lo = mid + 1;
			else hi = mid;
		}
		return lo;
	}

	/** Whether line `line`'s key starts with `prefix`. */
	startsWith(line: number, prefix: string): boolean {
		if (line >= this.size) return false;
		const at = this.starts[line];
		for (let i = 0; i < prefix.length; i++) {
			const c = this.text.charCodeAt(at + i);
			if (c !== prefix.charCodeAt(i)) return false;
		}
		return true;
	}

	/** Whether line `line`'s key is exactly `key`. */
	isKey(line: number, key: string): boolean {
		return line < this.size && this.compare(key, line) === 0;
	}

	/** The forms filed under line `line`. */
	formsAt(line: number): string[] {
		const entry = this.text.slice(this.starts[line], this.starts[line + 1] - 1);
		const tab = entry.indexOf('\t');
		return tab === -1 ? [entry] : entry.slice(tab + 1).split('\t');
	}

	/** Every spelling the dictionary has for the key (accents, capitals), or null. */
	formsOfKey(key: string): string[] | null {
		const line = this.lowerBound(key);
		return this.isKey(line, key) ? this.formsAt(line) : null;
	}

	/** The forms filed under the word's key: "ecole" → ["école"]. */
	forms(word: string): string[] | null {
		return this.formsOfKey(keyOf(word));
	}
}

const loaded = new Map<DictionaryLanguage, WordList>();

/** The language's list, prepared on first use if `npm install` or `npm run build` has not. */
export function wordList(lang: DictionaryLanguage): WordList {
	let list = loaded.get(lang);
	if (!list) {
		list = new WordList(readFileSync(prepareDictionary(lang), 'utf8'));
		loaded.set(lang, list);
	}
	return list;
}

/**
 * Loads the language's list without holding the server up: the file is read off the main thread
 * and only the line index (tens of milliseconds) is built on it. Does nothing once loaded.
 */
export async function loadWordList(lang: DictionaryLanguage): Promise<void> {
	if (loaded.has(lang)) return;
	const text = await readFile(prepareDictionary(lang), 'utf8');
	if (!loaded.has(lang)) loaded.set(lang, new WordList(text));
}
