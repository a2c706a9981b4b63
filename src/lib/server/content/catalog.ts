import type { Component } from 'svelte';
import { render } from 'svelte/server';
import { LESSON_ASSETS } from '$lib/components/content/context';
import { addHeadingIds, type TocEntry } from './headings';
import { loadCourses } from './load';
import { sideFileValidators } from './side-files';
import type { ContentError, Course, Locale } from './types';
import { serverConfig } from '../config';

// Everything under courses/ (and the test fixture course) is bundled at build time, so the
// built server needs no courses folder beside it.
const sources = import.meta.glob(['/courses/**/*.md', '/courses/**/*.yaml', '/tests/fixtures/courses/**/*.md', '/tests/fixtures/courses/**/*.yaml'], {
	query: '?raw',
	import: 'default',
	eager: true
}) as Record<string, string>;
const assetUrls = import.meta.glob(
	['/courses/**/*.{svg,png,jpg,jpeg,webp,gif,vtt,mp4,webm}', '/tests/fixtures/courses/**/*.{svg,png,jpg,jpeg,webp,gif,vtt,mp4,webm}'],
	{ query: '?url', import: 'default', eager: true }
) as Record<string, string>;
const lessons = import.meta.glob(['/courses/**/index.md', '/courses/**/index.fr.md', '/tests/fixtures/courses/**/index.md', '/tests/fixtures/courses/**/index.fr.md'], {
	import: 'default',
	eager: true
}) as Record<string, Component>;

const strip = (record: Record<string, string>) => Object.fromEntries(Object.entries(record).map(([path, value]) => [path.slice(1), value]));

interface Catalog {
	courses: Map<string, Course>;
	errors: ContentError[];
}

let catalog: Catalog | undefined;

/** Fixture courses are served only when FIXTURE_COURSES=true (the test server). */
function build(): Catalog {
	const files = strip(sources);
	const assets = new Set(Object.keys(strip(assetUrls)));
	const roots = serverConfig().fixtureCourses ? ['courses', 'tests/fixtures/courses'] : ['courses'];
	const courses = new Map<string, Course>();
	const errors: ContentError[] = [];
	for (const root of roots) {
		const loaded = loadCourses(root, files, assets, sideFileValidators);
		errors.push(...loaded.errors);
		for (const course of loaded.courses) courses.set(course.slug, course);
	}
	if (errors.length) console.error(`Bootcamp: ${errors.length} content error(s); run npm run courses:check`);
	return { courses, errors };
}

export function getCourse(slug: string): Course | undefined {
	catalog ??= build();
	return catalog.courses.get(slug);
}

export function listCourses(): Course[] {
	catalog ??= build();
	return [...catalog.courses.values()];
}

const rendered = new Map<string, { html: string; toc: TocEntry[] }>();

/** The lesson as HTML with heading ids and its table of contents, rendered once per build. */
export function renderLesson(course: Course, moduleSlug: string, locale: Locale): { html: string; toc: TocEntry[] } | undefined {
	const module = course.modules.find((m) => m.slug === moduleSlug);
	if (!module) return undefined;
	const file = `/${module.dir}/${locale === 'fr' ? 'index.fr.md' : 'index.md'}`;
	const key = `${file}@${module.version}`;
	const cached = rendered.get(key);
	if (cached) return cached;
	const lesson = lessons[file];
	if (!lesson) return undefined;
	const resolveAsset = (relative: string) => assetUrls[`/${module.dir}/${relative.replace(/^\.\//, '')}`];
	const { body } = render(lesson, { context: new Map([[LESSON_ASSETS, { resolve: resolveAsset, locale }]]) });
	const result = addHeadingIds(body.replace(/<!--[^>]*-->/g, ''));
	rendered.set(key, result);
	return result;
}
