import { toPostInputs, type Answer, type AnswerShape } from '../../exercises/answer';
import { blockingResults, runChecks, serverOnlyResults } from '../../exercises/registry';
import type { CheckReport, CheckResult } from '../../exercises/types';
import { DICTIONARY_CHECKS } from './dictionary-checks';
import { runHiddenChecks } from './hidden-checks';
import type { Scenario } from './scenario';

/**
 * The authoritative report: the same registry the browser runs, the dictionary checks too heavy for
 * the browser, then the scenario's hidden checks.
 */
export function checkAnswer(scenario: Scenario, shape: AnswerShape, answer: Answer, publicReply: boolean) {
	const posts = toPostInputs(shape, answer);
	const report: CheckReport = runChecks({ platform: answer.platform, task: shape.task, publicReply, posts, settings: scenario.settings }, DICTIONARY_CHECKS);
	report.results.push(...runHiddenChecks(scenario.hiddenChecks, posts));
	return { posts, report, blocking: blockingResults(report, scenario.settings) };
}

/**
 * What the composer asks for as the trainee pauses: the part of checkAnswer's report only the
 * server can compute, from the very same run, so the live list is what submission will judge.
 * A hidden check is named only by its message: its id may spell out the phrase it looks for.
 */
export function liveResults(scenario: Scenario, shape: AnswerShape, answer: Answer, publicReply: boolean): CheckResult[] {
	return serverOnlyResults(checkAnswer(scenario, shape, answer, publicReply).report.results).map((r) => (r.hidden ? { ...r, check: 'scenario' } : r));
}
