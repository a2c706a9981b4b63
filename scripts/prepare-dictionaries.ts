// npm run dictionaries (run by `npm install` and `npm run build`): expands the Canadian English and
// French Hunspell dictionaries once into the word lists the spelling and hashtag checks read, cached
// in node_modules/.cache/bootcamp-dictionaries (DICTIONARY_CACHE_DIR to move it). Lists already
// there for the installed dictionaries' versions are kept.
import { existsSync } from 'node:fs';
import { dictionaryFile, prepareDictionary } from '../src/lib/server/spelling/prepare';

for (const lang of ['en', 'fr'] as const) {
	const file = dictionaryFile(lang);
	if (existsSync(file)) continue;
	const started = performance.now();
	prepareDictionary(lang);
	console.info(`${file}: prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
