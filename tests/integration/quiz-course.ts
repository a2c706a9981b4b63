import { stringify } from 'yaml';
import { loadCourses } from '$lib/server/content/load';
import { sideFileValidators } from '$lib/server/content/side-files';
import type { Course } from '$lib/server/content/types';

/**
 * A course built from files the way the catalog builds one, with a quiz.yaml per module
 * (null for none): module n is NN-slug, requiring what `requires` lists.
 */
export function courseWithQuizzes(slug: string, modules: { slug: string; quiz: Record<string, unknown> | null; requires?: string[] }[]): Course {
	const dir = `courses/${slug}`;
	const files: Record<string, string> = {
		[`${dir}/course.md`]: `---\ntitle: ${slug}\ntitle_fr: ${slug} (fr)\nsummary: A course for tests.\nsummary_fr: Un cours pour les tests.\nestimated_hours: 1\n---\n`
	};
	modules.forEach((module, i) => {
		const folder = `${dir}/${String(i + 1).padStart(2, '0')}-${module.slug}`;
		const requires = module.requires?.length ? `requires: [${module.requires.join(', ')}]\n` : '';
		files[`${folder}/index.md`] = `---\ntitle: Module ${module.slug}\nminutes: 10\nobjectives: [Know]\n${requires}---\n\nLesson.\n`;
		files[`${folder}/index.fr.md`] = `---\ntitle: Module ${module.slug} (fr)\nobjectives: [Savoir]\n---\n\nLeçon.\n`;
		if (module.quiz) files[`${folder}/quiz.yaml`] = stringify(module.quiz);
	});
	const { courses, errors } = loadCourses('courses', files, new Set(), sideFileValidators);
	if (errors.length) throw new Error(errors.map((e) => `${e.file}: ${e.field}: ${e.message}`).join('\n'));
	return courses[0];
}
