import { beforeAll, describe, expect, it } from 'vitest';
import { listCourses } from '../content/catalog';
import { imagesOf, langOf, modelPost } from '../../exercises/answer';
import { scenarioOf } from './catalog';
import { checkAnswer } from './check-answer';
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

	it('has, in every language the trainee may write in, a model answer that passes its own blocking checks (the server’s, hidden ones included)', () => {
		const failures = exercises().flatMap(({ label, module }) =>
			scenarioOf(module).languages.flatMap((language) => {
				const scenario = scenarioOf(module, language);
				if (scenario.task === 'bilingual' && language === 'fr') return [];
				const where = `${label} (${scenario.task === 'bilingual' ? 'en+fr' : language})`;
				const report = (answers: string[], task: typeof scenario.task, images: number, publicReply: boolean) => {
					const shape = { ...shapeOf(scenario), task, images };
					const alt = (i: number) =>
						langOf(shape, i) === 'fr' ? 'Une description de la photo, pour cet essai.' : 'A description of the photo, for this test.';
					const posts = answers
						.map(modelPost)
						.map(({ text, alts }, i) => ({ text, alts: Array.from({ length: imagesOf(shape, i) }, (_, j) => alts[j] ?? alt(i)) }));
					const { blocking } = checkAnswer(
						{ ...scenario, settings: { ...scenario.settings, blocking: true } },
						shape,
						{ platform: scenario.platforms[0], posts },
						publicReply
					);
					return blocking.map((r) => `${r.post}: ${r.check}: ${r.messages.map((msg) => msg.en).join(' ')}`);
				};
				if (scenario.drill)
					return scenario.drill.injects.flatMap((inject) =>
						inject.modelAnswer ? report([inject.modelAnswer], 'drill', 0, inject.respond === 'public_reply').map((f) => `${where}: ${inject.id}: ${f}`) : []
					);
				return report(scenario.modelAnswer, scenario.task, scenario.images.length, scenario.task === 'reply').map((f) => `${where}: post ${f}`);
			})
		);
		expect(failures).toEqual([]);
	});

	it('offers French in every exercise of the bootcamp, with a French model answer written in French', () => {
		const bootcamp = exercises().filter(({ label }) => label.includes('/social-media-bootcamp/'));
		expect(bootcamp.length).toBe(10);
		for (const { label, module } of bootcamp) {
			expect(scenarioOf(module).languages, label).toContain('fr');
			const french = scenarioOf(module, 'fr');
			const answers = french.drill ? french.drill.injects.map((i) => i.modelAnswer ?? '') : french.modelAnswer.slice(french.task === 'bilingual' ? 1 : 0);
			for (const answer of answers) expect(answer, label).toMatch(/\b(?:le|la|les|des|vous|nous|est)\b/);
		}
	});
});
