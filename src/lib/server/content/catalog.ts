import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { LESSON_ASSETS, type LessonAssets } from '$lib/content/lesson';
import { enabledFixtures } from './fixtures';
import { addHeadingIds, type TocEntry } from './headings';
import { loadCourses } from './load';
import { sideFileValidators } from './side-files';
import { wrapTables } from './tables';
import { svgSize, type ImageSize } from './image-size';
import { m } from '$lib/paraglide/messages';
import type { ContentError, Course, Locale } from './types';

// Everything under courses/ is bundled at build time, so the built server needs no courses
// folder beside it. The test courses come from fixtures.ts, only in builds made for tests.
const sources = import.meta.glob(['/courses/**/*.md', '/courses/**/*.yaml'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const assetUrls = import.meta.glob('/courses/**/*.{svg,png,jpg,jpeg,webp,gif,vtt,mp4,webm}', { query: '?url', import: 'default', eager: true }) as Record<
	string,
	string
>;
// The drawings' own text, for their width and height (image-size.ts).
const svgSources = import.meta.glob('/courses/**/*.svg', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const lessons = import.meta.glob(['/courses/**/index.md', '/courses/**/index.fr.md'], {
	import: 'default',
	eager: true
}) as Record<string, Component>;

/** Paths from the repository root, without the leading slash the globs give. */
const fromRoot = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).map(([path, value]) => [path.slice(1), value]));

interface Catalog {
	courses: Map<string, Course>;
	errors: ContentError[];
	assetUrls: Record<string, string>;
	imageSizes: Record<string, ImageSize>;
	lessons: Record<string, Component>;
}

let catalog: Catalog | undefined;

/** Fixture courses are served only when FIXTURE_COURSES=true (the test server). */
function build(): Catalog {
	const fixtures = enabledFixtures();
	const roots = [
		{ root: 'courses', files: fromRoot(sources), assetUrls: fromRoot(assetUrls), svgs: fromRoot(svgSources), lessons: fromRoot(lessons) },
		...(fixtures
			? [{ root: fixtures.root, files: fixtures.sources, assetUrls: fixtures.assetUrls, svgs: fixtures.svgSources ?? {}, lessons: fixtures.lessons }]
			: [])
	];
	const result: Catalog = { courses: new Map(), errors: [], assetUrls: {}, imageSizes: {}, lessons: {} };
	for (const { root, files, assetUrls, svgs, lessons } of roots) {
		const loaded = loadCourses(root, files, new Set(Object.keys(assetUrls)), sideFileValidators);
		result.errors.push(...loaded.errors);
		for (const course of loaded.courses) result.courses.set(course.slug, course);
		Object.assign(result.assetUrls, assetUrls);
		for (const [path, svg] of Object.entries(svgs)) {
			const size = svgSize(svg);
			if (size) result.imageSizes[path] = size;
		}
		Object.assign(result.lessons, lessons);
	}
	if (result.errors.length) console.error(`Bootcamp: ${result.errors.length} content error(s); run npm run courses:check`);
	return result;
}

const current = () => (catalog ??= build());

export function getCourse(slug: string): Course | undefined {
	return current().courses.get(slug);
}

export function listCourses(): Course[] {
	return [...current().courses.values()];
}

/** The served address of a file beside a lesson or an exercise (path from the repository root). */
export function assetUrl(path: string): string | undefined {
	return current().assetUrls[path];
}

const rendered = new Map<string, { html: string; toc: TocEntry[] }>();

/** The lesson as HTML with heading ids and its table of contents, rendered once per build. */
export function renderLesson(course: Course, moduleSlug: string, locale: Locale): { html: string; toc: TocEntry[] } | undefined {
	const module = course.modules.find((m) => m.slug === moduleSlug);
	if (!module) return undefined;
	const file = `${module.dir}/${locale === 'fr' ? 'index.fr.md' : 'index.md'}`;
	const key = `${file}@${module.version}`;
	const cached = rendered.get(key);
	if (cached) return cached;
	const lesson = current().lessons[file];
	if (!lesson) return undefined;
	const pathOf = (relative: string) => `${module.dir}/${relative.replace(/^\.\//, '')}`;
	const assets: LessonAssets = { resolve: (relative) => assetUrl(pathOf(relative)), size: (relative) => current().imageSizes[pathOf(relative)], locale };
	const { body } = render(lesson, { context: new Map([[LESSON_ASSETS, assets]]) });
	const withIds = addHeadingIds(body.replace(/<!--[^>]*-->/g, ''));
	const result = { ...withIds, html: wrapTables(withIds.html, m.ods_table_region({}, { locale })) };
	rendered.set(key, result);
	return result;
}
