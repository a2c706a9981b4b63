import { error } from '@sveltejs/kit';
import { parse } from 'yaml';
import { m } from '$lib/paraglide/messages';
import { assetUrl } from '../content/catalog';
import type { CourseModule } from '../content/types';
import { exerciseSchema, toScenario, type Scenario } from './scenario';

const scenarios = new Map<string, Scenario>();

/**
 * The module's exercise, parsed from the exercise.yaml the catalog already validated. Cached per
 * module version. A module without one answers 404.
 */
export function scenarioOf(module: CourseModule): Scenario {
	if (module.exerciseSource === null) error(404, m.exercise_none());
	const key = `${module.dir}@${module.version}`;
	let scenario = scenarios.get(key);
	if (!scenario) {
		scenario = toScenario(exerciseSchema.parse(parse(module.exerciseSource)));
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
