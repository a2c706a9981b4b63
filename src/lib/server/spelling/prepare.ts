// Expands a Hunspell dictionary once into the list of every word form it accepts, filed by key
// (see keys.ts), and caches it on disk: loading that list takes milliseconds and a few megabytes,
// where building nspell's tables takes 0.3 s (English) to 7 s and 800 MB (French) at each start.
import { mkdirSync, readFileSync, renameSync, writeFileSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import nspell from 'nspell';
import { keyOf, normalForm } from './keys';

export type DictionaryLanguage = 'en' | 'fr';

const PACKAGES: Record<DictionaryLanguage, string> = { en: 'dictionary-en-ca', fr: 'dictionary-fr' };
/** Raise when the cached file's content changes for the same dictionaries. */
const FORMAT = 1;

// French elisions (l’, d’, qu’, jusqu’…) are prefixes in the French dictionary, and they multiply its
// forms by seven (3 million); the spelling check splits them off itself, so they are left out.
const ELISION_FLAGS = new Set(["L'", "D'", "Q'", 'Q*', 'Qj', "n'", "q'", "d'", "j'", "c'", "l'", "m'", "t'", "s'", 'Si']);
const ELIDED = /^(?:[cdjlmnst]|qu|jusqu|lorsqu|puisqu|quoiqu)['’]/i;

const require = createRequire(import.meta.url);
const packageDir = (lang: DictionaryLanguage) => dirname(require.resolve(PACKAGES[lang]));

/** node_modules/.cache/bootcamp-dictionaries, beside the installed packages: rebuilt with them. */
export function cacheDir(): string {
	return process.env.DICTIONARY_CACHE_DIR || join(dirname(dirname(require.resolve('nspell/package.json'))), '.cache', 'bootcamp-dictionaries');
}

/** The cache file of a language, named by the dictionary's version so an upgrade rebuilds it. */
export function dictionaryFile(lang: DictionaryLanguage): string {
	const { version } = JSON.parse(readFileSync(join(packageDir(lang), 'package.json'), 'utf8')) as { version: string };
	return join(cacheDir(), `${lang}-${version}-${FORMAT}.txt`);
}

/** Every word form the dictionary accepts (forbidden words left out). */
export function expandDictionary(lang: DictionaryLanguage): string[] {
	const dir = packageDir(lang);
	let aff = readFileSync(join(dir, 'index.aff'), 'utf8');
	if (lang === 'fr') {
		aff = aff
			.split('\n')
			.filter((line) => !ELISION_FLAGS.has(/^PFX (\S+)/.exec(line)?.[1] ?? ''))
			.join('\n');
	}
	const spell = nspell({ aff, dic: readFileSync(join(dir, 'index.dic'), 'utf8') });
	const forms = Object.keys(spell.data).filter((form) => !/\d/.test(form) && spell.correct(form));
	// Place names with an elision inside (Cantons-de-l’Est) stay; elided words (l’école) do not.
	return forms.filter((form) => !ELIDED.test(form)).map(normalForm);
}

/** The file's text: one line per key, sorted, "key" alone or "key<TAB>form<TAB>form…". */
export function serialize(forms: string[]): string {
	const byKey = new Map<string, Set<string>>();
	for (const form of forms) {
		const key = keyOf(form);
		let set = byKey.get(key);
		if (!set) byKey.set(key, (set = new Set()));
		set.add(form);
	}
	const keys = [...byKey.keys()].sort();
	return keys
		.map((key) => {
			const set = [...byKey.get(key)!];
			return set.length === 1 && set[0] === key ? key : `${key}\t${set.join('\t')}`;
		})
		.join('\n');
}

/** Writes the language's cache file unless it is there; returns its path. Safe to run in parallel. */
export function prepareDictionary(lang: DictionaryLanguage): string {
	const file = dictionaryFile(lang);
	if (existsSync(file)) return file;
	mkdirSync(dirname(file), { recursive: true });
	const temporary = `${file}.${process.pid}.tmp`;
	writeFileSync(temporary, serialize(expandDictionary(lang)));
	renameSync(temporary, file);
	return file;
}
