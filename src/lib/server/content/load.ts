import { sha256 } from '@oslojs/crypto/sha2';
import { encodeHexLowerCase } from '@oslojs/encoding';
import { parseYamlFile, splitFrontmatter } from './frontmatter';
import { markdownHeadings } from './headings';
import { checkLessonBody } from './lesson-check';
import { courseFrontmatterSchema, describeIssues, frenchModuleFrontmatterSchema, moduleFrontmatterSchema } from './schema';
import type { ContentError, Course, CourseModule } from './types';

/** Validators for the files that other domains own (quiz.yaml, exercise.yaml), by file name. */
/**
 * `headings`: the ids of the English lesson's h2 and h3 headings, for files that point into the
 * lesson; `parallelHeadings`: whether the French lesson has as many, at the same levels.
 */
export type SideFileValidator = (
	data: unknown,
	context: { course: string; module: string; headings?: string[]; parallelHeadings?: boolean }
) => { field: string; message: string }[];

const MODULE_FOLDER = /^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)$/;

function versionOf(parts: (string | null)[]): string {
	return encodeHexLowerCase(sha256(new TextEncoder().encode(parts.map((p) => p ?? '').join('\u0000')))).slice(0, 16);
}

/**
 * Reads every course under `root` from a map of repository paths to file text, and returns
 * the courses with every problem found, each naming its file and field. A course with any
 * error is left out. Pure: the server feeds it files bundled at build time, the checker
 * feeds it files read from disk.
 */
export function loadCourses(
	root: string,
	files: Record<string, string>,
	assets: Set<string>,
	sideFiles: Record<string, SideFileValidator> = {}
): { courses: Course[]; errors: ContentError[] } {
	const prefix = root.replace(/\/$/, '') + '/';
	const courseSlugs = new Set<string>();
	for (const path of [...Object.keys(files), ...assets]) {
		if (!path.startsWith(prefix)) continue;
		const [courseSlug] = path.slice(prefix.length).split('/');
		if (courseSlug && path.slice(prefix.length).includes('/')) courseSlugs.add(courseSlug);
	}
	const courses: Course[] = [];
	const errors: ContentError[] = [];
	for (const slug of [...courseSlugs].sort()) {
		const result = loadCourse(prefix + slug, slug, files, assets, sideFiles);
		errors.push(...result.errors);
		if (result.course && result.errors.length === 0) courses.push(result.course);
	}
	return { courses, errors };
}

function loadCourse(
	dir: string,
	slug: string,
	files: Record<string, string>,
	assets: Set<string>,
	sideFiles: Record<string, SideFileValidator>
): { course?: Course; errors: ContentError[] } {
	const errors: ContentError[] = [];
	const fail = (file: string, field: string, message: string) => errors.push({ file, field, message });

	if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) fail(dir, 'folder name', 'a course folder must be lowercase words joined by hyphens');
	const coursePath = `${dir}/course.md`;
	const courseSource = files[coursePath];
	let front: ReturnType<typeof courseFrontmatterSchema.parse> | undefined;
	if (courseSource === undefined) {
		fail(coursePath, '(file)', 'missing: every course needs a course.md');
	} else {
		const split = splitFrontmatter(courseSource);
		if (split.error) fail(coursePath, 'frontmatter', split.error);
		else {
			const parsed = courseFrontmatterSchema.safeParse(split.data);
			if (parsed.success) front = parsed.data;
			else for (const issue of describeIssues(parsed.error)) fail(coursePath, issue.field, issue.message);
		}
	}

	const folders = new Set<string>();
	for (const path of [...Object.keys(files), ...assets]) {
		if (!path.startsWith(dir + '/')) continue;
		const rest = path.slice(dir.length + 1).split('/');
		if (rest.length > 1) folders.add(rest[0]);
	}

	const modules: CourseModule[] = [];
	const positions = new Map<number, string>();
	// Every module named by a folder, even one with errors, so one broken module does not make
	// every module that requires it report a second, misleading error.
	const known = new Set([...folders].flatMap((folder) => MODULE_FOLDER.exec(folder)?.[2] ?? []));
	for (const folder of [...folders].sort()) {
		const moduleDir = `${dir}/${folder}`;
		const match = MODULE_FOLDER.exec(folder);
		if (!match) {
			fail(moduleDir, 'folder name', 'a module folder is NN-name: two digits, a hyphen, lowercase words joined by hyphens (01-welcome)');
			continue;
		}
		const position = Number(match[1]);
		const moduleSlug = match[2];
		if (positions.has(position)) fail(moduleDir, 'folder name', `number ${match[1]} is also used by ${positions.get(position)}`);
		positions.set(position, folder);
		if (modules.some((m) => m.slug === moduleSlug)) {
			fail(moduleDir, 'folder name', `another module is also called "${moduleSlug}"`);
			continue;
		}
		const loaded = loadModule(moduleDir, slug, moduleSlug, position, files, assets, sideFiles, new Set(Object.keys(front?.settings ?? {})));
		errors.push(...loaded.errors);
		if (loaded.module) modules.push(loaded.module);
	}
	if (folders.size === 0) fail(dir, '(folder)', 'a course needs at least one module folder (01-name)');

	for (const module of modules) {
		for (const required of module.requires) {
			if (required === module.slug) fail(`${module.dir}/index.md`, 'requires', 'a module cannot require itself');
			else if (!known.has(required)) fail(`${module.dir}/index.md`, 'requires', `"${required}" is not a module of this course`);
		}
	}
	const cycle = findCycle(modules);
	if (cycle) fail(`${modules.find((m) => m.slug === cycle[0])!.dir}/index.md`, 'requires', `modules require each other in a circle: ${cycle.join(' → ')}`);

	if (front) {
		const rule = front.completion;
		const listed = (value: unknown, field: string, needs?: (m: CourseModule) => boolean, what?: string) => {
			if (!Array.isArray(value)) return;
			for (const item of value as string[]) {
				const module = modules.find((m) => m.slug === item);
				if (!known.has(item)) fail(coursePath, `completion.${field}`, `"${item}" is not a module of this course`);
				else if (module && needs && !needs(module)) fail(coursePath, `completion.${field}`, `module "${item}" has no ${what}`);
			}
		};
		listed(rule.modules, 'modules');
		listed(rule.quizzes_passed, 'quizzes_passed', (m) => m.quizSource !== null, 'quiz.yaml');
		listed(rule.exercises_approved, 'exercises_approved', (m) => m.exerciseSource !== null, 'exercise.yaml');
	}

	if (!front || errors.length) return { errors };
	modules.sort((a, b) => a.position - b.position);
	return {
		errors,
		course: {
			slug,
			dir,
			title: { en: front.title, fr: front.title_fr },
			summary: { en: front.summary, fr: front.summary_fr },
			estimatedHours: front.estimated_hours,
			completion: front.completion,
			unlock: front.unlock,
			settings: front.settings,
			modules,
			version: versionOf([courseSource!, ...modules.map((m) => m.version)])
		}
	};
}

