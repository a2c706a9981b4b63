// npm run courses:check — validates every course (and the test fixture course) the way the
// server will load it, and lists each problem with its file and field. Exits 1 on any.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { loadCourses } from '../src/lib/server/content/load';
import { sideFileValidators } from '../src/lib/server/content/side-files';
import { quizOf } from '../src/lib/server/quizzes/definition';
import { quizStandardProblems } from '../src/lib/server/quizzes/standard';

const ROOTS = process.argv.slice(2).length ? process.argv.slice(2) : ['courses', 'tests/fixtures/courses'];
const TEXT = /\.(md|yaml)$/;
/** The tests' small courses keep to the file format only; real courses also meet the quiz standard (standard.ts). */
const meetsStandard = (root: string) => !root.startsWith('tests/');

function walk(dir: string): string[] {
	return readdirSync(dir).flatMap((name) => {
		const path = join(dir, name);
		return statSync(path).isDirectory() ? walk(path) : [path];
	});
}

let problems = 0;
let courseCount = 0;
for (const root of ROOTS) {
	const paths = walk(root)
		.map((p) => relative('.', p).split('\\').join('/'))
		.filter((p) => !p.endsWith('/README.md') && p !== `${root}/README.md`);
	const files = Object.fromEntries(paths.filter((p) => TEXT.test(p)).map((p) => [p, readFileSync(p, 'utf8')]));
	const assets = new Set(paths.filter((p) => !TEXT.test(p)));
	const { courses, errors } = loadCourses(root, files, assets, sideFileValidators);
	courseCount += courses.length;
	for (const error of errors) console.error(`${error.file}: ${error.field}: ${error.message}`);
	problems += errors.length;
	if (meetsStandard(root))
		for (const module of courses.flatMap((course) => course.modules))
			for (const problem of module.quizSource === null ? [] : quizStandardProblems(quizOf(module)!)) {
				console.error(`${module.dir}/quiz.yaml: ${problem.field}: ${problem.message}`);
				problems++;
			}
	for (const course of courses) console.info(`✓ ${course.dir}: ${course.modules.length} modules, English and French`);
}
if (problems) {
	console.error(`\n${problems} problem(s) found.`);
	process.exit(1);
}
console.info(`All ${courseCount} course(s) are valid.`);
