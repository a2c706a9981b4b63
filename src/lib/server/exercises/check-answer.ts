import { toPostInputs, type Answer, type AnswerShape } from '../../exercises/answer';
import { blockingResults, runChecks } from '../../exercises/registry';
import type { CheckReport } from '../../exercises/types';
import { runHiddenChecks } from './hidden-checks';
import type { Scenario } from './scenario';

/** The authoritative report: the same registry the browser runs, then the scenario's hidden checks. */
export function checkAnswer(scenario: Scenario, shape: AnswerShape, answer: Answer, publicReply: boolean) {
	const posts = toPostInputs(shape, answer);
	const report: CheckReport = runChecks({ platform: answer.platform, task: shape.task, publicReply, posts, settings: scenario.settings });
	report.results.push(...runHiddenChecks(scenario.hiddenChecks, posts));
	return { posts, report, blocking: blockingResults(report, scenario.settings) };
}
