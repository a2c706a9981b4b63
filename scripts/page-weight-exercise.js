// The exercise page's JavaScript at first load, gzipped: all of it, and its own part (the modules
// the home page does not load too). Builds nothing: run `npm run build` first.
// Usage: node scripts/page-weight-exercise.js [port]
import { signIn, startApp } from './bench-lib.js';
import { javascriptWeight, ownFiles, ownWeight } from './page-weight.js';

const app = await startApp(Number(process.argv[2] ?? 4461));
try {
	const cookie = await signIn(app.origin, 'trainee01@demo.test');
	const home = await javascriptWeight(`${app.origin}/`, { cookie });
	const exercise = await javascriptWeight(`${app.origin}/courses/social-media-bootcamp/welcome/exercise`, { cookie });
	const own = ownFiles(exercise, home);
	const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KB`;
	console.log(`home page: ${home.files} files, ${kb(home.gzipped)} gzipped`);
	console.log(`exercise page: ${exercise.files} files, ${kb(exercise.gzipped)} gzipped`);
	console.log(`exercise page's own part: ${own.length} files, ${kb(ownWeight(exercise, home))} gzipped`);
	for (const [path, size] of own.sort((a, b) => b[1] - a[1])) console.log(`  ${kb(size).padStart(9)}  ${path}`);
} finally {
	app.stop();
}
