import { spelling } from './src/lib/server/exercises/dictionary-checks';
import { DEFAULT_SETTINGS } from './src/lib/exercises/settings';
const ctx = { platform: 'x' as const, task: 'compose' as const, publicReply: false, posts: [], index: 0, settings: DEFAULT_SETTINGS };
console.log(spelling.run({ text: process.argv[2], lang: process.argv[3] as 'fr', alts: [] }, ctx));
