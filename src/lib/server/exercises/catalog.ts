import { error } from '@sveltejs/kit';
import { parse } from 'yaml';
import { m } from '$lib/paraglide/messages';
import { assetUrl } from '../content/catalog';
import type { CourseModule, Locale } from '../content/types';
import { exerciseSchema, toScenario, type ExerciseFile, type Scenario } from './scenario';

const files = new Map<string, ExerciseFile>();
const scenarios = new Map<string, Scenario>();

/**
 * The module's exercise for a post written in `language` (by default the first the exercise
 * offers), parsed from the exercise.yaml the catalog already validated. Cached per module version
 * and language. A module without one answers 404.
 */
export function scenarioOf(module: CourseModule, language?: Locale): Scenario {
	if (module.exerciseSource === null) error(404, m.exercise_none());
	const source = `${module.dir}@${module.version}`;
	let file = files.get(source);
	if (!file) {
		file = exerciseSchema.parse(parse(module.exerciseSource));
		files.set(source, file);
	}
	const key = `${source}:${language ?? ''}`;
	let scenario = scenarios.get(key);
	if (!scenario) {
		scenario = toScenario(file, language);
		scenarios.set(key, scenario);
	}
	return scenario;
}

/** Where the browser fetches an image of the scenario; missing files fail loudly at first use. */
export function imageUrl(module: CourseModule, file: string): string {
	const url = assetUrl(`${module.dir}/${file}`);
	if (!url) throw new Error(`${module.dir}/exercise.yaml: images: ${file} is not beside exercise.yaml`);
	return url;
}
