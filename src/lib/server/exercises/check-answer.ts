import { toPostInputs, type Answer, type AnswerShape } from '../../exercises/answer';
import { CHECKS, blockingResults, runChecks, serverOnlyResults } from '../../exercises/registry';
import type { CheckReport, CheckResult, CheckSettings } from '../../exercises/types';
import { DICTIONARY_CHECKS } from './dictionary-checks';
import { runHiddenChecks } from './hidden-checks';
import type { Scenario } from './scenario';

function judge(scenario: Scenario, shape: AnswerShape, answer: Answer, publicReply: boolean, settings: CheckSettings) {
	const posts = toPostInputs(shape, answer);
	const report: CheckReport = runChecks({ platform: answer.platform, task: shape.task, publicReply, posts, settings }, DICTIONARY_CHECKS);
	report.results.push(...runHiddenChecks(scenario.hiddenChecks, posts));
	return { posts, report };
}

/**
 * The authoritative report: the same registry the browser runs, the dictionary checks too heavy for
 * the browser, then the scenario's hidden checks.
 */
export function checkAnswer(scenario: Scenario, shape: AnswerShape, answer: Answer, publicReply: boolean) {
	const { posts, report } = judge(scenario, shape, answer, publicReply, scenario.settings);
	return { posts, report, blocking: blockingResults(report, scenario.settings) };
}

/**
 * What the composer asks for as the trainee pauses: the part of the report only the server can
 * compute, by the same code and settings as checkAnswer. The browser's own checks are left out of
 * the run (the browser has just run them), which keeps each request cheap.
 * A hidden check is named only by its message: its id may spell out the phrase it looks for.
 */
export function liveResults(scenario: Scenario, shape: AnswerShape, answer: Answer, publicReply: boolean): CheckResult[] {
	const settings = { ...scenario.settings, off: [...scenario.settings.off, ...CHECKS.map((check) => check.id)] };
	const { report } = judge(scenario, shape, answer, publicReply, settings);
	return serverOnlyResults(report.results).map((r) => (r.hidden ? { ...r, check: 'scenario' } : r));
}
