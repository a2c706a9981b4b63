import { beforeAll, describe, expect, it } from 'vitest';
import { listCourses } from '../content/catalog';
import { blockingResults, runChecks } from '../../exercises/registry';
import { imagesOf, langOf, modelPost, toPostInputs } from '../../exercises/answer';
import { scenarioOf } from './catalog';
import { publicScenario, shapeOf } from './views';

beforeAll(() => {
	process.env.FIXTURE_COURSES = 'true';
});

const exercises = () =>
	listCourses().flatMap((course) => course.modules.filter((m) => m.exerciseSource !== null).map((module) => ({ label: module.dir, module })));

describe('every exercise in the catalog', () => {
	it('loads, with its images bundled, in both languages', () => {
		expect(exercises().length).toBeGreaterThanOrEqual(3);
		for (const { module } of exercises()) {
			const scenario = scenarioOf(module);
			for (const locale of ['en', 'fr'] as const) expect(publicScenario(module, scenario, locale).images.every((i) => i.url)).toBe(true);
		}
	});

	it('has a model answer that passes its own blocking checks', () => {
		const failures = exercises().flatMap(({ label, module }) => {
			const scenario = scenarioOf(module);
			if (scenario.task === 'drill') return [];
			const shape = shapeOf(scenario);
			const alt = (i: number) => (langOf(shape, i) === 'fr' ? 'Une description de la photo, pour cet essai.' : 'A description of the photo, for this test.');
			const posts = scenario.modelAnswer
				.map(modelPost)
				.map(({ text, alts }, i) => ({ text, alts: Array.from({ length: imagesOf(shape, i) }, (_, j) => alts[j] ?? alt(i)) }));
			const answer = { platform: scenario.platforms[0], posts };
			const report = runChecks({
				platform: answer.platform,
				task: scenario.task,
				publicReply: scenario.task === 'reply',
				posts: toPostInputs(shape, answer),
				settings: scenario.settings
			});
			return blockingResults(report, { blocking: true }).map((r) => `${label}: post ${r.post}: ${r.check}: ${r.messages.map((msg) => msg.en).join(' ')}`);
		});
		expect(failures).toEqual([]);
	});
});
