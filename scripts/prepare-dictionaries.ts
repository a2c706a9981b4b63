// npm run dictionaries (run by `npm install` and `npm run build`): expands the Canadian English and
// French Hunspell dictionaries once into the word lists the spelling and hashtag checks read, cached
// in node_modules/.cache/bootcamp-dictionaries (DICTIONARY_CACHE_DIR to move it). Lists already
// there for the installed dictionaries' versions are kept.
// `npm run dictionaries -- --measure` then prints what loading them costs a server.
import { existsSync } from 'node:fs';
import { dictionaryFile, prepareDictionary } from '../src/lib/server/spelling/prepare';

for (const lang of ['en', 'fr'] as const) {
	const file = dictionaryFile(lang);
	if (existsSync(file)) continue;
	const started = performance.now();
	prepareDictionary(lang);
	console.info(`${file}: prepared in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv.includes('--measure')) {
	const { wordList } = await import('../src/lib/server/spelling/word-list');
	const { courseNames } = await import('../src/lib/server/spelling/names');
	const mb = (bytes: number) => `${(bytes / 1e6).toFixed(0)} MB`;
	const before = process.memoryUsage();
	for (const lang of ['en', 'fr'] as const) {
		const started = performance.now();
		const list = wordList(lang);
		console.info(`${lang}: ${list.size.toLocaleString('en-CA')} keys loaded in ${(performance.now() - started).toFixed(0)} ms`);
	}
	const started = performance.now();
	const names = courseNames();
	console.info(`course names: ${names.size.toLocaleString('en-CA')} read in ${(performance.now() - started).toFixed(0)} ms`);
	const after = process.memoryUsage();
	console.info(`memory: resident +${mb(after.rss - before.rss)}, heap +${mb(after.heapUsed - before.heapUsed)} (resident now ${mb(after.rss)})`);
}