function loadModule(
	dir: string,
	courseSlug: string,
	slug: string,
	position: number,
	files: Record<string, string>,
	assets: Set<string>,
	sideFiles: Record<string, SideFileValidator>,
	settingNames: Set<string>
): { module?: CourseModule; errors: ContentError[] } {
	const errors: ContentError[] = [];
	const fail = (file: string, field: string, message: string) => errors.push({ file, field, message });
	const enPath = `${dir}/index.md`;
	const frPath = `${dir}/index.fr.md`;
	const en = files[enPath];
	const fr = files[frPath];
	if (en === undefined) fail(enPath, '(file)', 'missing: every module needs an English lesson, index.md');
	if (fr === undefined) fail(frPath, '(file)', 'missing: every module needs a French lesson, index.fr.md, beside index.md');

	let front: ReturnType<typeof moduleFrontmatterSchema.parse> | undefined;
	let frontFr: ReturnType<typeof frenchModuleFrontmatterSchema.parse> | undefined;
	for (const [path, source, schema] of [
		[enPath, en, moduleFrontmatterSchema],
		[frPath, fr, frenchModuleFrontmatterSchema]
	] as const) {
		if (source === undefined) continue;
		const split = splitFrontmatter(source);
		if (split.error) {
			fail(path, 'frontmatter', split.error);
			continue;
		}
		const parsed = schema.safeParse(split.data);
		if (!parsed.success) for (const issue of describeIssues(parsed.error)) fail(path, issue.field, issue.message);
		else if (path === enPath) front = parsed.data as typeof front;
		else frontFr = parsed.data as typeof frontFr;
		const exists = (relative: string) => assets.has(`${dir}/${relative.replace(/^\.\//, '')}`);
		for (const problem of checkLessonBody(split.body, exists, split.bodyLine, settingNames)) {
			fail(path, problem.field, problem.message);
		}
	}
	if (front && frontFr && front.objectives.length !== frontFr.objectives.length) {
		fail(frPath, 'objectives', `lists ${frontFr.objectives.length} objectives; the English lesson lists ${front.objectives.length}`);
	}

	const outline = (source: string | undefined) => (source === undefined ? [] : markdownHeadings(splitFrontmatter(source).body));
	const [enHeadings, frHeadings] = [outline(en), outline(fr)];
	// Links into a lesson (a quiz question's section) name an English heading and find the French one at the same place.
	const parallelHeadings = enHeadings.map((h) => h.level).join() === frHeadings.map((h) => h.level).join();
	const headings = enHeadings.map((h) => h.id);
	const side: Record<string, string | null> = {};
	for (const name of ['quiz.yaml', 'exercise.yaml']) {
		const path = `${dir}/${name}`;
		const source = files[path] ?? null;
		side[name] = source;
		if (source === null) continue;
		const parsed = parseYamlFile(source);
		if (parsed.error) {
			fail(path, '(file)', parsed.error);
			continue;
		}
		for (const issue of sideFiles[name]?.(parsed.data, { course: courseSlug, module: slug, headings, parallelHeadings }) ?? [])
			fail(path, issue.field, issue.message);
	}

	if (!front || !frontFr || errors.length) return { errors };
	return {
		errors,
		module: {
			slug,
			dir,
			position,
			title: { en: front.title, fr: frontFr.title },
			objectives: { en: front.objectives, fr: frontFr.objectives },
			minutes: front.minutes,
			requires: front.requires,
			quizSource: side['quiz.yaml'],
			exerciseSource: side['exercise.yaml'],
			version: versionOf([en!, fr!, side['quiz.yaml'], side['exercise.yaml']])
		}
	};
}

/** The first circle of `requires` found, as a path that starts and ends on the same module. */
function findCycle(modules: CourseModule[]): string[] | null {
	const requires = new Map(modules.map((m) => [m.slug, m.requires]));
	const state = new Map<string, 'visiting' | 'done'>();
	const path: string[] = [];
	const visit = (slug: string): string[] | null => {
		if (state.get(slug) === 'done') return null;
		if (state.get(slug) === 'visiting') return [...path.slice(path.indexOf(slug)), slug];
		state.set(slug, 'visiting');
		path.push(slug);
		for (const next of requires.get(slug) ?? []) {
			if (!requires.has(next) || next === slug) continue;
			const found = visit(next);
			if (found) return found;
		}
		path.pop();
		state.set(slug, 'done');
		return null;
	};
	for (const module of modules) {
		const found = visit(module.slug);
		if (found) return found;
	}
	return null;
}
